import type { ResultsQuery } from '@participe/core/server';
import type { testimonialsType } from '../manifest.js';

/** How many messages came in: counted in SQL, rejected contributions left out. */
export const testimonialsResults: ResultsQuery<typeof testimonialsType> = async (db, initiative) => {
  const [row] = await db.query<{ messages: number }>(
    `SELECT count(*)::int AS messages FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiative.id],
  );
  return { initiative: initiative.id, type: 'testimonials', messages: Number(row?.messages ?? 0) };
};
