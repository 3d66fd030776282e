export * from './client';
export * from './process';
export * from './storage';
export * from './subgraph';
export * from './migrations';
export * from './assertions';
export * from './permissions';
export * from './wait';
