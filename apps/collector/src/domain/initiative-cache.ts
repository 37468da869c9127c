import type { Database } from '../storage/database.js';
import { findInitiative, type InitiativeRecord } from '../storage/initiatives.js';

/** How long a looked-up initiative is trusted without news of a change (other processes' changes arrive by NOTIFY, within milliseconds). */
const TTL_MS = 1000;
/** Far more initiatives than a collector serves at once; a bound against a flood of made-up ids. */
const MAX_ENTRIES = 5000;

/**
 * The initiatives public requests name, looked up once a second rather than once per request: every
 * widget request starts with one, and on the embedded database that lookup cost more than the rest
 * of the request. Any live event of an initiative (its status, settings or results changed, on this
 * process or another) forgets it at once (`forget`, called by the live hub).
 */
export class InitiativeCache {
  private readonly entries = new Map<string, { at: number; value: Promise<InitiativeRecord | undefined> }>();

  constructor(private readonly db: Database) {}

  get(id: string): Promise<InitiativeRecord | undefined> {
    const now = performance.now();
    const cached = this.entries.get(id);
    if (cached && now - cached.at < TTL_MS) return cached.value;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const value = findInitiative(this.db, id);
    this.entries.set(id, { at: now, value });
    value.catch(() => this.entries.delete(id));
    return value;
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
