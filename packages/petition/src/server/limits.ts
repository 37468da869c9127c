// Limits on signing, kept in the database so that they hold across collector processes: one row
// per key and hour, counted with an upsert (a requester's own row, never a shared one).
import type { Queryable } from '@participe/core/server';

/** Attempts from one network address to one petition per hour before it is refused (429). */
export const REQUESTER_LIMIT = 20;
/** Past this many signatures from one network address in an hour, new ones are quarantined silently. */
export const REQUESTER_SUSPICIOUS = 5;
/** Confirmation emails to one address per petition per hour: more attempts get the same answer, and no email. */
export const ADDRESS_MAILS = 2;

/** Counts one attempt under `key` in the current hour; returns the count including it. */
export async function countAttempt(tx: Queryable, initiativeId: string, key: string, now: Date): Promise<number> {
  const [row] = await tx.query<{ attempts: number }>(
    `INSERT INTO petition_attempts (initiative_id, key, window_start, attempts) VALUES ($1, $2, date_trunc('hour', $3::timestamptz), 1)
     ON CONFLICT (initiative_id, key, window_start) DO UPDATE SET attempts = petition_attempts.attempts + 1
     RETURNING attempts`,
    [initiativeId, key, now.toISOString()],
  );
  return Number(row!.attempts);
}

/**
 * Marks a solved challenge as used; false when it already was (a replay). Expired ones are
 * dropped now and then: their challenges are refused anyway.
 */
export async function claimChallenge(tx: Queryable, signature: string, expiresAt: Date): Promise<boolean> {
  const rows = await tx.query('INSERT INTO petition_challenges_used (signature, expires_at) VALUES ($1, $2) ON CONFLICT (signature) DO NOTHING RETURNING signature', [
    signature,
    expiresAt.toISOString(),
  ]);
  return rows.length === 1;
}

/** Drops counters of past hours and expired challenges (called now and then by signing). */
export async function pruneLimits(db: Queryable, now: Date): Promise<void> {
  await db.query(`DELETE FROM petition_attempts WHERE window_start < date_trunc('hour', $1::timestamptz) - interval '1 hour'`, [now.toISOString()]);
  // Challenges expire by the real clock (see challenge.ts).
  await db.query('DELETE FROM petition_challenges_used WHERE expires_at < $1::timestamptz', [new Date().toISOString()]);
}
