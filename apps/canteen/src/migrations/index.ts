import { Initial1796209320582 as M0 } from './1796209320582-Initial';

/** Versioned migrations, oldest first. Generate a new one with `npm run migration:generate -- canteen <Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const canteenMigrations: Function[] = [M0];
