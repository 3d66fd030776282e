/**
 * The signed-in token, kept for the browser tab's session only (sessionStorage: gone when the tab
 * closes, never shared with another tab or written to disk by us). Whoever holds it is the viewer.
 */
const KEY = 'houqin.session';

export interface StoredSession {
  token: string;
  /** ISO instant the directory said the token expires. */
  expiresAt: string;
}

/** Why the viewer is back at sign-in, shown there as a message. */
export type SignOutReason = 'signed-out' | 'expired' | 'password-changed';

type Listener = (session: StoredSession | null, reason?: SignOutReason) => void;
const listeners = new Set<Listener>();

export function readSession(now = Date.now()): StoredSession | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as StoredSession;
    if (typeof session.token !== 'string' || Date.parse(session.expiresAt) <= now) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  for (const listener of listeners) listener(session);
}

export function endSession(reason: SignOutReason): void {
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(null, reason);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
