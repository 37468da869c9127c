import type { ResultsQuery } from '@participe/core/server';
import type { qaType } from '../manifest.js';

/** Questions received (not dismissed), shown, answered, and upvotes: counted in SQL. */
export const qaResults: ResultsQuery<typeof qaType> = async (db, initiative) => {
  const [row] = await db.query<{ questions: number; published: number; answered: number; votes: number }>(
    `SELECT count(*) FILTER (WHERE c.moderation_state <> 'rejected')::int AS questions,
       count(*) FILTER (WHERE c.moderation_state = 'approved')::int AS published,
       count(*) FILTER (WHERE r.status = 'answered')::int AS answered,
       (SELECT count(*)::int FROM qa_votes v WHERE v.initiative_id = $1) AS votes
     FROM contributions c LEFT JOIN contribution_responses r ON r.contribution_id = c.id
     WHERE c.initiative_id = $1`,
    [initiative.id],
  );
  return { initiative: initiative.id, type: 'qa', questions: Number(row?.questions ?? 0), published: Number(row?.published ?? 0), answered: Number(row?.answered ?? 0), votes: Number(row?.votes ?? 0) };
};
