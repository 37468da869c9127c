import type { Queryable } from './database.js';

/** The NOTIFY channel that tells every collector process a live event was committed. */
export const EVENTS_CHANNEL = 'participe_events';

/** `initiative` and `results` are the collector's; types add their own kinds (`idea`, `question`…). */
export type LiveEventType = string;

export interface LiveEvent {
  id: string;
  type: LiveEventType;
  data: unknown;
}

/**
 * Records a live event in the caller's transaction. NOTIFY is transactional too: listeners hear
 * of it only once the transaction commits, and never if it rolls back.
 */
export async function recordEvent(tx: Queryable, initiativeId: string, type: LiveEventType, data: unknown): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    'INSERT INTO events (initiative_id, type, data) VALUES ($1, $2, $3::jsonb) RETURNING id::text AS id',
    [initiativeId, type, JSON.stringify(data)],
  );
  const id = row!.id;
  await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, `${id}:${initiativeId}`]);
  return id;
}

/** Events of one initiative after `afterId`, oldest first: what a reconnecting viewer missed. */
export async function eventsAfter(db: Queryable, initiativeId: string, afterId: string, limit = 1000): Promise<LiveEvent[]> {
  return db.query<LiveEvent & Record<string, unknown>>(
    `SELECT id::text AS id, type, data FROM events WHERE initiative_id = $1 AND events.id > $2::bigint ORDER BY events.id LIMIT $3`,
    [initiativeId, afterId, limit],
  );
}
