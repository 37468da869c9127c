import { createHash, randomBytes } from 'node:crypto';

/** Prefixes say what a leaked token is (console session or API token) without a database look-up. */
export type TokenKind = 'session' | 'api';
const prefixes: Record<TokenKind, string> = { session: 'pcs_', api: 'pat_' };

export function newToken(kind: TokenKind): string {
  return prefixes[kind] + randomBytes(32).toString('base64url');
}

export function tokenKind(token: string): TokenKind | undefined {
  if (token.startsWith(prefixes.session)) return 'session';
  if (token.startsWith(prefixes.api)) return 'api';
  return undefined;
}

/** Tokens are 256 random bits, so a plain SHA-256 is enough to store them (passwords need scrypt). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
