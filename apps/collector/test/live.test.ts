import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { recordEvent } from '../src/storage/events.js';
import { openPostgres } from '../src/storage/postgres.js';
import { StreamReader } from './support/stream.js';
import { allowedOrigin, bearer, drivers, feedbackSettings, startHarness, testConfig, type Harness } from './support/harness.js';

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

  it('replays everything missed, however much, in order and once', async () => {
    const baseline = await lastEventId();
    // More than one replay page (500).
    await h.db.transaction(async (tx) => {
      for (let n = 0; n < 620; n++) await recordEvent(tx, id, 'test', { n });
    });
    const { reader } = await open(`/v1/initiatives/${id}/events`, { 'last-event-id': String(baseline) });
    await reader.until((r) => after(r, baseline).length >= 620);
    const replayed = after(reader, baseline);
    expect(replayed.map((event) => (event.data as { n: number }).n)).toEqual(Array.from({ length: 620 }, (_, n) => n));
    expect(new Set(replayed.map((event) => event.id)).size).toBe(620);
    reader.close();
  });

  // Two transactions at once need two connections: PGlite runs one transaction at a time.
  if (driver === 'postgres') it('numbers events in commit order when transactions change one initiative at once', async () => {
    const { reader } = await open(`/v1/initiatives/${id}/events`);
    await reader.until((r) => r.text.includes(': connected'));
    const baseline = await lastEventId();
    let letFirstCommit!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (letFirstCommit = resolve));
    let firstRecorded!: () => void;
    const firstHasRecorded = new Promise<void>((resolve) => (firstRecorded = resolve));
    // The first transaction records its event, then stays open while the second commits.
    const first = h.db.transaction(async (tx) => {
      await recordEvent(tx, id, 'test', { which: 'first' });
      firstRecorded();
      await firstMayCommit;
    });
    await firstHasRecorded;
    await h.db.transaction((tx) => recordEvent(tx, id, 'test', { which: 'second' }));
    letFirstCommit();
    await first;
    // Earlier tests' events may still be on their way to this stream: a generous wait.
    await reader.until((r) => after(r, baseline).length === 2, 20_000);
    // Both reach the viewer that stayed, in id order: the one committed first has the lower id.
    expect(after(reader, baseline).map((event) => (event.data as { which: string }).which)).toEqual(['second', 'first']);
    const ids = after(reader, baseline).map((event) => Number(event.id));
    expect(ids[0]).toBeLessThan(ids[1]!);
    reader.close();
    // A viewer resuming from the first of them gets the other, not a gap.
    const { reader: resumed } = await open(`/v1/initiatives/${id}/events`, { 'last-event-id': String(ids[0]) });
    await resumed.until((r) => r.events.length === 1);
    expect(resumed.events[0]!.data).toEqual({ which: 'first' });
    resumed.close();
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
