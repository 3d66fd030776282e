import type { ConsolePage } from '../../app/pages';

/** The duty task sheet (工作叙事表): my tasks and checks, the school's tasks for its leaders. */
export const dutyPages: ConsolePage[] = [
  {
    path: 'facilities/duty',
    load: () => import('./DutySheetPage'),
    menu: { zh: '工作叙事表', en: 'Duty task sheet' },
    visible: (access) => access.can('markDutyOccurrenceDone') || access.can('readDutyTasks'),
  },
];
