import type { ConsolePage } from '../../app/pages';

/** Buildings and rooms (楼宇与房间) as a tree, their printable QR labels, and the page a room's QR link opens. */
export const placePages: ConsolePage[] = [
  {
    path: 'facilities/places',
    load: () => import('./PlacesPage'),
    menu: { zh: '楼宇与房间', en: 'Buildings and rooms' },
    visible: (access) => access.can('readPlaces'),
  },
  {
    path: 'facilities/labels',
    load: () => import('./QrLabelsPage'),
    menu: { zh: '二维码标签', en: 'QR labels' },
    visible: (access) => access.can('readPlaces'),
  },
  // A room's QR link (FACILITIES_PUBLIC_URL/r/<code>) opens this page on a phone; a visitor who is not
  // signed in gets the anonymous repair form (扫码报修) there instead of the sign-in page.
  { path: 'r/:code', load: () => import('./RoomByQrPage'), signedOut: () => import('../repairs/QrRepairPage') },
];
