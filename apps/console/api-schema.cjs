// The graph as clients see it: the checked-in supergraph with the federation join directives and
// inaccessible parts removed, as the gateway serves it. Read by codegen and by the console's tests.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Supergraph } = require('@apollo/federation-internals');

const supergraph = readFileSync(join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
module.exports = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
