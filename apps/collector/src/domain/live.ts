import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../storage/database.js';
import { EVENTS_CHANNEL, type LiveEvent } from '../storage/events.js';

/**
 * Fans committed live events out to this process's viewers. Every process hears every event
 * through LISTEN/NOTIFY (PostgreSQL across processes; PGlite within its one process), then loads
 * it only if someone here watches that initiative.
 */
export class LiveHub {
  private readonly viewers = new EventEmitter();
  private stopListening: (() => Promise<void>) | undefined;
  /** Notified events not yet delivered, in the order they were notified (commit order). */
  private queue: Array<{ id: string; initiativeId: string }> = [];
  /** Loads run one after another, so viewers receive events in the order they were notified. */
  private draining: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    /** Hears of every committed event, watched or not (the initiative cache forgets what changed). */
    private readonly onEvent: (initiativeId: string) => void = () => undefined,
  ) {
    this.viewers.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, (payload) => {
      const separator = payload.indexOf(':');
      if (separator < 1) return;
      const initiativeId = payload.slice(separator + 1);
      this.onEvent(initiativeId);
      this.queue.push({ id: payload.slice(0, separator), initiativeId });
      this.kick();
    });
  }

  subscribe(initiativeId: string, listener: (event: LiveEvent) => void): () => void {
    this.viewers.on(initiativeId, listener);
    return () => this.viewers.off(initiativeId, listener);
  }

  viewerCount(initiativeId: string): number {
    return this.viewers.listenerCount(initiativeId);
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
    await this.draining;
    this.viewers.removeAllListeners();
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.queue.length) this.kick();
    });
  }

  /**
   * Delivers what was notified, a batch at a time: one query loads every watched event of a burst
   * (a merge, a busy moment of a live event) instead of one query each; unwatched ones are skipped.
   */
  private async drain(): Promise<void> {
    while (this.queue.length) {
      const watched = this.queue.splice(0, 500).filter((event) => this.viewers.listenerCount(event.initiativeId) > 0);
      if (!watched.length) continue;
      try {
        const rows = await this.db.query<LiveEvent & Record<string, unknown>>('SELECT id::text AS id, type, data FROM events WHERE id = ANY($1::bigint[])', [watched.map((event) => event.id)]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        for (const { id, initiativeId } of watched) {
          const event = byId.get(id);
          if (event) this.viewers.emit(initiativeId, event);
        }
      } catch (error) {
        this.log.warn({ err: error }, 'could not deliver live events');
      }
    }
  }
}
