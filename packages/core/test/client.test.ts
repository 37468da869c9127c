import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CollectorClient, type RetryNotice } from '../src/client/collector-client.js';
import { memoryStore, type KeyValueStore } from '../src/client/storage.js';
import { participantId } from '../src/client/participant.js';
import { randomId } from '../src/client/random-id.js';
import type { ContributionEnvelope } from '../src/schemas/contribution.js';

const BASE = 'https://collector.example.ca/';

function envelope(overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope {
  return {
    initiative: 'retroaction-pages',
    type: 'page-feedback',
    payload: { answer: 'yes', page: 'https://www.quebec.ca/' },
    idempotencyKey: randomId(),
    participant: randomId(),
    channel: 'web',
    language: 'fr',
    ...overrides,
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const ack = (id = '6a1e3b8c-1f0e-4a4b-9c9d-0e1f2a3b4c5d') => json(201, { id, receivedAt: '2026-03-01T12:00:00.000Z' });

/** A collector stand-in answering from a script of responses (or thrown network errors). */
function scriptedFetch(...answers: Array<Response | Error>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('CollectorClient', () => {
  let store: KeyValueStore;
  beforeEach(() => {
    store = memoryStore();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('posts without cookies and resolves with the acknowledgement', async () => {
    const { fetch, calls } = scriptedFetch(ack());
    const client = new CollectorClient(BASE, { fetch, store });
    const sent = envelope();
    await expect(client.submit(sent)).resolves.toEqual({ id: '6a1e3b8c-1f0e-4a4b-9c9d-0e1f2a3b4c5d', receivedAt: '2026-03-01T12:00:00.000Z' });
    expect(calls[0]!.url).toBe(`${BASE}v1/initiatives/retroaction-pages/contributions`);
    expect(calls[0]!.init?.credentials).toBe('omit');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual(sent);
    expect(client.pending(() => true)).toEqual([]);
  });

  it('retries network errors and 5xx with backoff, with the same idempotency key, until acknowledged', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('Failed to fetch'), json(503, { code: 'internal', message: 'busy' }), ack());
    const notices: RetryNotice[] = [];
    const client = new CollectorClient(BASE, { fetch, store, random: () => 0.5 });
    const delivery = client.submit(envelope(), (notice) => notices.push(notice));
    await vi.runAllTimersAsync();
    await expect(delivery).resolves.toMatchObject({ receivedAt: '2026-03-01T12:00:00.000Z' });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => JSON.parse(String(c.init?.body)).idempotencyKey)).size).toBe(1);
    expect(notices.map((n) => [n.attempt, n.delayMs, n.error.code])).toEqual([
      [0, 250, 'network'],
      [1, 500, 'internal'],
    ]);
  });

  it('honours Retry-After on 429', async () => {
    const { fetch } = scriptedFetch(json(429, { code: 'rate_limited', message: 'slow down' }, { 'retry-after': '7' }), ack());
    const notices: RetryNotice[] = [];
    const client = new CollectorClient(BASE, { fetch, store });
    const delivery = client.submit(envelope(), (notice) => notices.push(notice));
    await vi.runAllTimersAsync();
    await delivery;
    expect(notices[0]!.delayMs).toBe(7000);
  });

  it('treats a 2xx without an acknowledgement (a captive portal) as not delivered', async () => {
    const { fetch, calls } = scriptedFetch(new Response('<html>Wi-Fi login</html>', { status: 200 }), ack());
    const client = new CollectorClient(BASE, { fetch, store });
    const delivery = client.submit(envelope());
    await vi.runAllTimersAsync();
    await delivery;
    expect(calls).toHaveLength(2);
  });

  it('gives up on a 4xx refusal, removes it from the outbox and reports the issues with their codes', async () => {
    const tooLong = { path: 'payload.comment', code: 'too_big', params: { maximum: 500, origin: 'string' }, message: 'must be at most 500 characters' };
    const { fetch } = scriptedFetch(json(400, { code: 'validation_failed', message: 'The contribution is not valid.', issues: [tooLong] }));
    const client = new CollectorClient(BASE, { fetch, store });
    await expect(client.submit(envelope())).rejects.toMatchObject({ status: 400, code: 'validation_failed', issues: [tooLong] });
    expect(client.pending(() => true)).toEqual([]);
  });

  it('reads an issue without a code (an older collector) as `custom`, and drops what is not an issue (params are checked where they are worded)', async () => {
    const { fetch } = scriptedFetch(
      json(400, { code: 'validation_failed', message: 'Invalid.', issues: [{ path: 'payload.comment', message: 'too long' }, { path: 3 }, null, { path: 'page', code: 'x', message: 'm' }] }),
    );
    const client = new CollectorClient(BASE, { fetch, store });
    const error = await client.submit(envelope()).catch((reason: unknown) => reason);
    expect((error as { issues: unknown }).issues).toEqual([
      { path: 'payload.comment', code: 'custom', message: 'too long' },
      { path: 'page', code: 'x', message: 'm' },
    ]);
  });

  it('keeps an unacknowledged submission across a reload and delivers it from the new page', async () => {
    const offline = scriptedFetch(new TypeError('offline'), new TypeError('offline'));
    const before = new CollectorClient(BASE, { fetch: offline.fetch, store, random: () => 0.9 });
    const sent = envelope();
    void before.submit(sent).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(100);

    // The page reloads: a new client over the same browser storage.
    const online = scriptedFetch(ack());
    const after = new CollectorClient(BASE, { fetch: online.fetch, store });
    const owed = after.pending((e) => e.initiative === 'retroaction-pages');
    expect(owed).toHaveLength(1);
    await expect(owed[0]).resolves.toMatchObject({ id: expect.any(String) });
    expect(JSON.parse(String(online.calls[0]!.init?.body)).idempotencyKey).toBe(sent.idempotencyKey);
    expect(after.pending(() => true)).toEqual([]);
  });

  it('delivers each queued submission once even when asked twice', async () => {
    const { fetch, calls } = scriptedFetch(ack());
    const client = new CollectorClient(BASE, { fetch, store });
    const sent = envelope();
    const first = client.submit(sent);
    const again = client.pending(() => true);
    await Promise.all([first, ...again]);
    expect(calls).toHaveLength(1);
  });

  it('flushes only its own collector\u2019s entries', async () => {
    const other = new CollectorClient('https://other.example.ca', { fetch: scriptedFetch(new TypeError('x')).fetch, store });
    void other.submit(envelope()).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1);
    const { fetch, calls } = scriptedFetch();
    const client = new CollectorClient(BASE, { fetch, store });
    await client.flush();
    expect(calls).toHaveLength(0);
  });

  it('keeps submissions in memory when the storage quota is full', async () => {
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    const { fetch } = scriptedFetch(new TypeError('offline'), ack());
    const client = new CollectorClient(BASE, { fetch, store: full, random: () => 0 });
    const delivery = client.submit(envelope());
    expect(client.pending(() => true)).toHaveLength(1);
    await vi.runAllTimersAsync();
    await expect(delivery).resolves.toBeDefined();
  });

  it('reads a resource, with a few retries', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('x'), json(200, { id: 'a' }));
    const client = new CollectorClient(BASE, { fetch, store });
    const read = client.getInitiative('a');
    await vi.runAllTimersAsync();
    await expect(read).resolves.toEqual({ id: 'a' });
    expect(calls[1]!.url).toBe(`${BASE}v1/initiatives/a`);
    expect(calls[1]!.init?.credentials).toBe('omit');
  });

  it('retries an unreadable answer, then gives up with a clear error', async () => {
    const html = () => new Response('<html>proxy</html>', { status: 200 });
    const { fetch, calls } = scriptedFetch(html(), html(), html());
    const client = new CollectorClient(BASE, { fetch, store });
    const read = client.getInitiative('a');
    const outcome = expect(read).rejects.toMatchObject({ code: 'invalid_response' });
    await vi.runAllTimersAsync();
    await outcome;
    expect(calls).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const { fetch, calls } = scriptedFetch(json(404, { code: 'not_found', message: 'No such initiative.' }));
    const client = new CollectorClient(BASE, { fetch, store });
    await expect(client.getInitiative('nope')).rejects.toMatchObject({ status: 404, code: 'not_found' });
    expect(calls).toHaveLength(1);
  });
});

describe('participantId', () => {
  it('is stable per initiative and different across initiatives', () => {
    const store = memoryStore();
    const a = participantId(store, BASE, 'a');
    expect(participantId(store, BASE, 'a')).toBe(a);
    expect(participantId(store, BASE, 'b')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
