export * from './errors';
export * from './ids';
export * from './pagination';
export * from './config';
export * from './logger';
export * from './dates';
export * from './http';
export * from './money';
