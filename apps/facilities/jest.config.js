module.exports = { ...require('../../jest.preset.js'), displayName: 'facilities', rootDir: __dirname };
