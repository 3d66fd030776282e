import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import boundaries from '../eslint/boundaries.cjs';
import { boundaryViolations, type ProjectGraph, testOnlyImportViolations, workspaceGraph } from './boundaries';

const node = (...tags: string[]) => ({ data: { tags } });

describe('project boundaries', () => {
  it('hold in this workspace', () => {
    const graph = workspaceGraph(join(__dirname, '..', '..'));
    expect(Object.keys(graph.nodes)).toEqual(expect.arrayContaining(['gateway', 'directory', 'common', 'subgraph-kit']));
    // The graph really sees imports (an empty graph would pass every rule).
    expect(graph.dependencies.directory.map((d) => d.target)).toContain('subgraph-kit');
    expect(boundaryViolations(graph)).toEqual([]);
  });

  it('keep the test lib out of production code', () => {
    expect(testOnlyImportViolations(join(__dirname, '..', '..'))).toEqual([]);
  });

  it('catch a subgraph importing another subgraph, a lib importing an app, and the gateway importing a subgraph', () => {
    const graph: ProjectGraph = {
      nodes: {
        finance: node('type:subgraph'),
        directory: node('type:subgraph'),
        common: node('type:lib'),
        gateway: node('type:gateway'),
        untagged: node(),
      },
      dependencies: {
        finance: [
          { source: 'finance', target: 'directory' },
          { source: 'finance', target: 'common' },
        ],
        common: [{ source: 'common', target: 'finance' }],
        gateway: [
          { source: 'gateway', target: 'directory' },
          { source: 'gateway', target: 'npm:graphql' },
        ],
        directory: [],
        untagged: [],
      },
    };
    expect(boundaryViolations(graph)).toEqual([
      'finance (type:subgraph) must not depend on directory (type:subgraph)',
      'common (type:lib) must not depend on finance (type:subgraph)',
      'gateway (type:gateway) must not depend on directory (type:subgraph)',
      expect.stringContaining('untagged must have exactly one of the tags'),
    ]);
  });
});

describe('the houqin/boundaries ESLint rule', () => {
  const root = join(__dirname, '..', '..');
  const at = (path: string) => join(root, path);
  const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

  tester.run('boundaries', boundaries.rules.boundaries, {
    valid: [
      { filename: at('apps/finance/src/main.ts'), code: "import { toGlobalId } from '@houqin/common';" },
      { filename: at('apps/finance/test/support.ts'), code: "import { graphqlClient } from '@houqin/testing';" },
      { filename: at('libs/auth/src/viewer.ts'), code: "import { notFound } from '@houqin/common';" },
      { filename: at('tools/subgraphs.ts'), code: "import { createFinanceSubgraph } from '@houqin/finance';" },
      {
        filename: at('apps/finance/src/main.ts'),
        code: "import { ledger } from './services/ledger'; import { x } from '../test/support';",
      },
      { filename: at('apps/finance/jest.config.js'), code: "module.exports = require('../../jest.preset.js');" },
      { filename: at('eslint.config.mjs'), code: "import houqin from './apps/gateway/src/config';" },
    ],
    invalid: [
      {
        filename: at('apps/finance/src/main.ts'),
        code: "import { createDirectorySubgraph } from '@houqin/directory';",
        errors: [{ message: 'finance (type:subgraph) must not depend on directory (type:subgraph).' }],
      },
      {
        filename: at('libs/common/src/index.ts'),
        code: "export * from '@houqin/finance';",
        errors: [{ message: 'common (type:lib) must not depend on finance (type:subgraph).' }],
      },
      {
        filename: at('apps/gateway/src/gateway.ts'),
        code: "const d = await import('@houqin/directory');",
        errors: [{ message: 'gateway (type:gateway) must not depend on directory (type:subgraph).' }],
      },
      {
        filename: at('libs/persistence/src/queries.ts'),
        code: "import { graphqlClient } from '@houqin/testing';",
        errors: [{ messageId: 'testOnly' }],
      },
      {
        filename: at('apps/gateway/test/gateway.spec.ts'),
        code: "import { config } from '@houqin/common/src/config';",
        errors: [{ messageId: 'deep' }],
      },
      {
        filename: at('apps/finance/src/main.ts'),
        code: "import { x } from '@houqin/finance'; import { y } from '@houqin/nothing';",
        errors: [{ messageId: 'self' }, { messageId: 'unknown' }],
      },
      {
        filename: at('tools/bench/run.ts'),
        code: "import { subgraphUrlVariable } from '../../apps/gateway/src/config';",
        errors: [{ message: "'../../apps/gateway/src/config' reaches into project gateway; import it as @houqin/gateway." }],
      },
      {
        filename: at('apps/finance/test/support.ts'),
        code: "jest.mock('../../directory/src/subgraph'); const c = require('../../../libs/common/src/ids');",
        errors: [{ messageId: 'reachIn' }, { messageId: 'reachIn' }],
      },
    ],
  });
});
