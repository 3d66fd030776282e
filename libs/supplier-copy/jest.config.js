module.exports = { ...require('../../jest.preset.js'), displayName: 'supplier-copy', rootDir: __dirname };
