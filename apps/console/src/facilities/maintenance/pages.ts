import type { ConsolePage } from '../../app/pages';

/**
 * Preventive maintenance (预防性维护): the school's schedules (pause, resume, a new one from a statutory
 * template: the director) and the PM calendar (维保日历) of a month's due days with their work orders.
 * The checklist of a maintenance work order is on the work order's page (ChecklistCard).
 */
export const maintenancePages: ConsolePage[] = [
  {
    path: 'facilities/maintenance',
    load: () => import('./MaintenancePage'),
    menu: { zh: '预防性维护', en: 'Maintenance' },
    // Schedules and the calendar are read by the school's work-order readers (the graph's rule).
    visible: (access) => access.can('readWorkOrders'),
  },
];
