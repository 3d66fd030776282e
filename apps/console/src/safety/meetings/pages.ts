import type { ConsolePage } from '../../app/pages';

/** Safety meetings (安全会议): the school's meetings, one with its minutes and its decisions tracked to done. */
export const meetingPages: ConsolePage[] = [
  {
    path: 'safety/meetings',
    load: () => import('./MeetingListPage'),
    menu: { zh: '安全会议', en: 'Safety meetings' },
    visible: (access) => access.can('recordSafetyMeeting') || access.can('readSafety'),
  },
  { path: 'safety/meetings/:id', load: () => import('./MeetingDetailPage') },
];
