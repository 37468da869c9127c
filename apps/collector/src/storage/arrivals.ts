import type { ParticipantArrivals } from '@participe/core/schemas';
import type { Queryable } from './database.js';

const WINDOW_MINUTES = 10;
/** A burst: at least this many new participants in the window… */
const BURST_MINIMUM = 20;
/** …and this many times the usual number for as long. */
const BURST_FACTOR = 5;

/**
 * New web participants (distinct pseudonyms) of the last ten minutes, against the average for ten
 * minutes over the day before. Fresh made-up ids are each a new participant: a loop shows up here.
 */
export async function participantArrivals(db: Queryable, initiativeId: string): Promise<ParticipantArrivals> {
  const [row] = await db.query<{ recent: number; usual: number }>(
    `SELECT
       count(DISTINCT participant_hash) FILTER (WHERE received_at >= now() - make_interval(mins => $2))::int AS recent,
       (count(DISTINCT participant_hash) FILTER (WHERE received_at < now() - make_interval(mins => $2)))::float8 / (24 * 60 / $2) AS usual
     FROM contributions
     WHERE initiative_id = $1 AND channel = 'web' AND received_at >= now() - interval '1 day' - make_interval(mins => $2)`,
    [initiativeId, WINDOW_MINUTES],
  );
  const recent = Number(row?.recent ?? 0);
  const usual = Math.round(Number(row?.usual ?? 0) * 10) / 10;
  return { windowMinutes: WINDOW_MINUTES, recentParticipants: recent, usualParticipants: usual, burst: recent >= Math.max(BURST_MINIMUM, BURST_FACTOR * usual) };
}
