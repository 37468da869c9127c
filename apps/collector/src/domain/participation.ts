import { noLimits, type ParticipationLimits } from '@participe/core/manifest';
import type { Queryable } from '../storage/database.js';
import { countResponses } from '../storage/participation.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf } from '../slices/registry.js';

/** Who may contribute how often: the type's rule, read from the initiative's own definition. */
export function participationLimits(initiative: InitiativeRecord): ParticipationLimits {
  return facetOf(initiative.type)?.manifest.limits(initiative.settings.definition) ?? noLimits();
}

/** True when `responses` fill the initiative's response cap (never for an uncapped one). */
export const capReached = (initiative: InitiativeRecord, responses: number): boolean => {
  const cap = participationLimits(initiative).responseCap;
  return cap !== undefined && responses >= cap;
};

/** True when a capped initiative holds its maximum number of responses (no query when uncapped). */
export async function isFull(db: Queryable, initiative: InitiativeRecord): Promise<boolean> {
  if (participationLimits(initiative).responseCap === undefined) return false;
  return capReached(initiative, await countResponses(db, initiative.id));
}
