import type { ResultsQuery } from '@participe/core/server';
import type { petitionType } from '../manifest.js';
import { countSignatures } from './counts.js';

/** Confirmed signatures (web, and paper or phone ones staff keyed in) against the threshold: counted in SQL. */
export const petitionResults: ResultsQuery<typeof petitionType> = async (db, initiative) => ({
  initiative: initiative.id,
  type: 'petition',
  signatures: await countSignatures(db, initiative.id),
  threshold: initiative.definition.threshold,
});
