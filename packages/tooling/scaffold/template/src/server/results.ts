import type { ResultsQuery } from '@participe/core/server';
import type { __camel__Type } from '../manifest.js';

/** How many messages came in: counted in SQL, rejected contributions left out. */
export const __camel__Results: ResultsQuery<typeof __camel__Type> = async (db, initiative) => {
  const [row] = await db.query<{ messages: number }>(
    `SELECT count(*)::int AS messages FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiative.id],
  );
  return { initiative: initiative.id, type: '__name__', messages: Number(row?.messages ?? 0) };
};
