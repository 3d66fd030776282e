export * from './config';
export * from './definition';
export * from './schema';
export * from './server';
export * from './validation';
export * from './fields';
export * from './permission-gate';
export * from './demand-control';
