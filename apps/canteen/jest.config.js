module.exports = { ...require('../../jest.preset.js'), displayName: 'canteen', rootDir: __dirname };
