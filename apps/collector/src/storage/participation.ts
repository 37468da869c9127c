import type { Queryable } from './database.js';

/**
 * Holds an advisory lock named by `key` until the caller's transaction ends. The key is hashed to
 * the 64-bit number PostgreSQL locks on (the same function on PostgreSQL and PGlite), so that
 * concurrent submissions touching the same thing queue up instead of racing past a check.
 */
export async function lockUntilCommit(tx: Queryable, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

/** Every change to a capped initiative's responses (insert, moderation) holds this lock. */
export const responsesLock = (initiativeId: string) => `initiative:${initiativeId}`;
export const participantLock = (initiativeId: string, participantHash: string) => `participant:${initiativeId}:${participantHash}`;

/** True when this anonymous participant (by the hash kept of its id) already sent a web contribution to this initiative. */
export async function hasParticipated(db: Queryable, initiativeId: string, participantHash: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM contributions WHERE initiative_id = $1 AND participant_hash = $2 AND channel = 'web' LIMIT 1`, [
    initiativeId,
    participantHash,
  ]);
  return rows.length > 0;
}

/** How many web contributions this participant sent to this initiative (rejected ones too: a limit is not a second chance). */
export async function countParticipations(db: Queryable, initiativeId: string, participantHash: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM contributions WHERE initiative_id = $1 AND participant_hash = $2 AND channel = 'web'`,
    [initiativeId, participantHash],
  );
  return row!.count;
}

/** Contributions that count as responses: every channel, except those a moderator rejected. */
export async function countResponses(db: Queryable, initiativeId: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiativeId],
  );
  return Number(row?.count ?? 0);
}
