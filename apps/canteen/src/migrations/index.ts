/** Versioned migrations (MySQL dialect), oldest first: `npm run migration:generate -- canteen Initial`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const canteenMigrations: Function[] = [];
