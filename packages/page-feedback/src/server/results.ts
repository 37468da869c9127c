import type { ResultsQuery } from '@participe/core/server';
import type { pageFeedbackType } from '../manifest.js';

/** How many found what they were looking for, and why not; counted in SQL, rejected contributions left out. */
export const pageFeedbackResults: ResultsQuery<typeof pageFeedbackType> = async (db, initiative) => {
  const [row] = await db.query<{ yes: number; no: number }>(
    `SELECT count(*) FILTER (WHERE payload->>'answer' = 'yes')::int AS yes,
            count(*) FILTER (WHERE payload->>'answer' = 'no')::int AS no
     FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
    [initiative.id],
  );
  const yes = Number(row?.yes ?? 0);
  const no = Number(row?.no ?? 0);
  const perReason = await db.query<{ reason: string; count: number }>(
    `SELECT payload->>'reason' AS reason, count(*)::int AS count
     FROM contributions
     WHERE initiative_id = $1 AND moderation_state <> 'rejected' AND payload->>'answer' = 'no' AND payload->>'reason' IS NOT NULL
     GROUP BY payload->>'reason'`,
    [initiative.id],
  );
  const counts = new Map(perReason.map((row) => [row.reason, Number(row.count)]));
  // The definition's reasons, in its order (none in a definition stored before reasons existed);
  // a reason staff removed since is no longer counted.
  const reasons = (initiative.definition.reasons ?? []).map(({ id }) => ({ id, count: counts.get(id) ?? 0 }));
  return { initiative: initiative.id, type: 'page-feedback', total: yes + no, answers: { yes, no }, reasons };
};
