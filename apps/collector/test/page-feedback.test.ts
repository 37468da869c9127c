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

/** Fields a type declares must hold no personal details (page feedback: the comment) are stored masked. */
describe.each(drivers)('personal details in declared free text on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const stored = async (id: string) => {
    const [row] = await h.db.query<{ payload: Record<string, unknown> }>('SELECT payload FROM contributions WHERE id = $1', [id]);
    return row!.payload;
  };

  it('masks emails, phone, health-card and social-insurance numbers in a comment from the web, and nothing else', async () => {
    const comment = '  Écrivez à jeanne.tremblay@exemple.qc.ca ou au (418) 555-0199; NAS 123 456 789, carte TREJ 1234 5678. Page 2 sur 45.  ';
    const body = envelope({ payload: { answer: 'no', reason: 'ne-fonctionne-pas', comment, page: 'https://www.quebec.ca/a' } as never });
    const response = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: allowedOrigin }, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    expect(await stored(response.json().id)).toEqual({
      answer: 'no',
      reason: 'ne-fonctionne-pas',
      comment: 'Écrivez à [email] ou au [phone]; NAS [social-insurance], carte [health-card]. Page 2 sur 45.',
      page: 'https://www.quebec.ca/a',
    });
    // A retry of the same submission is answered as the first, and stores nothing more.
    const again = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: allowedOrigin }, payload: body });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(response.json().id);
  });

  it('masks a comment keyed in by staff too, and exports it masked', async () => {
    const entry = { channel: 'phone', language: 'fr', idempotencyKey: randomUUID(), payload: { answer: 'yes', comment: 'Rappelez-moi au 514-555-0100.', page: 'https://www.quebec.ca/b' } };
    const keyed = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${envelope().initiative}/contributions`, headers: bearer(h.tokens.demo.editor), payload: entry });
    expect(keyed.statusCode, keyed.body).toBe(201);
    expect((await stored(keyed.json().id)).comment).toBe('Rappelez-moi au [phone].');
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${envelope().initiative}/export?format=csv`, headers: bearer(h.tokens.demo.analyst) });
    const text = response.rawPayload.toString('utf8');
    expect(text).toContain('Rappelez-moi au [phone].');
    expect(text).not.toContain('514-555-0100');
    expect(text).not.toContain('jeanne.tremblay@exemple.qc.ca');
  });

  it('keeps a comment without personal details as written (trimmed)', async () => {
    const body = envelope({ payload: { answer: 'no', comment: ' Le formulaire 2026-03 est introuvable. ', page: 'https://www.quebec.ca/c' } as never });
    const response = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: allowedOrigin }, payload: body });
    expect((await stored(response.json().id)).comment).toBe('Le formulaire 2026-03 est introuvable.');
  });
});
