import type { ResultsQuery } from '@participe/core/server';
import type { qaType } from '../manifest.js';

/** How many messages came in: counted in SQL, rejected contributions left out. */
export const qaResults: ResultsQuery<typeof qaType> = async (db, initiative) => {
  const [row] = await db.query<{ messages: number }>(
    `SELECT count(*)::int AS messages FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiative.id],
  );
  return { initiative: initiative.id, type: 'qa', messages: Number(row?.messages ?? 0) };
};
