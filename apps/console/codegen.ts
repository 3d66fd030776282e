import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every operation of the console from the graph's API schema (the checked-in supergraph
 * without its federation internals: tools/console/api-schema.cjs). `npm run console:codegen`
 * rewrites src/graphql/; apps/console/src/graphql.test.ts fails when an operation no longer
 * validates against the graph or the checked-in types are stale.
 */
const config: CodegenConfig = {
  schema: 'apps/console/api-schema.cjs',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/console/src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', SafeInt: 'number', ID: 'string' },
      },
    },
  },
};
export default config;
