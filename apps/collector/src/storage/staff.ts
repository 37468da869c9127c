import { randomUUID } from 'node:crypto';
import type { ApiTokenSummary, StaffAccountSummary, StaffRole } from '@participe/core/schemas';
import type { Queryable, Row } from './database.js';
import { iso, isoOrNull } from './rows.js';

/** Who a valid bearer token speaks for. */
export type Principal =
  | { kind: 'account'; id: string; email: string; role: StaffRole; organisationId: string; sessionHash: string }
  | { kind: 'token'; id: string; label: string; role: StaffRole; organisationId: string };

type AccountRow = { id: string; organisation_id: string; password_hash: string; role: StaffRole; email: string; disabled_at: Date | null };

export async function findAccountByEmail(db: Queryable, email: string) {
  const [row] = await db.query<AccountRow>(
    'SELECT id, organisation_id, password_hash, role, email, disabled_at FROM staff_accounts WHERE email = $1',
    [email.toLowerCase()],
  );
  return row;
}

/** The id of the account with this email, if any (the demo seed; it reads no column added later). */
export async function accountIdByEmail(db: Queryable, email: string): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM staff_accounts WHERE email = $1', [email.toLowerCase()]);
  return row?.id;
}

/** One of the organisation's accounts, locked for the change about to be made. */
export async function findOwnAccount(db: Queryable, organisationId: string, id: string) {
  const [row] = await db.query<AccountRow>(
    'SELECT id, organisation_id, password_hash, role, email, disabled_at FROM staff_accounts WHERE organisation_id = $1 AND id = $2 FOR UPDATE',
    [organisationId, id],
  );
  return row;
}

/** Active admins of the organisation other than this account: an organisation never loses its last one. */
export async function otherActiveAdmins(db: Queryable, organisationId: string, accountId: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM staff_accounts WHERE organisation_id = $1 AND id <> $2 AND role = 'admin' AND disabled_at IS NULL`,
    [organisationId, accountId],
  );
  return Number(row!.count);
}

export async function setAccountRole(db: Queryable, id: string, role: StaffRole): Promise<void> {
  await db.query('UPDATE staff_accounts SET role = $2 WHERE id = $1', [id, role]);
}

/** Disabling ends every session of the account in the same transaction: it is signed out at once. */
export async function setAccountDisabled(db: Queryable, id: string, disabled: boolean): Promise<number> {
  await db.query('UPDATE staff_accounts SET disabled_at = CASE WHEN $2::boolean THEN coalesce(disabled_at, now()) END WHERE id = $1', [id, disabled]);
  return disabled ? endSessions(db, id) : 0;
}

export async function setAccountPassword(db: Queryable, id: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE staff_accounts SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
}

/** Deletes the account; its sessions go with it (ON DELETE CASCADE). The audit log keeps its id. */
export async function deleteAccount(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM staff_accounts WHERE id = $1', [id]);
}

/** Ends the account's sessions, all of them or all but `keep`; returns how many ended. */
export async function endSessions(db: Queryable, accountId: string, keep?: string): Promise<number> {
  const rows = await db.query('DELETE FROM staff_sessions WHERE account_id = $1 AND token_hash <> $2 RETURNING token_hash', [accountId, keep ?? '']);
  return rows.length;
}

/** Creates the account unless the email exists; returns its id either way (seeding is idempotent). */
export async function ensureAccount(db: Queryable, account: { organisationId: string; email: string; passwordHash: string; role: StaffRole }) {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO staff_accounts (id, organisation_id, email, password_hash, role) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [randomUUID(), account.organisationId, account.email.toLowerCase(), account.passwordHash, account.role],
  );
  return row ? { id: row.id, created: true } : { id: (await accountIdByEmail(db, account.email))!, created: false };
}

const accountSummary = (row: Row): StaffAccountSummary => ({
  id: String(row.id),
  email: String(row.email),
  role: row.role as StaffRole,
  createdAt: iso(row.created_at),
  disabledAt: isoOrNull(row.disabled_at),
});

const accountColumns = 'id, email, role, created_at, disabled_at';

export async function listAccounts(db: Queryable, organisationId: string): Promise<StaffAccountSummary[]> {
  const rows = await db.query(`SELECT ${accountColumns} FROM staff_accounts WHERE organisation_id = $1 ORDER BY email`, [organisationId]);
  return rows.map(accountSummary);
}

export async function accountById(db: Queryable, id: string): Promise<StaffAccountSummary> {
  const [row] = await db.query(`SELECT ${accountColumns} FROM staff_accounts WHERE id = $1`, [id]);
  return accountSummary(row!);
}

/** Starts a session lasting `ttlMs` by the database's clock (the one that checks it); returns its end. */
export async function createSession(db: Queryable, accountId: string, tokenHash: string, ttlMs: number): Promise<string> {
  // Sign-ins are rare: clearing expired sessions here keeps the table small without a timer.
  await db.query('DELETE FROM staff_sessions WHERE expires_at < now()');
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO staff_sessions (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
     RETURNING expires_at`,
    [tokenHash, accountId, ttlMs],
  );
  return iso(row!.expires_at);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
}

