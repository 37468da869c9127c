import type { ContributionEnvelope } from '../schemas/contribution.js';
import { type KeyValueStore, readStored, writeStored } from './storage.js';

/** A submission not yet acknowledged by the collector. */
export interface OutboxEntry {
  /** The envelope's idempotency key. */
  key: string;
  /** Where it is posted. */
  url: string;
  envelope: ContributionEnvelope;
  queuedAt: number;
}

const STORAGE_KEY = 'participe:outbox';

/**
 * Unacknowledged submissions, kept in the browser so that a reload, a crash or a lost network
 * never loses them. Entries leave only when the collector acknowledged or refused them for good.
 * The store is re-read on every call: another tab may have added or delivered entries.
 */
export class Outbox {
  /** Entries the store refused (full quota): kept for the life of the page at least. */
  private readonly unsaved = new Map<string, OutboxEntry>();

  constructor(private readonly store: KeyValueStore) {}

  list(): OutboxEntry[] {
    const saved = readStored<OutboxEntry[]>(this.store, STORAGE_KEY);
    const entries = Array.isArray(saved) ? saved.filter(isEntry) : [];
    for (const entry of this.unsaved.values()) if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
    return entries;
  }

  put(entry: OutboxEntry): void {
    const entries = this.list().filter((e) => e.key !== entry.key);
    entries.push(entry);
    this.save(entries, entry);
  }

  remove(key: string): void {
    this.unsaved.delete(key);
    this.save(this.list().filter((e) => e.key !== key));
  }

  private save(entries: OutboxEntry[], added?: OutboxEntry): void {
    const persisted = entries.filter((e) => !this.unsaved.has(e.key));
    if (!writeStored(this.store, STORAGE_KEY, persisted) && added) this.unsaved.set(added.key, added);
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return typeof entry?.key === 'string' && typeof entry.url === 'string' && typeof entry.envelope === 'object' && entry.envelope !== null;
}
