import { readFileSync } from 'node:fs';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { consoleDocuments } from '@houqin/testing';
import { DEFAULT_SUPERGRAPH_PATH, gatewayEnvSpec } from '../src/config';
import { CostModel } from '../src/cost';

/**
 * Every page of the web console asks the gateway only what its cost limit lets through: an operation
 * estimated over MAX_QUERY_COST is refused before any subgraph is called, and the page shows nothing
 * but an error (the places tree once asked for 100 buildings with every floor's rooms: 11203).
 */

describe('the console’s operations against the gateway’s cost limit', () => {
  const supergraph = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const spec = gatewayEnvSpec(supergraph) as unknown as Record<string, { default: number }>;
  const maxCost = spec.MAX_QUERY_COST.default;
  const model = new CostModel(supergraph, spec.QUERY_COST_LIST_SIZE.default);
  const documents = consoleDocuments();

  it('reads the generated documents', () => {
    expect(documents.size).toBeGreaterThan(100);
    expect(maxCost).toBe(5000);
  });

  it('estimates every query and mutation, with its variables at their defaults, within the limit', () => {
    const over: { name: string; cost: number }[] = [];
    for (const [name, document] of documents) {
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const cost = model.estimate(document, operation);
        if (cost > maxCost) over.push({ name, cost });
      }
    }
    expect(over).toEqual([]);
  });
});
