// The console's browser tests (e2e/*.spec.ts): Playwright driving Chromium against the real stack.
// Its component tests are Vitest's (src/**/*.test.ts[x], `npm test` runs both).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
};
