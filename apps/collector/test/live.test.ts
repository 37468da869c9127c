import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openPostgres } from '../src/storage/postgres.js';
import { allowedOrigin, bearer, drivers, feedbackSettings, startHarness, testConfig, type Harness } from './support/harness.js';

interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

/** Reads a live stream as it arrives; `until` waits for what a test expects. */
class StreamReader {
  text = '';
  ended = false;
  constructor(readonly stream: Readable) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (this.text += chunk));
    stream.on('end', () => (this.ended = true));
    stream.on('close', () => (this.ended = true));
  }

  get events(): SseEvent[] {
    return this.text
      .split('\n\n')
      .map((block) => Object.fromEntries(block.split('\n').filter((line) => /^(id|event|data): /.test(line)).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)])))
      .filter((fields) => fields.id)
      .map((fields) => ({ id: fields.id!, event: fields.event!, data: JSON.parse(fields.data!) }));
  }

  async until(check: (reader: StreamReader) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (Date.now() > deadline) throw new Error(`stream did not show what was expected; it read:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close() {
    this.stream.destroy();
  }
}

describe.each(drivers)('live updates on %s', (driver) => {
  let h: Harness;
  const id = 'en-direct';
  const editor = () => bearer(h.tokens.demo.editor);
  const open = async (url: string, headers: Record<string, string> = {}) => {
    const response = await h.app.inject({ method: 'GET', url, headers, payloadAsStream: true });
    return { response, reader: new StreamReader(response.stream()) };
  };
  /** Events committed earlier may still reach a new stream (NOTIFY is asynchronous): tests look past them. */
  const lastEventId = async () => Number((await h.db.query<{ id: string }>("SELECT coalesce(max(id), 0)::text AS id FROM events"))[0]!.id);
  const after = (reader: StreamReader, baseline: number) => reader.events.filter((event) => Number(event.id) > baseline);
  const setStatus = (status: 'open' | 'closed') =>
    h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: editor(), payload: { status } });

  beforeAll(async () => {
    h = await startHarness(driver, { heartbeatMs: 100 });
    await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: editor(), payload: feedbackSettings(id) });
    await setStatus('open');
  });
  afterAll(() => h?.close());

  it('streams staff changes as they commit, with CORS for allowed origins', async () => {
    const { response, reader } = await open(`/v1/initiatives/${id}/events`, { origin: allowedOrigin });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
    await reader.until((r) => r.text.includes(': connected'));
    const baseline = await lastEventId();
    const title = { fr: 'Titre en direct', en: 'Live title' };
    await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${id}`, headers: editor(), payload: feedbackSettings(id, { title }) });
    await reader.until((r) => after(r, baseline).length === 1);
    expect(after(reader, baseline)[0]).toMatchObject({ event: 'initiative', data: { id, title, status: 'open' } });
    reader.close();
  });

  it('replays what a viewer missed after Last-Event-ID, or lastEventId when a new stream opens', async () => {
    const { reader: first } = await open(`/v1/initiatives/${id}/events`);
    const baseline = await lastEventId();
    await setStatus('closed');
    await setStatus('open');
    await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/results-publication`, headers: editor(), payload: { published: true } });
    await first.until((r) => after(r, baseline).length === 3);
    first.close();
    const [closed, reopened, published] = after(first, baseline);
    expect(closed!.data).toMatchObject({ status: 'closed' });
    expect(published).toMatchObject({ event: 'results', data: { published: true, results: { type: 'page-feedback', total: 0 } } });

    const { reader: byHeader } = await open(`/v1/initiatives/${id}/events`, { 'last-event-id': closed!.id });
    await byHeader.until((r) => r.events.length === 2);
    expect(byHeader.events.map((event) => event.id)).toEqual([reopened!.id, published!.id]);
    byHeader.close();

    const { reader: byQuery } = await open(`/v1/initiatives/${id}/events?lastEventId=${reopened!.id}`);
    await byQuery.until((r) => r.events.length === 1);
    expect(byQuery.events[0]!.id).toBe(published!.id);
    byQuery.close();
  });

  it('sends heartbeat comments while idle', async () => {
    const { reader } = await open(`/v1/initiatives/${id}/events`);
    await reader.until((r) => r.text.split(': heartbeat').length > 2);
    reader.close();
  });

  it('answers 404 for drafts and unknown initiatives', async () => {
    await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: editor(), payload: feedbackSettings('brouillon-direct') });
    for (const target of ['brouillon-direct', 'inconnue']) {
      const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${target}/events` });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
  });

  // Only PostgreSQL is shared between processes; PGlite belongs to one.
  if (driver === 'postgres') it('reaches viewers of another collector process through LISTEN/NOTIFY', async () => {
    const [row] = await h.db.query<{ db: string }>('SELECT current_database() AS db');
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${row!.db}`;
    const secondDb = await openPostgres(url.href);
    const second = await buildApp(testConfig(), { db: secondDb });
    try {
      const response = await second.inject({ method: 'GET', url: `/v1/initiatives/${id}/events`, payloadAsStream: true });
      const reader = new StreamReader(response.stream());
      await reader.until((r) => r.text.includes(': connected'));
      const baseline = await lastEventId();
      await setStatus('closed');
      await reader.until((r) => after(r, baseline).length === 1);
      expect(after(reader, baseline)[0]!.data).toMatchObject({ status: 'closed' });
      reader.close();
    } finally {
      await second.close();
      await secondDb.close();
    }
  });

  it('ends open streams when the server shuts down', async () => {
    const extra = await startHarness(driver);
    const response = await extra.app.inject({ method: 'GET', url: '/v1/initiatives/retroaction-pages/events', payloadAsStream: true });
    const reader = new StreamReader(response.stream());
    await reader.until((r) => r.text.includes(': connected'));
    await extra.close();
    await reader.until((r) => r.ended);
  });
});
