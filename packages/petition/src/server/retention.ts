import type { Queryable, RetentionCutoff, ServerInitiative } from '@participe/core/server';
import type { PetitionDefinition } from '../schema.js';
import { forgetSecret } from './secrets.js';
import { anonymiseSignatures } from './signatures.js';

/** The petition's retention: signatures lose who signed, keep their region and state (so counts stay). */
export async function anonymisePetition(tx: Queryable, initiative: ServerInitiative<PetitionDefinition>, cutoff: RetentionCutoff, now: Date): Promise<number> {
  const changed = await anonymiseSignatures(tx, initiative.id, cutoff, now);
  if ('all' in cutoff) forgetSecret(initiative.id);
  return changed;
}