export async function findSessionPrincipal(db: Queryable, tokenHash: string): Promise<Principal | undefined> {
  const [row] = await db.query<{ id: string; email: string; role: StaffRole; organisation_id: string }>(
    `SELECT a.id, a.email, a.role, a.organisation_id FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [tokenHash],
  );
  return row && { kind: 'account', id: row.id, email: row.email, role: row.role, organisationId: row.organisation_id, sessionHash: tokenHash };
}

export async function findTokenPrincipal(db: Queryable, tokenHash: string): Promise<Principal | undefined> {
  // Records the use at most once a minute, so that busy scripts do not write on every request.
  const [row] = await db.query<{ id: string; label: string; role: StaffRole; organisation_id: string }>(
    `UPDATE api_tokens SET last_used_at = now()
     WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
     RETURNING id, label, role, organisation_id`,
    [tokenHash],
  );
  const found =
    row ??
    (
      await db.query<{ id: string; label: string; role: StaffRole; organisation_id: string }>(
        'SELECT id, label, role, organisation_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())',
        [tokenHash],
      )
    )[0];
  return found && { kind: 'token', id: found.id, label: found.label, role: found.role, organisationId: found.organisation_id };
}

const tokenSummary = (row: Row): ApiTokenSummary => ({
  id: String(row.id),
  label: String(row.label),
  role: row.role as StaffRole,
  createdAt: iso(row.created_at),
  lastUsedAt: isoOrNull(row.last_used_at),
  revokedAt: isoOrNull(row.revoked_at),
  expiresAt: isoOrNull(row.expires_at),
});

const tokenColumns = 'id, label, role, created_at, last_used_at, revoked_at, expires_at';

export async function insertToken(
  db: Queryable,
  token: { organisationId: string; tokenHash: string; role: StaffRole; label: string; expiresInDays?: number | undefined },
) {
  const [row] = await db.query(
    `INSERT INTO api_tokens (id, organisation_id, token_hash, role, label, expires_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(days => $6::int) END) RETURNING ${tokenColumns}`,
    [randomUUID(), token.organisationId, token.tokenHash, token.role, token.label, token.expiresInDays ?? null],
  );
  return tokenSummary(row!);
}

export async function listTokens(db: Queryable, organisationId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.query(`SELECT ${tokenColumns} FROM api_tokens WHERE organisation_id = $1 ORDER BY created_at DESC, id`, [organisationId]);
  return rows.map(tokenSummary);
}

/** Revokes one of the organisation's tokens; false when it has no such token. */
export async function revokeToken(db: Queryable, organisationId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    'UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE organisation_id = $1 AND id = $2 RETURNING id',
    [organisationId, id],
  );
  return rows.length === 1;
}
