import type { ConsoleArea } from '../app/pages';

/** My work (我的待办): what waits for the viewer, from every work source (src/work/sources.ts), and their notifications. */
export const workArea: ConsoleArea = {
  key: 'work',
  title: { zh: '我的待办', en: 'My work' },
  pages: [{ path: 'work', load: () => import('./MyWorkPage'), menu: { zh: '我的待办', en: 'My work' } }],
};
