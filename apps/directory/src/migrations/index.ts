import { Initial1795477950779 as M0 } from './1795477950779-Initial';
import { AddEvents1796173637676 as M1 } from './1796173637676-AddEvents';
import { Notifications1796173969697 as M2 } from './1796173969697-Notifications';
import { Webhooks1796174526861 as M3 } from './1796174526861-Webhooks';
import { SchoolCalendar1796279657600 as M4 } from './1796279657600-SchoolCalendar';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- directory <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const directoryMigrations: Function[] = [M0, M1, M2, M3, M4];
