import { readFileSync } from 'node:fs';
import { DEV_SECRETS } from '@houqin/common';
import { graphqlClient } from '@houqin/testing';
import { DEFAULT_SUPERGRAPH_PATH, type GatewayConfig, loadGatewayConfig, subgraphUrlVariable, supergraphSubgraphs } from '../src/config';
import { type RunningGateway, startGateway } from '../src/gateway';

const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');

/** The gateway's configuration as its environment would give it (so new settings get their defaults), on a free port. */
function config(isProduction: boolean): GatewayConfig {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: isProduction ? 'production' : 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
    USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
    VIEWER_CACHE_TTL_MS: '0',
    // Nothing listens there: these tests never reach a subgraph.
    ...Object.fromEntries(supergraphSubgraphs(supergraphSdl).map(({ name }) => [subgraphUrlVariable(name), 'http://127.0.0.1:9/graphql'])),
  };
  return { ...loadGatewayConfig(env), PORT: 0 };
}

describe.each([
  ['production', true],
  ['development', false],
])('the gateway in %s', (_name, isProduction) => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway(config(isProduction));
  });
  afterAll(() => gateway?.close());

  it(isProduction ? 'refuses introspection' : 'allows introspection', async () => {
    const r = await graphqlClient(gateway.url).request('{ __schema { queryType { name } } }');
    if (isProduction) {
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0].message).toMatch(/introspection/i);
    } else {
      expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it(isProduction ? 'shows no landing page' : 'shows the landing page to a browser', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(/<html/i.test(html)).toBe(!isProduction);
  });

  it('masks a subgraph that cannot be reached as INTERNAL, without internals', async () => {
    const r = await graphqlClient(gateway.url).request('mutation { login(input: { username: "x", password: "y" }) { token } }');
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL']);
    expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);
  });
});
