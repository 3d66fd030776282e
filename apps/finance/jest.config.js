module.exports = { ...require('../../jest.preset.js'), displayName: 'finance', rootDir: __dirname };
