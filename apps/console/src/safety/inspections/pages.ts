import type { ConsolePage } from '../../app/pages';

/** Inspections (安全检查): the viewer's rounds and the school's, and one round filled item by item on a phone. */
export const inspectionPages: ConsolePage[] = [
  {
    path: 'safety/inspections',
    load: () => import('./InspectionListPage'),
    menu: { zh: '安全检查', en: 'Inspections' },
    visible: (access) => access.can('answerInspectionItems') || access.can('readSafety'),
  },
  { path: 'safety/inspections/:id', load: () => import('./InspectionRoundPage') },
];
