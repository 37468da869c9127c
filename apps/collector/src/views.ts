import * as z from 'zod/mini';
import { availability, typeSchemas, type StaffInitiative } from '@participe/core/schemas';
import type { InitiativeRecord, InitiativeWithCount } from './store/initiatives.js';

const served = Object.values(typeSchemas).map((schemas) => schemas.initiative);
/** Any type's initiative as citizens' widgets read it (`typeSchemas[type].initiative`). */
export const PublicInitiative = z.union(served as [z.ZodMiniType, ...z.ZodMiniType[]]);

/** What the public API shows of an initiative: its settings, owner, status and publication. */
export function publicView(initiative: InitiativeRecord): Record<string, unknown> {
  return {
    ...initiative.settings,
    organisation: initiative.organisation,
    status: initiative.status,
    resultsPublished: initiative.resultsPublished,
  };
}

export function staffView(initiative: InitiativeWithCount, now = new Date()): StaffInitiative {
  return {
    settings: initiative.settings,
    organisation: initiative.organisation,
    status: initiative.status,
    availability: availability({ status: initiative.status, opensAt: initiative.settings.opensAt, closesAt: initiative.settings.closesAt }, now),
    resultsPublished: initiative.resultsPublished,
    contributionCount: initiative.contributionCount,
    createdAt: initiative.createdAt,
    updatedAt: initiative.updatedAt,
  };
}
