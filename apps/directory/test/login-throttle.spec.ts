import { DEMO_PASSWORD } from '@houqin/demo';
import { codes, startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { createDirectorySubgraph } from '../src/subgraph';
import { SETTINGS } from './support';

/** Password guessing is slowed down: 3 failures lock a username for the rest of a 2-second window here. */
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(createDirectorySubgraph({ ...SETTINGS, loginMaxFailures: 3, loginLockSeconds: 2 }));
});
afterAll(() => sub?.stop());

const login = (username: string, password: string) =>
  sub.as(null).request('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password } });

describe('signing in', () => {
  it('locks a username after repeated failures, even against the right password, and only that username', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await login('accountant', 'guess-number-' + i);
      expect(r.errors?.[0].message).toMatch(/Wrong username or password/);
    }
    const locked = await login('accountant', DEMO_PASSWORD);
    expect(codes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins/);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await login('teacher', DEMO_PASSWORD)).data?.login.token).toEqual(expect.any(String));

    // The window ends and the right password works again.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await login('accountant', DEMO_PASSWORD)).data?.login.token).toEqual(expect.any(String));
  });

  it('answers an unknown username the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < 3; i++) await login('nobody.here', 'guess-' + i);
    expect((await login('nobody.here', 'guess')).errors?.[0].message).toMatch(/Too many failed sign-ins/);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    await login('director', 'wrong-1');
    await login('director', 'wrong-2');
    expect((await login('director', DEMO_PASSWORD)).data?.login.token).toEqual(expect.any(String));
    await login('director', 'wrong-3');
    await login('director', 'wrong-4');
    expect((await login('director', DEMO_PASSWORD)).data?.login.token).toEqual(expect.any(String));
  });
});
