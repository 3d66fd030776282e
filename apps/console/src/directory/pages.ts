import type { ConsoleArea } from '../app/pages';
import { directoryAdminPages } from './admin/pages';
import { directoryRegisterPages } from './registers/pages';

/** The directory service's pages (组织与账号). */
export const directoryArea: ConsoleArea = {
  key: 'directory',
  title: { zh: '组织与账号', en: 'Directory' },
  pages: [...directoryRegisterPages, ...directoryAdminPages],
};
