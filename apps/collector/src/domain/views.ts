import { availability, type StaffInitiative } from '@participe/core/schemas';
import type { Queryable } from '../storage/database.js';
import { capReached, isFull } from './participation.js';
import type { InitiativeRecord, InitiativeWithCount } from '../storage/initiatives.js';

export { PublicInitiative } from '../slices/registry.js';

/**
 * What the public API shows of an initiative: its settings, owner, status and publication. An open
 * initiative that reached its response cap shows as closed, so that widgets say it is.
 */
export function publicView(initiative: InitiativeRecord, full = false): Record<string, unknown> {
  return {
    ...initiative.settings,
    organisation: initiative.organisation,
    status: full && initiative.status === 'open' ? 'closed' : initiative.status,
    resultsPublished: initiative.resultsPublished,
  };
}

/** `publicView` with the response cap checked now. */
export async function currentPublicView(db: Queryable, initiative: InitiativeRecord): Promise<Record<string, unknown>> {
  return publicView(initiative, await isFull(db, initiative));
}

export function staffView(initiative: InitiativeWithCount, now = new Date()): StaffInitiative {
  const state = availability({ status: initiative.status, opensAt: initiative.settings.opensAt, closesAt: initiative.settings.closesAt }, now);
  return {
    settings: initiative.settings,
    organisation: initiative.organisation,
    status: initiative.status,
    availability: state === 'open' && capReached(initiative, initiative.responseCount) ? 'closed' : state,
    resultsPublished: initiative.resultsPublished,
    contributionCount: initiative.contributionCount,
    createdAt: initiative.createdAt,
    updatedAt: initiative.updatedAt,
  };
}
