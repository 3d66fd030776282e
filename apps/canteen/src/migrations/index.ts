import { Initial1796210397433 as M0 } from './1796210397433-Initial';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- canteen <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const canteenMigrations: Function[] = [M0];
