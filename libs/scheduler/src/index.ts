export * from './job';
export * from './job-run.entity';
export * from './scheduler';
export * from './extension';
