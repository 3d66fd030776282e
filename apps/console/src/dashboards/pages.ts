import type { ConsoleArea } from '../app/pages';

export const dashboardsArea: ConsoleArea = {
  key: 'dashboards',
  title: { zh: '看板', en: 'Dashboards' },
  pages: [],
};
