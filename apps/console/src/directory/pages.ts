import type { ConsoleArea } from '../app/pages';

export const directoryArea: ConsoleArea = {
  key: 'directory',
  title: { zh: '组织与账号', en: 'Directory' },
  pages: [],
};
