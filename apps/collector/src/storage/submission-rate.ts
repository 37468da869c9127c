import type { Queryable } from './database.js';

export type Slot = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one of this minute's places for a web contribution to the initiative, atomically in the
 * database (every process counts in the same row), or says how long until the next minute.
 */
export async function takeSubmissionSlot(db: Queryable, initiativeId: string, perMinute: number): Promise<Slot> {
  const [taken] = await db.query<{ count: number }>(
    `INSERT INTO submission_windows (initiative_id, window_start, count) VALUES ($1, date_trunc('minute', now()), 1)
     ON CONFLICT (initiative_id, window_start) DO UPDATE SET count = submission_windows.count + 1 WHERE submission_windows.count < $2
     RETURNING count`,
    [initiativeId, perMinute],
  );
  if (taken) {
    // The first of a minute clears the old windows of this initiative: the table stays a few rows per initiative.
    if (Number(taken.count) === 1) await db.query(`DELETE FROM submission_windows WHERE initiative_id = $1 AND window_start < date_trunc('minute', now())`, [initiativeId]);
    return { allowed: true };
  }
  const [row] = await db.query<{ seconds: number }>(`SELECT greatest(1, ceil(60 - extract(second FROM now())))::int AS seconds`);
  return { allowed: false, retryAfterSeconds: Number(row?.seconds ?? 60) };
}
