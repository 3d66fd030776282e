import type { ConsolePage } from '../../app/pages';

/**
 * Receiving, stock, issues and stocktakes (进货查验, 库存, 出库, 盘点): the kitchen's stores. The menu
 * shows them to whoever reads the canteen's records (the graph answers only their schools').
 */
export const canteenStockPages: ConsolePage[] = [
  {
    path: 'canteen/deliveries',
    load: () => import('./DeliveryListPage'),
    menu: { zh: '进货查验', en: 'Deliveries' },
    visible: (access) => access.can('readCanteen'),
  },
  { path: 'canteen/deliveries/new', load: () => import('./DeliveryNewPage') },
  { path: 'canteen/deliveries/:id', load: () => import('./DeliveryDetailPage') },
  {
    path: 'canteen/stock',
    load: () => import('./StockPage'),
    menu: { zh: '库存', en: 'Stock' },
    visible: (access) => access.can('readCanteen'),
  },
  { path: 'canteen/stock/lots/:id', load: () => import('./LotPage') },
  {
    path: 'canteen/stock/issue',
    load: () => import('./IssuePage'),
    menu: { zh: '出库', en: 'Issue stock' },
    visible: (access) => access.can('issueStock'),
  },
  {
    path: 'canteen/stocktakes',
    load: () => import('./StocktakeListPage'),
    menu: { zh: '盘点', en: 'Stocktakes' },
    visible: (access) => access.can('readCanteen'),
  },
  { path: 'canteen/stocktakes/:id', load: () => import('./StocktakePage') },
  { path: 'canteen/write-offs/:id', load: () => import('./WriteOffPage') },
];
