import type { ConsolePage, ConsoleArea } from '../app/pages';
import type { Access } from '../session/access';

/** Who reads a school's books (finance's readBooks): its principal, director and accountant, and the district. */
const readsSchoolBooks = (access: Access) => access.isDistrict || access.hasRole('PRINCIPAL', 'GENERAL_AFFAIRS_DIRECTOR', 'ACCOUNTANT');

const pages: ConsolePage[] = [
  {
    path: 'dashboards/district',
    load: () => import('./district/DistrictDashboardPage'),
    menu: { zh: '区级看板', en: 'District dashboard' },
    visible: (access) => access.isDistrict,
  },
  {
    path: 'dashboards/safety',
    load: () => import('./safety/SafetyDashboardPage'),
    menu: { zh: '区级安全看板', en: 'District safety' },
    visible: (access) => access.isDistrict,
  },
  {
    path: 'dashboards/school',
    load: () => import('./school/SchoolDashboardPage'),
    menu: { zh: '学校看板', en: 'School dashboard' },
    visible: readsSchoolBooks,
  },
  { path: 'dashboards/school/:schoolId', load: () => import('./school/SchoolDashboardPage') },
  { path: 'dashboards/school/:schoolId/canteen-statement', load: () => import('./school/CanteenStatementPrintPage') },
];

/** Dashboards (看板): the district's schools side by side, and one school's budget and canteen. */
export const dashboardsArea: ConsoleArea = {
  key: 'dashboards',
  title: { zh: '看板', en: 'Dashboards' },
  pages,
};
