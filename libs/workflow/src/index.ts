export * from './step.entity';
export * from './flow';
export * from './duties';
