import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canadaLikeReasons } from '@participe/page-feedback/manifest';
import { allowedOrigin, bearer, countRows, drivers, envelope, feedbackSettings, startHarness, type Harness } from './support/harness.js';

/** Page feedback's reasons for "No", end to end through the collector: accepted, refused, counted, exported. */
describe.each(drivers)('page feedback reasons on %s', (driver) => {
  let h: Harness;
  const id = 'raisons';
  beforeAll(async () => {
    h = await startHarness(driver);
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: feedbackSettings(id) });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(() => h?.close());

  const post = (payload: Record<string, unknown>) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers: { origin: allowedOrigin }, payload: envelope({ initiative: id, payload: payload as never }) });

  it('stores the reason given with "no"', async () => {
    const response = await post({ answer: 'no', reason: 'pas-a-jour', page: 'https://www.quebec.ca/a' });
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await h.db.query<{ payload: Record<string, unknown> }>('SELECT payload FROM contributions WHERE id = $1', [response.json().id]);
    expect(row!.payload).toEqual({ answer: 'no', reason: 'pas-a-jour', page: 'https://www.quebec.ca/a' });
  });

  it.each([
    ['a reason with "yes"', { answer: 'yes', reason: 'pas-a-jour', page: 'https://www.quebec.ca/a' }, 'reason_with_yes'],
    ['a reason the definition does not list', { answer: 'no', reason: 'inventee', page: 'https://www.quebec.ca/a' }, 'unknown_reason'],
  ])('refuses %s with 400 and a coded issue, storing nothing', async (_name, payload, code) => {
    const before = await countRows(h.db, 'contributions');
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'payload.reason', code }] });
    expect(await countRows(h.db, 'contributions')).toBe(before);
  });

  it('counts each reason in the published results, in the definition’s order, rejected ones left out', async () => {
    for (const payload of [
      { answer: 'no', reason: 'pas-a-jour' },
      { answer: 'no', reason: 'difficile-a-trouver' },
      { answer: 'no' },
      { answer: 'yes' },
    ]) {
      expect((await post({ ...payload, page: 'https://www.quebec.ca/b' })).statusCode).toBe(201);
    }
    const rejected = await post({ answer: 'no', reason: 'autre', page: 'https://www.quebec.ca/b' });
    await h.db.query(`UPDATE contributions SET moderation_state = 'rejected' WHERE id = $1`, [rejected.json().id]);
    const published = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/results-publication`, headers: bearer(h.tokens.demo.editor), payload: { published: true } });
    expect(published.statusCode).toBe(200);
    const results = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}/results` });
    expect(results.json()).toEqual({
      initiative: id,
      type: 'page-feedback',
      total: 5,
      answers: { yes: 1, no: 4 },
      reasons: canadaLikeReasons.map((reason) => ({ id: reason.id, count: reason.id === 'pas-a-jour' ? 2 : reason.id === 'difficile-a-trouver' ? 1 : 0 })),
    });
  });

  it('takes a reason keyed in from paper, and exports it in its own column', async () => {
    const entry = { channel: 'paper', language: 'fr', idempotencyKey: randomUUID(), payload: { answer: 'no', reason: 'ne-fonctionne-pas', page: 'https://www.quebec.ca/c' } };
    const keyed = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/contributions`, headers: bearer(h.tokens.demo.editor), payload: entry });
    expect(keyed.statusCode, keyed.body).toBe(201);
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/export?format=csv`, headers: bearer(h.tokens.demo.analyst) });
    const rows = parse(response.rawPayload.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['payload.reason'])).toContain('ne-fonctionne-pas');
    expect(rows.find((row) => row.channel === 'paper')!['payload.reason']).toBe('ne-fonctionne-pas');
  });
});
