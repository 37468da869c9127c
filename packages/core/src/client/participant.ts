import { randomId } from './random-id.js';
import { type KeyValueStore, readStored, writeStored } from './storage.js';

/**
 * The anonymous participant id of this browser for one initiative. A fresh random id per
 * initiative means two initiatives' data can never be joined on it.
 */
export function participantId(store: KeyValueStore, collector: string, initiative: string): string {
  const key = `participe:participant:${collector}:${initiative}`;
  const existing = readStored<string>(store, key);
  if (typeof existing === 'string') return existing;
  const id = randomId();
  writeStored(store, key, id);
  return id;
}
