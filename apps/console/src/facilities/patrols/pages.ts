import type { ConsolePage } from '../../app/pages';

/**
 * Patrols (巡视): the school's routes and recent patrols, a new route (the director: rooms in order and
 * a daily window), and walking a route on a phone (scanning each checkpoint's door label).
 */
export const patrolPages: ConsolePage[] = [
  {
    path: 'facilities/patrols',
    load: () => import('./PatrolsPage'),
    menu: { zh: '巡视', en: 'Patrols' },
    // The routes are listed to the school's work-order readers (the graph's rule for patrolRoutes).
    visible: (access) => access.can('readWorkOrders'),
  },
  { path: 'facilities/patrols/routes/new', load: () => import('./PatrolRouteNewPage') },
  { path: 'facilities/patrols/routes/:routeId/walk', load: () => import('./PatrolWalkPage') },
];
