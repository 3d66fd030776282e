import type { ConsolePage } from '../../app/pages';

/**
 * Repairs (维修工单): the work orders list (a maintenance worker's queue, the director's triage view,
 * the school's list), one work order with its steps and the step the viewer may take, the signed-in
 * report form; and, without signing in, the form a room's QR link opens (扫码报修, also /r/<code> for
 * a visitor without a session: places/pages.ts) and the secret status link (报修进度) with its rating.
 */
export const repairPages: ConsolePage[] = [
  {
    path: 'facilities/work-orders',
    load: () => import('./WorkOrderListPage'),
    menu: { zh: '维修工单', en: 'Work orders' },
    visible: (access) => access.can('reportWorkOrder') || access.can('readWorkOrders'),
  },
  { path: 'facilities/work-orders/new', load: () => import('./WorkOrderNewPage') },
  { path: 'facilities/work-orders/:id', load: () => import('./WorkOrderDetailPage') },
  // The anonymous form for anyone holding a room's QR link, signed in or not (a parent, a visitor).
  { path: 'r/:code/report', load: () => import('./QrRepairPage'), public: true },
  { path: 'repair-status/:token', load: () => import('./RepairStatusPage'), public: true },
];
