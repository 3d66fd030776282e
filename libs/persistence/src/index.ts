export * from './columns';
export * from './audit';
export * from './data-source';
export * from './mysql-admin';
export * from './queries';
export * from './sql-counter';
export * from './scoped-reader';
export * from './money-column';
