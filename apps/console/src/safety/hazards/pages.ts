import type { ConsolePage } from '../../app/pages';

/**
 * Hazards (安全隐患): the register (隐患台账) with its views and Excel export, one hazard with its five
 * fixes, evidence, verification and steps, and the report form anyone signed in at a school uses.
 */
export const hazardPages: ConsolePage[] = [
  {
    path: 'safety/hazards',
    load: () => import('./HazardListPage'),
    menu: { zh: '安全隐患', en: 'Hazards' },
    visible: (access) => access.can('reportHazard') || access.can('readSafety'),
  },
  { path: 'safety/hazards/new', load: () => import('./HazardReportPage') },
  { path: 'safety/hazards/:id', load: () => import('./HazardDetailPage') },
];
