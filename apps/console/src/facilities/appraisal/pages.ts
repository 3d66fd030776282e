import type { ConsolePage } from '../../app/pages';

/** Term appraisal (考核): the figures with their evidence, the director's grade, the principal's confirmation; one's own for anyone. */
export const appraisalPages: ConsolePage[] = [
  {
    path: 'facilities/appraisal',
    load: () => import('./AppraisalPage'),
    menu: { zh: '考核', en: 'Appraisal' },
    visible: (access) => access.can('markDutyOccurrenceDone') || access.can('readStaffAppraisals'),
  },
];
