import type { ConsolePage } from '../../app/pages';

/** Purchase requests and expense claims (采购申请, 报销): anyone at a school files them, so the menu shows them to all. */
export const financeWorkflowPages: ConsolePage[] = [
  { path: 'finance/purchases', load: () => import('./purchase/PurchaseListPage'), menu: { zh: '采购申请', en: 'Purchase requests' } },
  { path: 'finance/purchases/new', load: () => import('./purchase/PurchaseNewPage') },
  { path: 'finance/purchases/:id', load: () => import('./purchase/PurchaseDetailPage') },
  { path: 'finance/claims', load: () => import('./claim/ClaimListPage'), menu: { zh: '报销', en: 'Expense claims' } },
  { path: 'finance/claims/new', load: () => import('./claim/ClaimNewPage') },
  { path: 'finance/claims/:id', load: () => import('./claim/ClaimDetailPage') },
];
