import * as z from 'zod/mini';
import { Acknowledgement, type ContributionEnvelope } from '../schemas/contribution.js';
import { toIssues } from '../schemas/issues.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { CollectorError } from './collector-error.js';
import { type LiveHandlers, type LiveOptions, subscribe } from './live.js';
import { Outbox, type OutboxEntry } from './outbox.js';
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
  EventSource?: typeof EventSource;
}

const GET_ATTEMPTS = 3;

/**
 * Talks to one collector. Reads are retried a few times; submissions are kept in a persistent
 * outbox and retried with backoff until the collector acknowledges them, across reloads.
 * No request carries cookies.
 */
export class CollectorClient {
  readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private readonly outbox: Outbox;
  private readonly random: () => number;
  private readonly EventSourceImpl: typeof EventSource | undefined;
  private readonly deliveries = new Map<string, Promise<Acknowledgement>>();
  private readonly listeners = new Map<string, Set<RetryListener>>();

  constructor(baseUrl: string, options: CollectorClientOptions = {}) {
    this.baseUrl = normalizeBase(baseUrl);
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.outbox = new Outbox(options.store ?? browserStore());
    this.random = options.random ?? Math.random;
    this.EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  }

  url(path: string): string {
    return new URL(path.replace(/^\//, ''), this.baseUrl).href;
  }

  /** Reads a public resource and checks it against the caller's schema. */
  async get<T>(path: string, schema: z.ZodMiniType<T>): Promise<T> {
    const body = await this.getJson(path);
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      throw new CollectorError('The collector sent data this widget cannot read.', 200, 'invalid_response', toIssues(parsed.error.issues));
    }
    return parsed.data;
  }

  getInitiative<T>(id: string, schema: z.ZodMiniType<T>): Promise<T> {
    return this.get(`v1/initiatives/${encodeURIComponent(id)}`, schema);
  }

  getResults<T>(id: string, schema: z.ZodMiniType<T>): Promise<T> {
    return this.get(`v1/initiatives/${encodeURIComponent(id)}/results`, schema);
  }

  /**
   * Queues the contribution in the outbox, then delivers it. Resolves with the collector's
   * acknowledgement; rejects only when the collector refused it for good (a 4xx), in which
   * case it leaves the outbox and the widget shows why.
   */
  submit(envelope: ContributionEnvelope, onRetry?: RetryListener): Promise<Acknowledgement> {
    const entry: OutboxEntry = {
      key: envelope.idempotencyKey,
      url: this.url(`v1/initiatives/${encodeURIComponent(envelope.initiative)}/contributions`),
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

  /** Server-sent events for one initiative, reconnecting with `Last-Event-ID` after any loss. */
  live(initiative: string, handlers: LiveHandlers, options: Omit<LiveOptions, 'EventSource' | 'random'> = {}): () => void {
    return subscribe(this.url(`v1/initiatives/${encodeURIComponent(initiative)}/events`), handlers, {
      ...options,
      EventSource: this.EventSourceImpl,
      random: this.random,
    });
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
          const ack = z.safeParse(Acknowledgement, await response.json().catch(() => undefined));
          if (ack.success) {
            this.outbox.remove(entry.key);
            return ack.data;
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
    }
  }

  private async getJson(path: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      let error: CollectorError;
      try {
        const response = await this.fetch(this.url(path), { credentials: 'omit', mode: 'cors', headers: { accept: 'application/json' } });
        if (!response.ok) error = await CollectorError.fromResponse(response);
        else {
          try {
            return await response.json();
          } catch {
            error = new CollectorError('The collector answered with unreadable data.', response.status, 'invalid_response');
          }
        }
      } catch (cause) {
        error = cause instanceof CollectorError ? cause : CollectorError.network(cause);
      }
      if (!error.retryable || attempt + 1 >= GET_ATTEMPTS) throw error;
      await waitOrOnline(backoffDelay(attempt, { baseMs: 300, random: this.random }));
    }
  }
}

/** Waits `ms`, or less if the browser says the network came back. */
function waitOrOnline(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
  });
}

/** An absolute base URL ending with `/`, so that relative API paths resolve under it. */
function normalizeBase(baseUrl: string): string {
  const url = new URL(baseUrl, globalThis.location?.href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

const clients = new Map<string, CollectorClient>();

/**
 * The page's one client for a collector, shared by every widget that talks to it, so that one
 * outbox delivery runs at a time and going back online flushes it once.
 */
export function collectorClient(baseUrl: string): CollectorClient {
  const key = normalizeBase(baseUrl);
  let client = clients.get(key);
  if (!client) {
    client = new CollectorClient(key);
    clients.set(key, client);
    const created = client;
    globalThis.addEventListener?.('online', () => void created.flush());
  }
  return client;
}
