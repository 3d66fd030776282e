export * from './metrics';
export * from './config';
export * from './tracing';
