import type { Queryable } from '../db/database.js';
import type { InitiativeRecord } from '../store/initiatives.js';
import { facetOf, serverInitiative } from '../type-registry.js';

export { PublicResults } from '../type-registry.js';

/** The initiative's results, computed by its type in SQL; undefined for a type that publishes none. */
export async function computeResults(db: Queryable, initiative: InitiativeRecord): Promise<unknown> {
  const results = facetOf(initiative.type)?.results;
  return results ? results(db, serverInitiative(initiative)) : undefined;
}
