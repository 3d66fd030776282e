// One jest run over every project, so `npm test` ends with a single summary line.
module.exports = {
  // A global option: jest ignores testTimeout inside `projects` entries.
  testTimeout: 30000,
  projects: ['<rootDir>/apps/*/jest.config.js', '<rootDir>/libs/*/jest.config.js', '<rootDir>/tools/jest.config.js'],
};
