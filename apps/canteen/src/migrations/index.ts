import { Initial1796212622397 as M0 } from './1796212622397-Initial';
import { SchoolCalendarCopy1796279661931 as M1 } from './1796279661931-SchoolCalendarCopy';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- canteen <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const canteenMigrations: Function[] = [M0, M1];
