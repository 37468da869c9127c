import type { ResultsQuery } from '@participe/core/server';
import type { pageFeedbackType } from '../manifest.js';

/** How many found what they were looking for; counted in SQL, rejected contributions left out. */
export const pageFeedbackResults: ResultsQuery<typeof pageFeedbackType> = async (db, initiative) => {
  const [row] = await db.query<{ yes: number; no: number }>(
    `SELECT count(*) FILTER (WHERE payload->>'answer' = 'yes')::int AS yes,
            count(*) FILTER (WHERE payload->>'answer' = 'no')::int AS no
     FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiative.id],
  );
  const yes = Number(row?.yes ?? 0);
  const no = Number(row?.no ?? 0);
  return { initiative: initiative.id, type: 'page-feedback', total: yes + no, answers: { yes, no } };
};
