import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type CollectorApp } from '../../src/app.js';
import { bearer, drivers, startHarness, testConfig, testNow, type Harness } from '../support/harness.js';
import { openSurvey, postResponse, shortAnswers, surveyEnvelope, surveyOrigin } from '../support/survey.js';

describe.each(drivers)('participation that resists stuffing on %s', (driver) => {
  let h: Harness;
  let second: CollectorApp;
  beforeAll(async () => {
    h = await startHarness(driver);
    second = await buildApp(testConfig(), { db: h.db, now: () => testNow });
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  const databaseNow = async () => (await h.db.query<{ now: Date }>('SELECT now() AS now'))[0]!.now.toISOString();
  const publicStatus = async (id: string) => (await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}`, headers: { origin: surveyOrigin } })).json().status;
  const staff = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, token = h.tokens.demo.admin) =>
    h.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

  it('rejects a burst of made-up participants by time window, which frees the response cap for real ones', async () => {
    await openSurvey(h, 'plafond-bourre', { responseCap: 25 });
    const from = await databaseNow();
    // Fresh participant ids each time: "one response per participant" cannot tell them apart.
    const stuffed = await Promise.all(Array.from({ length: 25 }, () => postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-bourre' }))));
    expect(stuffed.every((answer) => answer.statusCode === 201)).toBe(true);
    expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-bourre' }))).json().code).toBe('initiative_closed');
    expect(await publicStatus('plafond-bourre')).toBe('closed');
    // The burst shows: 25 new participants in ten minutes where none usually arrive.
    expect((await staff('GET', '/v1/staff/initiatives/plafond-bourre/arrivals', undefined, h.tokens.demo.analyst)).json()).toEqual({
      windowMinutes: 10,
      recentParticipants: 25,
      usualParticipants: 0,
      burst: true,
    });

    const to = new Date(Date.parse(await databaseNow()) + 1).toISOString();
    const rejection = await staff('POST', '/v1/staff/initiatives/plafond-bourre/contributions/bulk-rejection', { from, to, reason: 'Envoi automatisé' });
    expect(rejection.statusCode, rejection.body).toBe(200);
    expect(rejection.json()).toEqual({ rejected: 25 });
    expect(await publicStatus('plafond-bourre')).toBe('open');
    expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-bourre' }))).statusCode).toBe(201);
    // Live widgets heard it reopen; the audit log holds the count, not the contributions.
    const events = await h.db.query<{ data: { status: string } }>(`SELECT data FROM events WHERE initiative_id = 'plafond-bourre' AND type = 'initiative' ORDER BY id`);
    expect(events.map((event) => event.data.status).slice(-2)).toEqual(['closed', 'open']);
    const audit = (await staff('GET', '/v1/staff/audit?limit=5')).json().items;
    expect(audit.find((entry: { action: string }) => entry.action === 'contribution.moderate.bulk-rejected')).toMatchObject({ target: { type: 'initiative', id: 'plafond-bourre' }, details: { contributions: 25 } });
    // Nothing else was touched, and a window already rejected rejects nothing more.
    expect((await staff('POST', '/v1/staff/initiatives/plafond-bourre/contributions/bulk-rejection', { from, to })).json()).toEqual({ rejected: 0 });
  });

  it('sees no burst in a trickle, a burst when 30 arrive at once, and none when as many usually arrive', async () => {
    await openSurvey(h, 'calme');
    for (let i = 0; i < 3; i++) expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'calme' }))).statusCode).toBe(201);
    expect((await staff('GET', '/v1/staff/initiatives/calme/arrivals')).json()).toMatchObject({ recentParticipants: 3, burst: false });
    // 30 new participants now, but 144 × 10 the day before: as usual.
    for (let i = 0; i < 27; i++) expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'calme' }))).statusCode).toBe(201);
    expect((await staff('GET', '/v1/staff/initiatives/calme/arrivals')).json()).toMatchObject({ recentParticipants: 30, burst: true });
    await h.db.query(
      `INSERT INTO contributions (id, initiative_id, idempotency_key, body_hash, participant_hash, channel, language, payload, moderation_state, received_at)
       SELECT gen_random_uuid(), 'calme', gen_random_uuid(), 'x', md5(n::text), 'web', 'fr', '{}'::jsonb, 'approved', now() - interval '12 hours' - make_interval(secs => n)
       FROM generate_series(1, 1440) AS n`,
    );
    expect((await staff('GET', '/v1/staff/initiatives/calme/arrivals')).json()).toEqual({ windowMinutes: 10, recentParticipants: 30, usualParticipants: 10, burst: false });
  });

  it('refuses a window that ends before it starts, and other organisations’ initiatives', async () => {
    const backwards = await staff('POST', '/v1/staff/initiatives/plafond-bourre/contributions/bulk-rejection', { from: '2026-06-15T12:00:00Z', to: '2026-06-15T11:00:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().issues[0]).toMatchObject({ path: 'to', code: 'dates_out_of_order' });
    const foreign = await staff('POST', '/v1/staff/initiatives/plafond-bourre/contributions/bulk-rejection', { from: '2026-06-15T11:00:00Z', to: '2026-06-15T12:00:00Z' }, h.tokens.other.admin);
    expect(foreign.statusCode).toBe(404);
  });

  it('caps web contributions per minute for one initiative, across processes', async () => {
    await openSurvey(h, 'debit-limite');
    expect((await staff('GET', '/v1/staff/initiatives/debit-limite/guards')).json()).toEqual({ submissionsPerMinute: null });
    const set = await staff('PUT', '/v1/staff/initiatives/debit-limite/guards', { submissionsPerMinute: 5 });
    expect(set.json()).toEqual({ submissionsPerMinute: 5 });
    expect((await staff('PUT', '/v1/staff/initiatives/debit-limite/guards', { submissionsPerMinute: 0 })).statusCode).toBe(400);

    // The count is per calendar minute: start well inside one, so that the burst falls in it.
    for (;;) {
      const [clock] = await h.db.query<{ second: number }>('SELECT extract(second FROM now())::float8 AS second');
      if (Number(clock!.second) < 45) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const post = (app: CollectorApp) =>
      app.inject({ method: 'POST', url: '/v1/initiatives/debit-limite/contributions', headers: { origin: surveyOrigin }, payload: surveyEnvelope(shortAnswers, { initiative: 'debit-limite' }) });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(i % 2 ? second : h.app)));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    const refused = answers.find((answer) => answer.statusCode === 429)!;
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // Lifted: contributions are taken again at once on this process.
    await staff('PUT', '/v1/staff/initiatives/debit-limite/guards', { submissionsPerMinute: null });
    expect((await post(h.app)).statusCode).toBe(201);
  });
});
