import type { ConsoleArea } from '../app/pages';

export const financeArea: ConsoleArea = {
  key: 'finance',
  title: { zh: '财务', en: 'Finance' },
  pages: [],
};
