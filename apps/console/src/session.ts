import type { StaffSession } from '@participe/core/schemas';

/** What survives a reload of the tab: the token and when it expires, never the password. */
export interface StoredSession {
  token: string;
  expiresAt: string;
}

const KEY = 'participe-console:session';

// sessionStorage, not localStorage: a reload keeps the session, closing the tab ends it.
// Storage can be unavailable (privacy modes): the console then simply forgets on reload.
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadSession(now = new Date()): StoredSession | undefined {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string') return undefined;
    if (!(Date.parse(session.expiresAt) > now.getTime())) return clearSession();
    return { token: session.token, expiresAt: session.expiresAt };
  } catch {
    return undefined;
  }
}

export function saveSession(session: Pick<StaffSession, 'token' | 'expiresAt'>): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
  } catch {
    // Kept in memory only.
  }
}

export function clearSession(): undefined {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  return undefined;
}
