import bcrypt from 'bcryptjs';

/** bcrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash to compare against when the username is unknown, so both paths take the same time. */
let decoyHash: string | undefined;
export async function verifyAgainstDecoy(password: string, cost: number): Promise<false> {
  decoyHash ??= await bcrypt.hash('decoy-password-for-unknown-users', cost);
  await bcrypt.compare(password, decoyHash);
  return false;
}

/** Why a new password is unacceptable, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) return `must be at most ${PASSWORD_MAX_BYTES} bytes`;
  return null;
}
