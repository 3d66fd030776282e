import { hashPassword, passwordProblem, verifyAgainstDecoy, verifyPassword } from '../src';

describe('passwords', () => {
  it('are hashed with a salt and verified', async () => {
    const a = await hashPassword('correct horse battery', 4);
    const b = await hashPassword('correct horse battery', 4);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\$2[aby]\$04\$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('wrong horse battery', a)).toBe(false);
  });

  it('refuse too short and too long (bcrypt would silently truncate past 72 bytes)', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('食'.repeat(25))).toMatch(/72 bytes/);
    expect(passwordProblem('a fine password')).toBeNull();
  });

  it('compare unknown users against a decoy so the answer takes as long', async () => {
    expect(await verifyAgainstDecoy('anything', 4)).toBe(false);
  });
});
