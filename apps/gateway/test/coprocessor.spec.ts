import { DEMO_PASSWORD } from '@houqin/demo';
import { DEV_SECRETS } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, Role, signGatewayToken, verifyGatewayToken } from '@houqin/auth';
import {
  createTestDatabase,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  waitFor,
} from '@houqin/testing';
import { loadGatewayConfig, subgraphUrlVariable, supergraphSubgraphs } from '../src/config';
import { type RunningCoprocessor, startCoprocessor } from '../src/coprocessor';

/**
 * The Apollo Router coprocessor, spoken to as the Router speaks (external coprocessing protocol v1,
 * RouterRequest stage): the bodies below follow the protocol reference's documented example, with
 * real user tokens from a real directory process. The Router binary itself is not installable here;
 * what this leaves unproven is listed in tools/router/README.md.
 */
jest.setTimeout(120000);

let database: TestDatabase;
let directory: ServiceProcess;
let coprocessor: RunningCoprocessor;

beforeAll(async () => {
  database = await createTestDatabase('directory');
  directory = await startServiceProcess('directory', {
    DATABASE_URL: database.databaseUrl,
    DATA_DIR: database.dataDir,
    SEED_DEMO: 'true',
    PASSWORD_HASH_COST: '4',
    NATS_URL: '',
  });
  await waitFor(
    'the directory to seed the demo district',
    () =>
      fetch(`${directory.baseUrl}/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    60000,
  );
  const config = loadGatewayConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
    VIEWER_CACHE_TTL_MS: '0',
    ...Object.fromEntries(
      supergraphSubgraphs(loadGatewayConfig({ NODE_ENV: 'test' }).supergraphSdl).map(({ name }) => [
        subgraphUrlVariable(name),
        name === 'directory' ? `${directory.baseUrl}/graphql` : 'http://127.0.0.1:9/graphql',
      ]),
    ),
  });
  coprocessor = await startCoprocessor({ ...config, COPROCESSOR_PORT: 0, COPROCESSOR_HOST: '127.0.0.1' });
});

afterAll(async () => {
  await coprocessor?.close();
  await directory?.stop();
  await database?.drop();
});

/** The directory as the Router would reach it: with whatever headers the coprocessor handed back. */
const directoryWith = (headers: Record<string, string[]>) =>
  graphqlClient(`${directory.baseUrl}/graphql`, Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values[0]])));

async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const anonymous = await signGatewayToken({ viewer: null, requestId: 'sign-in' }, TEST_INTERNAL_SECRET);
  const r = await graphqlClient(`${directory.baseUrl}/graphql`, { [GATEWAY_TOKEN_HEADER]: anonymous }).request<{
    login: { token: string };
  }>('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username, password } });
  expect(r.errors).toBeUndefined();
  return r.data!.login.token;
}

/** The protocol reference's example RouterRequest body (headers as the Router sends them: lists of values). */
function routerRequest(extraHeaders: Record<string, string[]> = {}) {
  return {
    version: 1,
    stage: 'RouterRequest',
    control: 'continue',
    id: '1b19c05fdafc521016df33148ad63c1b',
    headers: {
      cookie: ['tasty_cookie=strawberry'],
      'content-type': ['application/json'],
      host: ['127.0.0.1:4000'],
      'apollographql-client-name': ['manual'],
      accept: ['*/*'],
      'user-agent': ['curl/7.79.1'],
      'content-length': ['46'],
      ...extraHeaders,
    },
    context: { entries: { 'accepts-json': false, 'accepts-wildcard': true, 'accepts-multipart': false } },
    method: 'POST',
  };
}

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(coprocessor.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the Router asks the coprocessor about a client request', () => {
  it("signs the principal's viewer into the gateway token the subgraphs accept, keeping the client's headers", async () => {
    const token = await signIn('principal');
    const { status, json } = await post(routerRequest({ Authorization: [`Bearer ${token}`], 'x-request-id': ['report-42'] }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ version: 1, stage: 'RouterRequest', id: '1b19c05fdafc521016df33148ad63c1b', control: 'continue' });
    const headers = json.headers as Record<string, string[]>;
    expect(headers.cookie).toEqual(['tasty_cookie=strawberry']);
    expect(headers['apollographql-client-name']).toEqual(['manual']);
    expect(headers['x-request-id']).toEqual(['report-42']);
    const claims = await verifyGatewayToken(headers[GATEWAY_TOKEN_HEADER][0], TEST_INTERNAL_SECRET);
    expect(claims.viewer?.grants.map((g) => g.role)).toContain('PRINCIPAL');

    // What the Router then forwards (router.yaml propagates the token and the request id) is answered as the principal.
    const me = await directoryWith({ [GATEWAY_TOKEN_HEADER]: headers[GATEWAY_TOKEN_HEADER] }).request<{ me: { username: string } }>(
      '{ me { username } }',
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.username).toBe('principal');
  });

  it('lets an anonymous caller through with an anonymous token (only login and public fields answer it)', async () => {
    const { status, json } = await post(routerRequest());
    expect(status).toBe(200);
    expect(json.control).toBe('continue');
    const headers = json.headers as Record<string, string[]>;
    const claims = await verifyGatewayToken(headers[GATEWAY_TOKEN_HEADER][0], TEST_INTERNAL_SECRET);
    expect(claims.viewer).toBeNull();
    // No request id from the client: the Router's own id names the request in every log.
    expect(headers['x-request-id']).toEqual(['1b19c05fdafc521016df33148ad63c1b']);
    const me = await directoryWith({ [GATEWAY_TOKEN_HEADER]: headers[GATEWAY_TOKEN_HEADER] }).request('{ me { username } }');
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("replaces a gateway token the client forged with the caller's real one", async () => {
    const accountant = await signIn('accountant');
    const forged = await signGatewayToken(
      {
        viewer: { accountId: 'x', username: 'x', districtId: 'x', staffId: null, grants: [{ role: Role.DISTRICT_ADMIN, schoolId: null }] },
        requestId: 'x',
      },
      'not-the-secret-'.repeat(3),
    );
    const { json } = await post(routerRequest({ authorization: [`Bearer ${accountant}`], 'X-Houqin-Gateway-Token': [forged] }));
    const headers = json.headers as Record<string, string[]>;
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === GATEWAY_TOKEN_HEADER)).toEqual([GATEWAY_TOKEN_HEADER]);
    expect(headers[GATEWAY_TOKEN_HEADER]).toHaveLength(1);
    const claims = await verifyGatewayToken(headers[GATEWAY_TOKEN_HEADER][0], TEST_INTERNAL_SECRET);
    expect(claims.viewer?.grants.map((g) => g.role)).toEqual(['ACCOUNTANT']);
  });

  it.each([
    ['a token that is not a bearer token', 'Token abc'],
    ['a forged token', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('ends the request with 401 UNAUTHENTICATED for %s, as the gateway does', async (_what, authorization) => {
    const { status, json } = await post(routerRequest({ authorization: [authorization] }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ version: 1, stage: 'RouterRequest', id: '1b19c05fdafc521016df33148ad63c1b', control: { break: 401 } });
    expect(typeof json.body).toBe('string'); // the Router stages carry the body as a JSON string
    const body = JSON.parse(json.body as string) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/sign in|Bearer/);
    expect(json.headers).toEqual({ 'content-type': ['application/json'] });
  });

  it('refuses what is not a version 1 RouterRequest with headers, so a misconfigured Router fails closed', async () => {
    for (const body of [
      { ...routerRequest(), version: 2 },
      { ...routerRequest(), stage: 'SubgraphRequest' },
      { ...routerRequest(), headers: undefined },
      'not json at all',
    ]) {
      const { status, json } = await post(body);
      expect(status).toBe(400);
      expect((json.errors as { extensions: { code: string } }[])[0].extensions.code).toBe('BAD_REQUEST');
    }
  });
});
