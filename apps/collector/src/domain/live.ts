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
  /** Loads run one after another, so viewers receive events in the order they were notified. */
  private deliveries: Promise<void> = Promise.resolve();

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
      this.deliveries = this.deliveries.then(() => this.deliver(payload)).catch((error: unknown) => {
        this.log.warn({ err: error }, 'could not deliver a live event');
      });
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
    await this.deliveries;
    this.viewers.removeAllListeners();
  }

  private async deliver(payload: string): Promise<void> {
    const separator = payload.indexOf(':');
    const id = payload.slice(0, separator);
    const initiativeId = payload.slice(separator + 1);
    if (separator < 1) return;
    this.onEvent(initiativeId);
    if (this.viewers.listenerCount(initiativeId) === 0) return;
    const [event] = await this.db.query<LiveEvent & Record<string, unknown>>('SELECT id::text AS id, type, data FROM events WHERE id = $1::bigint', [id]);
    if (event) this.viewers.emit(initiativeId, event);
  }
}
