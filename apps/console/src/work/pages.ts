import type { ConsoleArea } from '../app/pages';

export const workArea: ConsoleArea = {
  key: 'work',
  title: { zh: '我的待办', en: 'My work' },
  pages: [{ path: 'work', load: () => import('./MyWorkPage'), menu: { zh: '我的待办', en: 'My work' } }],
};
