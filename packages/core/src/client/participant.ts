import { contributedKey, participantKey } from './participant-keys.js';
import { randomId } from './random-id.js';
import { type KeyValueStore, readStored, writeStored } from './storage.js';

export { contributedKey, participantKey };

/**
 * The anonymous participant id of this browser for one initiative. A fresh random id per
 * initiative means two initiatives' data can never be joined on it. The collector keeps only a
 * hash of it: this browser alone can show it, to read or delete its own contributions.
 */
export function participantId(store: KeyValueStore, collector: string, initiative: string): string {
  const key = participantKey(collector, initiative);
  const existing = readStored<string>(store, key);
  if (typeof existing === 'string') return existing;
  const id = randomId();
  writeStored(store, key, id);
  return id;
}

/** The participant id this browser holds for the initiative, without creating one. */
export function storedParticipant(store: KeyValueStore, collector: string, initiative: string): string | undefined {
  const existing = readStored<string>(store, participantKey(collector, initiative));
  return typeof existing === 'string' ? existing : undefined;
}

/** Remembers that the collector acknowledged a contribution of this browser to the initiative. */
export function markContributed(store: KeyValueStore, collector: string, initiative: string): void {
  writeStored(store, contributedKey(collector, initiative), true);
}

/** True when this browser holds a participant id for the initiative and has contributed with it. */
export function hasContributed(store: KeyValueStore, collector: string, initiative: string): boolean {
  return readStored(store, contributedKey(collector, initiative)) === true && storedParticipant(store, collector, initiative) !== undefined;
}

/** Forgets the participant id and the mark: the next contribution starts a new, unrelated participant. */
export function forgetParticipant(store: KeyValueStore, collector: string, initiative: string): void {
  store.removeItem(participantKey(collector, initiative));
  store.removeItem(contributedKey(collector, initiative));
}
