import { PageFeedbackResults } from '@participe/core/schemas';
import type { ResultsHook } from './index.js';

export const pageFeedbackResults: ResultsHook<PageFeedbackResults> = {
  schema: PageFeedbackResults,
  async compute(db, initiative) {
    // Counted in SQL: results never load every contribution into memory.
    const [row] = await db.query<{ yes: number; no: number }>(
      `SELECT count(*) FILTER (WHERE payload->>'answer' = 'yes')::int AS yes,
              count(*) FILTER (WHERE payload->>'answer' = 'no')::int AS no
       FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`,
      [initiative.id],
    );
    const yes = Number(row?.yes ?? 0);
    const no = Number(row?.no ?? 0);
    return { initiative: initiative.id, type: 'page-feedback', total: yes + no, answers: { yes, no } };
  },
};
