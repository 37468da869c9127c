import type { Queryable } from './db/database.js';
import { countResponses } from './store/participation.js';
import type { InitiativeRecord } from './store/initiatives.js';

/** Who may contribute how often, read from the initiative's own definition. */
export interface ParticipationLimits {
  /** One web contribution per anonymous participant; staff entries are never limited. */
  onePerParticipant: boolean;
  /** Web contributions stop once this many responses (not rejected, any channel) are stored. */
  responseCap: number | undefined;
}

/** Only surveys limit participation today; petitions and other types add theirs here. */
export function participationLimits(initiative: InitiativeRecord): ParticipationLimits {
  const { settings } = initiative;
  if (settings.type === 'survey') {
    return { onePerParticipant: settings.definition.onePerParticipant, responseCap: settings.definition.responseCap };
  }
  return { onePerParticipant: false, responseCap: undefined };
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
