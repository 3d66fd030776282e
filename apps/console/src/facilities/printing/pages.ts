import type { ConsolePage } from '../../app/pages';

/** The print centre (文印中心): print jobs, the monthly charge per department, and the prices per page. */
export const printingPages: ConsolePage[] = [
  {
    path: 'facilities/printing',
    load: () => import('./PrintCentrePage'),
    menu: { zh: '文印中心', en: 'Print centre' },
    visible: (access) => access.can('readFacilities') || access.can('recordPrintJob'),
  },
];
