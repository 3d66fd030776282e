/**
 * tools/router/router.yaml runs the checked-in supergraph in Apollo Router instead of the gateway. No
 * Router runs where the tests do, so this suite reads the file as the Router does (YAML, then
 * `${env.NAME:-default}` expansion) and checks it against the gateway's own settings: a limit changed
 * in one front door and not the other, or a subgraph without a URL, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REQUEST_ID_HEADER } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER } from '@houqin/auth';
import { loadGatewayConfig, SUBGRAPH_CLIENT_DEFAULTS, subgraphUrlVariable, supergraphSubgraphs } from '@houqin/gateway';
import { REPO_ROOT } from '@houqin/testing';

interface RouterYaml {
  override_subgraph_url: Record<string, string>;
  coprocessor: { url: string; router: { request: { headers: boolean; body: boolean; sdl: boolean } } };
  headers: { all: { request: { propagate?: { named: string } }[] } };
  limits: { max_depth: number; max_aliases: number; parser_max_tokens: number; http_max_request_bytes: number };
  demand_control: { enabled: boolean; mode: string; strategy: { static_estimated: { list_size: number; max: number } } };
  supergraph: { introspection: boolean; path: string };
  traffic_shaping: { all: { timeout: string; pool_idle_timeout: string } };
}

const text = readFileSync(join(REPO_ROOT, 'tools/router/router.yaml'), 'utf8');
const router = parse(text) as RouterYaml;
/** The gateway's defaults: what it runs with when nothing is configured. */
const gateway = loadGatewayConfig({ NODE_ENV: 'test' });

/** `${env.NAME:-default}` → its default (the Router's expansion when NAME is unset). */
const defaultOf = (value: string) => /^\$\{env\.[A-Z_]+:-(.*)\}$/.exec(value)?.[1];

describe('tools/router/router.yaml', () => {
  it("gives every subgraph of the supergraph a URL from the gateway's own variable", () => {
    const expected = Object.fromEntries(
      supergraphSubgraphs(gateway.supergraphSdl).map(({ name }) => [name, `\${env.${subgraphUrlVariable(name)}}`]),
    );
    expect(router.override_subgraph_url).toEqual(expected);
  });

  it('asks the coprocessor, at its default address, for the headers of every request (and nothing heavier)', () => {
    expect(defaultOf(router.coprocessor.url)).toBe(`http://127.0.0.1:${gateway.COPROCESSOR_PORT}`);
    expect(router.coprocessor.router.request).toMatchObject({ headers: true, body: false, sdl: false });
  });

  it('propagates to subgraphs exactly the gateway token and the request id', () => {
    const propagated = router.headers.all.request.map((rule) => rule.propagate?.named);
    expect(propagated.sort()).toEqual([GATEWAY_TOKEN_HEADER, REQUEST_ID_HEADER].sort());
  });

  it("applies the gateway's depth, alias, token and body-size limits", () => {
    expect(router.limits).toEqual({
      max_depth: gateway.MAX_QUERY_DEPTH,
      max_aliases: gateway.MAX_ALIASES,
      parser_max_tokens: gateway.MAX_QUERY_TOKENS,
      http_max_request_bytes: 1024 * 1024,
    });
  });

  it("enforces the gateway's cost budget with the same default list size", () => {
    expect(router.demand_control).toEqual({
      enabled: true,
      mode: 'enforce',
      strategy: { static_estimated: { list_size: gateway.QUERY_COST_LIST_SIZE, max: gateway.MAX_QUERY_COST } },
    });
  });

  it("calls subgraphs with the gateway's deadline and idle timeout", () => {
    const seconds = (ms: number) => `${ms / 1000}s`;
    expect(router.traffic_shaping.all).toEqual({
      timeout: seconds(SUBGRAPH_CLIENT_DEFAULTS.timeoutMs),
      pool_idle_timeout: seconds(SUBGRAPH_CLIENT_DEFAULTS.keepAliveTimeoutMs),
    });
  });

  it('serves /graphql without introspection, as the gateway does in production', () => {
    expect(router.supergraph).toMatchObject({ path: '/graphql', introspection: false });
  });
});
