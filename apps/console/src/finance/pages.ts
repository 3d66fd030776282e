import type { ConsoleArea } from '../app/pages';
import { financeRegisterPages } from './registers/pages';
import { financeWorkflowPages } from './workflow/pages';

/** The finance service's pages (财务). */
export const financeArea: ConsoleArea = {
  key: 'finance',
  title: { zh: '财务', en: 'Finance' },
  pages: [...financeWorkflowPages, ...financeRegisterPages],
};
