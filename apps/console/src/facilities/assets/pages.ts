import type { ConsolePage } from '../../app/pages';

/** The fixed-asset register (固定资产台账), an asset's card, its QR labels, and disposal requests (资产处置). */
export const assetPages: ConsolePage[] = [
  {
    path: 'facilities/assets',
    load: () => import('./AssetRegisterPage'),
    menu: { zh: '资产台账', en: 'Asset register' },
    visible: (access) => access.can('readFacilities') || access.can('readAssetsInCustody'),
  },
  { path: 'facilities/assets/labels', load: () => import('./AssetLabelsPage') },
  { path: 'facilities/assets/:id', load: () => import('./AssetDetailPage') },
  {
    path: 'facilities/disposals',
    load: () => import('./DisposalListPage'),
    menu: { zh: '资产处置', en: 'Disposals' },
    visible: (access) => access.can('readFacilities'),
  },
  { path: 'facilities/disposals/:id', load: () => import('./DisposalDetailPage') },
];
