import * as z from 'zod/mini';
import { Slug } from '@participe/core/schemas';
import type { ResultsHook } from './index.js';

/** Published results of a page-feedback initiative: how many found what they were looking for. */
export const PageFeedbackResults = z.strictObject({
  initiative: Slug,
  type: z.literal('page-feedback'),
  /** Contributions counted: every one except those a moderator rejected. */
  total: z.int().check(z.minimum(0)),
  answers: z.strictObject({ yes: z.int().check(z.minimum(0)), no: z.int().check(z.minimum(0)) }),
});
export type PageFeedbackResults = z.infer<typeof PageFeedbackResults>;

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
