/** How many live streams may be open at once, per client address and in all, and for how long each. */
export interface StreamLimitSettings {
  perAddress: number;
  total: number;
  /** A stream then ends; the browser reconnects on its own with Last-Event-ID and misses nothing. */
  lifetimeMs: number;
}

export const defaultStreamLimits: StreamLimitSettings = { perAddress: 20, total: 5_000, lifetimeMs: 30 * 60_000 };

/** Counts open streams per (hashed) address and in all; a stream that would pass a cap is refused. */
export class StreamLimits {
  private readonly open = new Map<string, number>();
  private count = 0;

  constructor(readonly settings: StreamLimitSettings) {}

  /** A release function when the stream may open (call it once, when it ends), undefined when a cap is reached. */
  enter(key: string): (() => void) | undefined {
    const mine = this.open.get(key) ?? 0;
    if (mine >= this.settings.perAddress || this.count >= this.settings.total) return undefined;
    this.open.set(key, mine + 1);
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}
