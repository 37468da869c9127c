import type { Acknowledgement, ContributionEnvelope } from '../schemas/contribution.js';
import { backoffDelay, retryAfterMs, waitOrOnline } from './backoff.js';
import { CollectorError } from './collector-error.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { markContributed } from './participant.js';
import { collectorBase, initiativeUrl, readJson } from './read.js';
import { browserStore, type KeyValueStore } from './storage.js';

/** Told to whoever waits on a submission each time a try failed and another is planned. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: CollectorError;
}
export type RetryListener = (notice: RetryNotice) => void;

export interface CollectorClientOptions {
  fetch?: typeof fetch;
  store?: KeyValueStore;
  random?: () => number;
}

/**
 * Talks to one collector. Reads are retried a few times; submissions are kept in a persistent
 * outbox and retried with backoff until the collector acknowledges them, across reloads.
 * No request carries cookies.
 */
export class CollectorClient {
  readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private readonly store: KeyValueStore;
  private readonly outbox: Outbox;
  /** Keys withdrawn while their delivery was waiting to try again: it stops instead. */
  private readonly withdrawn = new Set<string>();
  private readonly random: () => number;
  private readonly deliveries = new Map<string, Promise<Acknowledgement>>();
  private readonly listeners = new Map<string, Set<RetryListener>>();

  constructor(baseUrl: string, options: CollectorClientOptions = {}) {
    this.baseUrl = collectorBase(baseUrl);
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.store = options.store ?? browserStore();
    this.outbox = new Outbox(this.store);
    this.random = options.random ?? Math.random;
  }

  url(path: string): string {
    return new URL(path.replace(/^\//, ''), this.baseUrl).href;
  }

  /**
   * Reads a public resource as JSON. Callers check its shape with their schema: the client itself
   * stays free of the schema library, which widgets load only when they need it.
   */
  get(path: string): Promise<unknown> {
    return readJson(this.url(path), { fetch: this.fetch, random: this.random });
  }

  getInitiative(id: string): Promise<unknown> {
    return readJson(initiativeUrl(this.baseUrl, id), { fetch: this.fetch, random: this.random });
  }

  getResults(id: string): Promise<unknown> {
    return readJson(initiativeUrl(this.baseUrl, id, 'results'), { fetch: this.fetch, random: this.random });
  }

  /**
   * Queues the contribution in the outbox, then delivers it. Resolves with the collector's
   * acknowledgement; rejects only when the collector refused it for good (a 4xx), in which
   * case it leaves the outbox and the widget shows why.
   */
  submit(envelope: ContributionEnvelope, onRetry?: RetryListener): Promise<Acknowledgement> {
    const entry: OutboxEntry = {
      key: envelope.idempotencyKey,
      url: initiativeUrl(this.baseUrl, envelope.initiative, 'contributions'),
      envelope,
      queuedAt: Date.now(),
    };
    this.outbox.put(entry);
    return this.deliver(entry, onRetry);
  }

  /** Deliveries still owed (e.g. queued before a reload) that match `filter`, already under way. */
  pending(filter: (envelope: ContributionEnvelope) => boolean, onRetry?: RetryListener): Promise<Acknowledgement>[] {
    return this.ownEntries()
      .filter((entry) => filter(entry.envelope))
      .map((entry) => this.deliver(entry, onRetry));
  }

  /** Starts delivering every queued submission for this collector (at start and when back online). */
  flush(): Promise<PromiseSettledResult<Acknowledgement>[]> {
    return Promise.allSettled(this.ownEntries().map((entry) => this.deliver(entry)));
  }

  /**
   * Takes submissions not yet delivered out of the outbox (the citizen deleted their answers):
   * a delivery waiting to try again stops. Returns how many were withdrawn.
   */
  withdraw(filter: (envelope: ContributionEnvelope) => boolean): number {
    const entries = this.ownEntries().filter((entry) => filter(entry.envelope));
    for (const entry of entries) {
      if (this.deliveries.has(entry.key)) this.withdrawn.add(entry.key);
      this.outbox.remove(entry.key);
    }
    return entries.length;
  }

  /** Address of an initiative's server-sent events stream (see `subscribe`). */
  eventsUrl(initiative: string): string {
    return initiativeUrl(this.baseUrl, initiative, 'events');
  }

  private ownEntries(): OutboxEntry[] {
    return this.outbox.list().filter((entry) => entry.url.startsWith(this.baseUrl));
  }

  private deliver(entry: OutboxEntry, onRetry?: RetryListener): Promise<Acknowledgement> {
    if (onRetry) {
      const set = this.listeners.get(entry.key) ?? new Set();
      set.add(onRetry);
      this.listeners.set(entry.key, set);
    }
    let delivery = this.deliveries.get(entry.key);
    if (!delivery) {
      delivery = this.deliverUntilAcknowledged(entry).finally(() => {
        this.deliveries.delete(entry.key);
        this.listeners.delete(entry.key);
      });
      this.deliveries.set(entry.key, delivery);
    }
    return delivery;
  }

  private async deliverUntilAcknowledged(entry: OutboxEntry): Promise<Acknowledgement> {
    const body = JSON.stringify(entry.envelope);
    for (let attempt = 0; ; attempt++) {
      let error: CollectorError;
      let serverDelay: number | undefined;
      try {
        const response = await this.fetch(entry.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          credentials: 'omit',
          mode: 'cors',
          // Lets the request finish if the citizen leaves the page right after submitting.
          keepalive: body.length < 60_000,
        });
        if (response.ok) {
          const ack = (await response.json().catch(() => undefined)) as Partial<Acknowledgement> | undefined;
          if (typeof ack?.id === 'string' && typeof ack.receivedAt === 'string') {
            this.outbox.remove(entry.key);
            // What lets the widget offer this browser its own contributions (download, delete).
            markContributed(this.store, this.baseUrl, entry.envelope.initiative);
            return { id: ack.id, receivedAt: ack.receivedAt };
          }
          error = new CollectorError('The collector answered without an acknowledgement.', response.status, 'invalid_response');
        } else {
          error = await CollectorError.fromResponse(response);
          serverDelay = retryAfterMs(response.headers.get('retry-after'));
        }
      } catch (cause) {
        error = CollectorError.network(cause);
      }
      if (!error.retryable) {
        this.outbox.remove(entry.key);
        throw error;
      }
      const delayMs = serverDelay ?? backoffDelay(attempt, { random: this.random });
      for (const listener of this.listeners.get(entry.key) ?? []) listener({ attempt, delayMs, error });
      await waitOrOnline(delayMs);
      if (this.withdrawn.delete(entry.key)) throw new CollectorError('The contribution was withdrawn before it was delivered.', 0, 'withdrawn');
    }
  }
}

const clients = new Map<string, CollectorClient>();

/**
 * The page's one client for a collector, shared by every widget that talks to it, so that one
 * outbox delivery runs at a time and going back online flushes it once.
 */
export function collectorClient(baseUrl: string): CollectorClient {
  const key = collectorBase(baseUrl);
  let client = clients.get(key);
  if (!client) {
    client = new CollectorClient(key);
    clients.set(key, client);
    const created = client;
    globalThis.addEventListener?.('online', () => void created.flush());
  }
  return client;
}
