// One jest run over every project, so `npm test` ends with a single summary line.
module.exports = {
  // A global option: jest ignores testTimeout inside `projects` entries.
  testTimeout: 30000,
  // One worker per core, not jest's default of cores minus one: the suites mostly wait on databases and the
  // services they start, so on two cores two workers halve the run. It also keeps tests out of jest's own
  // process (one worker runs them in band), where a handle a suite leaves open kept the run from ever exiting.
  maxWorkers: '100%',
  projects: ['<rootDir>/apps/*/jest.config.js', '<rootDir>/libs/*/jest.config.js', '<rootDir>/tools/jest.config.js'],
};
