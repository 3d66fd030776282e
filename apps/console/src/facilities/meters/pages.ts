import type { ConsolePage } from '../../app/pages';

/** Utility meters (水电表): a school's meters, a meter's consumption and readings, anomalies, and the monthly report. */
export const meterPages: ConsolePage[] = [
  {
    path: 'facilities/meters',
    load: () => import('./MetersPage'),
    menu: { zh: '水电表', en: 'Utility meters' },
    visible: (access) => access.can('readMeters'),
  },
  { path: 'facilities/meters/:id', load: () => import('./MeterDetailPage') },
  {
    path: 'facilities/meter-anomalies',
    load: () => import('./MeterAnomaliesPage'),
    menu: { zh: '水电异常', en: 'Meter anomalies' },
    visible: (access) => access.can('readMeters'),
  },
  {
    path: 'facilities/meter-report',
    load: () => import('./MeterReportPage'),
    menu: { zh: '月度水电报表', en: 'Monthly meter report' },
    visible: (access) => access.can('readMeters'),
  },
];
