import type { ConsolePage } from '../../app/pages';

/**
 * The consumables storeroom (低值易耗品仓库): stock, receipts, movements and the reorder list;
 * requisitions (领用) asked for on a phone and their approval, issue and receipt; and this week's
 * predicted replacements (本周预测更换) for the storekeeper's round.
 */
export const storeroomPages: ConsolePage[] = [
  {
    path: 'facilities/storeroom',
    load: () => import('./StoreroomPage'),
    menu: { zh: '低值易耗品仓库', en: 'Storeroom' },
    visible: (access) => access.can('readStoreroom'),
  },
  {
    path: 'facilities/requisitions',
    load: () => import('./RequisitionListPage'),
    menu: { zh: '领用申请', en: 'Requisitions' },
    visible: (access) => access.can('requestRequisition') || access.can('readRequisitions'),
  },
  { path: 'facilities/requisitions/new', load: () => import('./RequisitionNewPage') },
  { path: 'facilities/requisitions/:id', load: () => import('./RequisitionDetailPage') },
  {
    path: 'facilities/replacements',
    load: () => import('./ReplacementsPage'),
    menu: { zh: '本周预测更换', en: 'Replacements this week' },
    visible: (access) => access.can('readFacilities'),
  },
];
