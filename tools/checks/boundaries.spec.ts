import { join } from 'node:path';
import { boundaryViolations, ProjectGraph, testOnlyImportViolations, workspaceGraph } from './boundaries';

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
      nodes: { finance: node('type:subgraph'), directory: node('type:subgraph'), common: node('type:lib'), gateway: node('type:gateway'), untagged: node() },
      dependencies: {
        finance: [{ source: 'finance', target: 'directory' }, { source: 'finance', target: 'common' }],
        common: [{ source: 'common', target: 'finance' }],
        gateway: [{ source: 'gateway', target: 'directory' }, { source: 'gateway', target: 'npm:graphql' }],
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
