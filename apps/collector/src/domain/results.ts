import type { Queryable } from '../storage/database.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf, serverInitiative } from '../slices/registry.js';

export { PublicResults } from '../slices/registry.js';

/** The initiative's results, computed by its type in SQL; undefined for a type that publishes none. */
export async function computeResults(db: Queryable, initiative: InitiativeRecord): Promise<unknown> {
  const results = facetOf(initiative.type)?.results;
  return results ? results(db, serverInitiative(initiative)) : undefined;
}
