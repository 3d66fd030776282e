import type { ConsolePage } from '../../app/pages';

/** A school's safety month on one page (安全月报): the safety office and the district. */
export const safetyMonthPages: ConsolePage[] = [
  {
    path: 'safety/month',
    load: () => import('./SafetyMonthPage'),
    menu: { zh: '安全月报', en: 'Safety month' },
    visible: (access) => access.can('readSafety') || access.isDistrict,
  },
];
