// When an initiative takes contributions and how long it keeps personal data: pure functions,
// shared by widgets (what to show) and the collector (what to accept, what to anonymise).
import type { InitiativeStatus } from './initiative.js';

/** Where an initiative stands for a citizen right now, from its status and dates. */
export type Availability = 'upcoming' | 'open' | 'closed';

interface Timed {
  status: InitiativeStatus;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
}

export function availability(initiative: Timed, now: Date = new Date()): Availability {
  if (initiative.status === 'closed') return 'closed';
  if (initiative.closesAt && now.getTime() >= Date.parse(initiative.closesAt)) return 'closed';
  if (initiative.status === 'draft') return 'upcoming';
  if (initiative.opensAt && now.getTime() < Date.parse(initiative.opensAt)) return 'upcoming';
  return 'open';
}

const DAY_MS = 86_400_000;

/**
 * When the personal data an initiative collected must be anonymised or destroyed: `retentionDays`
 * after it closes. Undefined while it has no closing date (each contribution then counts from its
 * own receipt).
 */
export function retentionEndsAt(initiative: { closesAt?: string | null | undefined; retentionDays: number }): Date | undefined {
  return initiative.closesAt ? new Date(Date.parse(initiative.closesAt) + initiative.retentionDays * DAY_MS) : undefined;
}
