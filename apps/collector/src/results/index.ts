import * as z from 'zod/mini';
import type { InitiativeType } from '@participe/core/schemas';
import type { Queryable } from '../db/database.js';
import type { InitiativeRecord } from '../store/initiatives.js';
import { pageFeedbackResults } from './page-feedback.js';
import { surveyResults } from './survey.js';

/** How one initiative type turns its contributions into public results. */
export interface ResultsHook<R = unknown> {
  schema: z.ZodMiniType<R>;
  compute(db: Queryable, initiative: InitiativeRecord): Promise<R>;
}

/** One hook per type that publishes results; a type without one answers 404 for its results. */
export const resultsHooks: Partial<Record<InitiativeType, ResultsHook>> = {
  'page-feedback': pageFeedbackResults as ResultsHook,
  survey: surveyResults as ResultsHook,
};

const schemas = Object.values(resultsHooks).map((hook) => hook.schema);
export const PublicResults = z.union(schemas as [z.ZodMiniType, ...z.ZodMiniType[]]);

export async function computeResults(db: Queryable, initiative: InitiativeRecord): Promise<unknown> {
  const hook = resultsHooks[initiative.type];
  return hook ? hook.compute(db, initiative) : undefined;
}
