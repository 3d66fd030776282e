import type { ConsolePage } from '../../app/pages';

/** Asset stocktakes (资产盘点): the list, one stocktake with its differences, and scanning on a phone. */
export const stocktakePages: ConsolePage[] = [
  {
    path: 'facilities/stocktakes',
    load: () => import('./StocktakeListPage'),
    menu: { zh: '资产盘点', en: 'Stocktakes' },
    visible: (access) => access.can('readFacilities'),
  },
  { path: 'facilities/stocktakes/:id', load: () => import('./StocktakeDetailPage') },
  { path: 'facilities/stocktakes/:id/scan', load: () => import('./StocktakeScanPage') },
];
