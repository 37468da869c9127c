import { type KeyValueStore, readStored, writeStored } from '../client/storage.js';

/**
 * What a citizen typed, kept in the browser until it is acknowledged, so a reload or a crash
 * never loses it. Stored per widget and initiative; nothing leaves the device.
 */
export class Draft<T> {
  constructor(
    private readonly store: KeyValueStore,
    readonly key: string,
  ) {}

  load(): T | undefined {
    return readStored<T>(this.store, this.key);
  }

  save(value: T): void {
    writeStored(this.store, this.key, value);
  }

  clear(): void {
    this.store.removeItem(this.key);
  }
}
