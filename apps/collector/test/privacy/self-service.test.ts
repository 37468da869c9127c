import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, MyContributions, MyContributionsDeleted } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { participantHash } from '../../src/security/hash.js';
import { allowedOrigin, bearer, demoInitiative, drivers, envelope, startHarness, type Harness } from '../support/harness.js';
import { countContributionsOf, openSurvey, postResponse, shortAnswers, surveyEnvelope, surveyOrigin } from '../support/survey.js';
import { auditRows, selfService, storedRows, tablesContaining } from './support.js';

describe.each(drivers)('a participant exercising their rights on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver, { selfServiceRateLimitPerMinute: 10_000 });
  });
  afterAll(() => h?.close());

  const post = (body: ReturnType<typeof envelope>) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: allowedOrigin }, payload: body });

  /** Two contributions of one participant (from two pages) and one of someone else. */
  async function twoOfMine() {
    const participant = randomUUID();
    const first = await post(envelope({ participant, payload: { answer: 'no', comment: 'Page introuvable', page: 'https://www.quebec.ca/a' } }));
    const second = await post(envelope({ participant, language: 'en', payload: { answer: 'yes', page: 'https://www.quebec.ca/b' } }));
    const other = await post(envelope({ payload: { answer: 'yes', page: 'https://www.quebec.ca/c' } }));
    for (const response of [first, second, other]) expect(response.statusCode).toBe(201);
    return { participant, ids: [first.json().id as string, second.json().id as string], other: other.json().id as string };
  }

  it('gives a participant a copy of their contributions: received at, channel, payload, and nothing identifying', async () => {
    const { participant, ids } = await twoOfMine();
    const response = await selfService(h, demoInitiative, allowedOrigin, participant);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(response.headers['set-cookie']).toBeUndefined();
    const body = z.parse(MyContributions, response.json());
    expect(body.initiative).toBe(demoInitiative);
    expect(body.contributions.map((contribution) => contribution.id)).toEqual(ids);
    expect(body.contributions[0]).toMatchObject({ channel: 'web', language: 'fr', moderationState: 'approved', payload: { answer: 'no', comment: 'Page introuvable', page: 'https://www.quebec.ca/a' } });
    expect(body.contributions[1]).toMatchObject({ channel: 'web', language: 'en', payload: { answer: 'yes', page: 'https://www.quebec.ca/b' } });
    expect(Date.parse(body.contributions[0]!.receivedAt)).not.toBeNaN();
    expect(response.body).not.toContain(participantHash(demoInitiative, participant));
  });

  it('answers 404 to an id that sent nothing, or sent it to another initiative', async () => {
    const unknown = await selfService(h, demoInitiative, allowedOrigin, randomUUID());
    expect(unknown.statusCode).toBe(404);
    expect(z.parse(ApiError, unknown.json()).code).toBe('not_found');

    const participant = randomUUID();
    expect((await postResponse(h, surveyEnvelope(shortAnswers, { participant }))).statusCode).toBe(201);
    expect((await selfService(h, demoInitiative, allowedOrigin, participant)).statusCode).toBe(404);
    expect((await selfService(h, 'services-en-ligne', surveyOrigin, participant)).statusCode).toBe(200);
  });

  it('never reaches a staff entry, whose form key stands for its participant', async () => {
    const key = randomUUID();
    const entered = await h.app.inject({
      method: 'POST',
      url: `/v1/staff/initiatives/${demoInitiative}/contributions`,
      headers: bearer(h.tokens.demo.editor),
      payload: { channel: 'paper', language: 'fr', payload: { answer: 'yes', page: 'https://www.quebec.ca/papier' }, idempotencyKey: key },
    });
    expect(entered.statusCode).toBe(201);
    expect((await selfService(h, demoInitiative, allowedOrigin, key)).statusCode).toBe(404);
    expect((await selfService(h, demoInitiative, allowedOrigin, key, 'delete')).statusCode).toBe(404);
  });

  it('takes the id in the body only, checked like every public body', async () => {
    const inUrl = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/my-contributions?participant=${randomUUID()}`, headers: { origin: allowedOrigin } });
    expect(inUrl.statusCode).toBe(400);
    const notAnId = await selfService(h, demoInitiative, allowedOrigin, 'moi');
    expect(notAnId.statusCode).toBe(400);
    expect(z.parse(ApiError, notAnId.json()).issues?.[0]?.path).toBe('participant');
    const extra = await h.app.inject({
      method: 'POST',
      url: `/v1/initiatives/${demoInitiative}/my-contributions`,
      headers: { origin: allowedOrigin },
      payload: { participant: randomUUID(), email: 'a@example.org' },
    });
    expect(extra.statusCode).toBe(400);
    const get = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}/my-contributions` });
    expect(get.statusCode).toBe(404);
  });

  it('answers pages of allowed origins only, with CORS like the other public routes', async () => {
    const { participant } = await twoOfMine();
    const preflight = await h.app.inject({
      method: 'OPTIONS',
      url: `/v1/initiatives/${demoInitiative}/my-contributions/deletion`,
      headers: { origin: allowedOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    for (const route of ['read', 'delete'] as const) {
      const foreign = await selfService(h, demoInitiative, 'https://evil.example', participant, route);
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().code).toBe('origin_not_allowed');
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect((await selfService(h, demoInitiative, allowedOrigin, participant)).statusCode).toBe(200);
  });

  it('deletes a participant’s contributions for good, with an audit row that names no one', async () => {
    const { participant, ids, other } = await twoOfMine();
    const before = await countContributionsOf(h, demoInitiative);
    const response = await selfService(h, demoInitiative, allowedOrigin, participant, 'delete');
    expect(response.statusCode).toBe(200);
    expect(z.parse(MyContributionsDeleted, response.json())).toEqual({ initiative: demoInitiative, deleted: 2 });
    expect(await countContributionsOf(h, demoInitiative)).toBe(before - 2);
    expect(await h.db.query('SELECT 1 FROM contributions WHERE id = ANY($1::uuid[])', [ids])).toEqual([]);
    expect(await h.db.query('SELECT 1 FROM contributions WHERE id = $1', [other])).toHaveLength(1);

    const [audit] = (await auditRows(h.db, 'contributions.delete.participant')).slice(-1);
    expect(audit).toEqual({
      actor_kind: 'participant',
      actor_id: null,
      target_type: 'initiative',
      target_id: demoInitiative,
      details: { contributions: 2 },
      organisation_id: 'ministere-demo',
    });
    expect(await tablesContaining(h.db, participantHash(demoInitiative, participant))).toEqual([]);
    expect(await tablesContaining(h.db, 'Page introuvable')).not.toContain('audit_log');

    // The staff audit log shows it, without anyone's id.
    const log = await h.app.inject({ method: 'GET', url: '/v1/staff/audit', headers: bearer(h.tokens.demo.admin) });
    expect(log.json().items[0]).toMatchObject({ actor: { kind: 'participant', id: null }, action: 'contributions.delete.participant', details: { contributions: 2 } });

    const again = await selfService(h, demoInitiative, allowedOrigin, participant, 'delete');
    expect(again.statusCode).toBe(404);
    expect((await selfService(h, demoInitiative, allowedOrigin, participant)).statusCode).toBe(404);
  });

  it('frees the participant’s place in a one-response survey, and in a full one tells live viewers it reopened', async () => {
    await openSurvey(h, 'sondage-plafonne', { responseCap: 2 });
    const participant = randomUUID();
    const response = (id: string) => postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'sondage-plafonne', participant: id }));
    expect((await response(participant)).statusCode).toBe(201);
    expect((await response(randomUUID())).statusCode).toBe(201);
    const full = await h.app.inject({ method: 'GET', url: '/v1/initiatives/sondage-plafonne' });
    expect(full.json().status).toBe('closed');

    const lastEvent = (await h.db.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM events'))[0]!.id;
    const deleted = await selfService(h, 'sondage-plafonne', surveyOrigin, participant, 'delete');
    expect(deleted.statusCode).toBe(200);
    const events = await h.db.query<{ type: string; data: { status: string } }>('SELECT type, data FROM events WHERE initiative_id = $1 AND id > $2::bigint', [
      'sondage-plafonne',
      lastEvent,
    ]);
    expect(events).toEqual([expect.objectContaining({ type: 'initiative', data: expect.objectContaining({ status: 'open' }) })]);
    expect((await h.app.inject({ method: 'GET', url: '/v1/initiatives/sondage-plafonne' })).json().status).toBe('open');
    // The same browser may answer again: its contribution is gone.
    expect((await response(participant)).statusCode).toBe(201);
  });

  it('keeps working once the initiative has closed, until retention', async () => {
    const participant = randomUUID();
    expect((await postResponse(h, surveyEnvelope(shortAnswers, { participant }))).statusCode).toBe(201);
    const closed = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/services-en-ligne/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
    expect(closed.statusCode).toBe(200);
    try {
      expect((await selfService(h, 'services-en-ligne', surveyOrigin, participant)).statusCode).toBe(200);
      expect((await selfService(h, 'services-en-ligne', surveyOrigin, participant, 'delete')).statusCode).toBe(200);
      expect(await storedRows(h.db, 'services-en-ligne').then((rows) => rows.some((row) => row.participant_hash === participantHash('services-en-ligne', participant)))).toBe(false);
    } finally {
      await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/services-en-ligne/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    }
  });
});

describe.each(drivers)('self-service rate limit on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver, { selfServiceRateLimitPerMinute: 2 });
  });
  afterAll(() => h?.close());

  it('limits requests per client address harder than the rest, with a readable 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await selfService(h, demoInitiative, allowedOrigin, randomUUID())).statusCode);
    expect(statuses).toEqual([404, 404, 429]);
    const limited = await selfService(h, demoInitiative, allowedOrigin, randomUUID());
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address is not affected; contributions are not limited by this stricter count.
    const elsewhere = await h.app.inject({
      method: 'POST',
      url: `/v1/initiatives/${demoInitiative}/my-contributions`,
      headers: { origin: allowedOrigin },
      remoteAddress: '198.51.100.20',
      payload: { participant: randomUUID() },
    });
    expect(elsewhere.statusCode).toBe(404);
    const contribution = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/contributions`, headers: { origin: allowedOrigin }, payload: envelope() });
    expect(contribution.statusCode).toBe(201);
  });
});
