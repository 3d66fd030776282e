import type { ConsoleArea } from './app/pages';
import { canteenArea } from './canteen/pages';
import { dashboardsArea } from './dashboards/pages';
import { directoryArea } from './directory/pages';
import { facilitiesArea } from './facilities/pages';
import { financeArea } from './finance/pages';
import { safetyArea } from './safety/pages';
import { workArea } from './work/pages';

/**
 * Every area of the console, in menu order. A new service adds its folder (src/<service>/pages.ts)
 * and one line here: see docs/adding-a-subgraph.md, "Pages in the console".
 */
export const AREAS: ConsoleArea[] = [workArea, dashboardsArea, financeArea, canteenArea, facilitiesArea, safetyArea, directoryArea];
