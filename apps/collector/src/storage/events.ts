import { beforeCommit } from './commit-hooks.js';
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

interface PendingEvent {
  initiativeId: string;
  type: LiveEventType;
  data: unknown;
}

/** Events a running transaction recorded, written just before it commits. */
const pending = new WeakMap<Queryable, PendingEvent[]>();

/**
 * Records a live event in the caller's transaction. NOTIFY is transactional too: listeners hear
 * of it only once the transaction commits, and never if it rolls back.
 *
 * Ids follow commit order within an initiative, so a viewer resuming after the last id it saw
 * misses nothing: the rows are written last in the transaction (`beforeCommit`), under a lock per
 * initiative held until commit. Two transactions changing one initiative at once therefore take
 * their ids one after the other, the first to commit first; a sequence alone would hand out ids
 * in the order transactions asked, not the order they committed. Taken last, these locks never
 * wait on anything the transaction still needs, and they are taken in a fixed order: no deadlock.
 */
export async function recordEvent(tx: Queryable, initiativeId: string, type: LiveEventType, data: unknown): Promise<void> {
  const event = { initiativeId, type, data };
  const queued = pending.get(tx);
  if (queued) {
    queued.push(event);
    return;
  }
  const events = [event];
  if (beforeCommit(tx, () => writeEvents(tx, events))) pending.set(tx, events);
  // Not a transaction of ours (a lone statement): nothing runs after it, write now.
  else await writeEvents(tx, events);
}

async function writeEvents(tx: Queryable, events: readonly PendingEvent[]): Promise<void> {
  pending.delete(tx);
  for (const initiativeId of [...new Set(events.map((event) => event.initiativeId))].sort()) {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`events:${initiativeId}`]);
  }
  for (const { initiativeId, type, data } of events) {
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO events (initiative_id, type, data) VALUES ($1, $2, $3::jsonb) RETURNING id::text AS id',
      [initiativeId, type, JSON.stringify(data)],
    );
    await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, `${row!.id}:${initiativeId}`]);
  }
}

const frames = new WeakMap<LiveEvent, string>();

/** The event as a server-sent-events frame, serialised once however many viewers receive it. */
export function sseFrame(event: LiveEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
    frames.set(event, frame);
  }
  return frame;
}

/** Events of one initiative after `afterId`, oldest first: what a reconnecting viewer missed. */
export async function eventsAfter(db: Queryable, initiativeId: string, afterId: string, limit = 1000): Promise<LiveEvent[]> {
  return db.query<LiveEvent & Record<string, unknown>>(
    `SELECT id::text AS id, type, data FROM events WHERE initiative_id = $1 AND events.id > $2::bigint ORDER BY events.id LIMIT $3`,
    [initiativeId, afterId, limit],
  );
}

/**
 * The id of the initiative's latest committed event ('0' for none). Every event of the
 * initiative up to it is committed too (ids follow commit order), so what a query run after this
 * one reads already holds their effects: a list read after it, then a stream opened with it as
 * `lastEventId`, miss nothing (events after it may repeat what the list shows; they carry states, not deltas).
 */
export async function lastEventId(db: Queryable, initiativeId: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM events WHERE initiative_id = $1', [initiativeId]);
  return row!.id;
}
