/** The part of the Web Storage API we use; injectable so tests and locked-down pages still work. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

let fallback: KeyValueStore | undefined;

/**
 * `localStorage` when the page may use it; otherwise (sandboxed frame, storage disabled, full quota)
 * an in-memory store, so the widget keeps working for the life of the page.
 */
export function browserStore(): KeyValueStore {
  try {
    const store = globalThis.localStorage;
    const probe = '__participe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
    return store;
  } catch {
    return (fallback ??= new MemoryStore());
  }
}

export const memoryStore = (): KeyValueStore => new MemoryStore();

/** Reads a JSON value, treating a missing or corrupted entry as absent. */
export function readStored<T>(store: KeyValueStore, key: string): T | undefined {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Writes a JSON value; returns false when the store refused it (quota), so callers can keep it in memory. */
export function writeStored(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
