import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Acknowledgement, ApiError } from '@participe/core/schemas';
import { canadaLikeReasons, PageFeedbackInitiative } from '@participe/page-feedback/manifest';
import * as z from 'zod/mini';
import {
  allowedOrigin,
  bearer,
  countRows,
  demoInitiative,
  drivers,
  envelope,
  feedbackSettings,
  startHarness,
  type Harness,
} from './support/harness.js';

describe.each(drivers)('public API on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const post = (body: unknown, headers: Record<string, string> = { origin: allowedOrigin }, id = demoInitiative) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers, payload: body as object });

  /** Creates an initiative through the staff API, then sets its status. */
  async function createInitiative(id: string, overrides: Record<string, unknown> = {}, status?: 'open' | 'closed') {
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: feedbackSettings(id, overrides) });
    expect(created.statusCode, created.body).toBe(201);
    if (status) {
      const changed = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status } });
      expect(changed.statusCode).toBe(200);
    }
  }

  it('serves an initiative as the widget schema describes it, organisation embedded', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}` });
    expect(response.statusCode).toBe(200);
    const initiative = z.parse(PageFeedbackInitiative, response.json());
    expect(initiative.organisation.id).toBe('ministere-demo');
    expect(initiative.status).toBe('open');
  });

  it('hides drafts and unknown initiatives behind the same 404', async () => {
    await createInitiative('brouillon');
    for (const id of ['brouillon', 'nexiste-pas']) {
      const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}` });
      expect(response.statusCode).toBe(404);
      expect(z.parse(ApiError, response.json()).code).toBe('not_found');
    }
  });

  describe('idempotency', () => {
    it('stores one row for the same key twice and answers the first answer again', async () => {
      const before = await countRows(h.db, 'contributions');
      const body = envelope();
      const first = await post(body);
      const second = await post(body);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(z.parse(Acknowledgement, second.json())).toEqual(z.parse(Acknowledgement, first.json()));
      expect(await countRows(h.db, 'contributions')).toBe(before + 1);
    });

    it('stores one row when duplicates race', async () => {
      const before = await countRows(h.db, 'contributions');
      const body = envelope();
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(body)));
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(201));
      expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
      expect(await countRows(h.db, 'contributions')).toBe(before + 1);
    });

    it('answers each of a batch on its own: created, replayed and refused in one group commit', async () => {
      const before = await countRows(h.db, 'contributions');
      const fresh = Array.from({ length: 5 }, () => envelope());
      const twice = envelope();
      const malformed = envelope({ payload: { answer: 'maybe', page: 'https://www.quebec.ca/' } });
      // Sent together, so that they are accepted in the same transaction.
      const answers = await Promise.all([...fresh, twice, twice, malformed].map((body) => post(body)));
      expect(answers.map((answer) => answer.statusCode)).toEqual([...Array(7).fill(201), 400]);
      expect(answers[6]!.json()).toEqual(answers[5]!.json());
      expect(new Set(answers.slice(0, 6).map((answer) => answer.json().id)).size).toBe(6);
      expect(await countRows(h.db, 'contributions')).toBe(before + 6);
    });

    it('refuses the same key with another body (409 idempotency_conflict)', async () => {
      const body = envelope();
      expect((await post(body)).statusCode).toBe(201);
      const before = await countRows(h.db, 'contributions');
      const reused = await post({ ...body, payload: { answer: 'no', page: 'https://www.quebec.ca/transport' } });
      expect(reused.statusCode).toBe(409);
      expect(reused.json()).toMatchObject({ code: 'idempotency_conflict' });
      expect(await countRows(h.db, 'contributions')).toBe(before);
    });

    it('answers a retry of an accepted contribution even after the initiative closed', async () => {
      await createInitiative('ferme-apres', {}, 'open');
      const body = envelope({ initiative: 'ferme-apres' });
      const first = await post(body, { origin: allowedOrigin }, 'ferme-apres');
      expect(first.statusCode).toBe(201);
      await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/ferme-apres/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
      const retry = await post(body, { origin: allowedOrigin }, 'ferme-apres');
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
      const fresh = await post(envelope({ initiative: 'ferme-apres' }), { origin: allowedOrigin }, 'ferme-apres');
      expect(fresh.json()).toMatchObject({ code: 'initiative_closed' });
    });
  });

  describe('availability', () => {
    it('refuses a closed initiative with initiative_closed and a clear message', async () => {
      await createInitiative('deja-fermee', {}, 'closed');
      const response = await post(envelope({ initiative: 'deja-fermee' }), { origin: allowedOrigin }, 'deja-fermee');
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'initiative_closed', message: expect.stringMatching(/closed/) });
    });

    it('refuses past the closing date even while the status says open', async () => {
      await createInitiative('date-passee', { opensAt: '2025-01-01T00:00:00Z', closesAt: '2026-01-01T00:00:00Z' }, 'open');
      const response = await post(envelope({ initiative: 'date-passee' }), { origin: allowedOrigin }, 'date-passee');
      expect(response.json()).toMatchObject({ code: 'initiative_closed', message: expect.stringContaining('2026-01-01T00:00:00.000Z') });
    });

    it('refuses before the opening date with initiative_not_open and the date', async () => {
      await createInitiative('pas-encore', { opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-06-01T00:00:00Z' }, 'open');
      const response = await post(envelope({ initiative: 'pas-encore' }), { origin: allowedOrigin }, 'pas-encore');
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'initiative_not_open', message: expect.stringContaining('2027-01-01T00:00:00.000Z') });
      expect(await h.db.query(`SELECT 1 FROM contributions WHERE initiative_id = 'pas-encore'`)).toHaveLength(0);
    });
  });

  describe('CORS', () => {
    it('echoes an allowed origin, always varies on Origin, never allows credentials', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, headers: { origin: allowedOrigin } });
      expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
      expect(response.headers.vary).toMatch(/Origin/);
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('tells a page of another origin why, readably, and nothing else', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, headers: { origin: 'https://evil.example' } });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        code: 'origin_not_allowed',
        message: `Initiative "${demoInitiative}" may not be embedded on https://evil.example: add this origin to the initiative's allowed origins (console: the initiative's settings).`,
      });
      // Readable by that page, so that its widget can say why; no credentials, and it varies on Origin.
      expect(response.headers['access-control-allow-origin']).toBe('https://evil.example');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      expect(response.headers.vary).toMatch(/Origin/);
    });

    it('does not echo another origin on what hangs under the initiative', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}/results`, headers: { origin: 'https://evil.example' } });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers.vary).toMatch(/Origin/);
    });

    it('answers preflights for allowed origins only', async () => {
      const preflight = (origin: string) =>
        h.app.inject({
          method: 'OPTIONS',
          url: `/v1/initiatives/${demoInitiative}/contributions`,
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const allowed = await preflight(allowedOrigin);
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(allowedOrigin);
      expect(allowed.headers['access-control-allow-methods']).toContain('POST');
      expect(allowed.headers['access-control-allow-headers']).toContain('content-type');
      expect(allowed.headers.vary).toMatch(/Origin/);
      const denied = await preflight('https://evil.example');
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
      expect(denied.headers.vary).toMatch(/Origin/);
    });

    it('refuses a POST from a disallowed origin with 403 and stores nothing', async () => {
      const before = await countRows(h.db, 'contributions');
      const response = await post(envelope(), { origin: 'https://evil.example' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'origin_not_allowed' });
      expect(await countRows(h.db, 'contributions')).toBe(before);
    });

    it('accepts a POST without Origin (not a browser)', async () => {
      expect((await post(envelope(), {})).statusCode).toBe(201);
    });
  });

  describe('results', () => {
    it('answers 404 until published, then counts yes and no in SQL', async () => {
      await createInitiative('resultats', {}, 'open');
      const unpublished = await h.app.inject({ method: 'GET', url: '/v1/initiatives/resultats/results' });
      expect(unpublished.statusCode).toBe(404);
      expect(unpublished.json()).toMatchObject({ code: 'not_found', message: expect.stringMatching(/not published/) });
      for (const answer of ['yes', 'yes', 'no'] as const) {
        const body = envelope({ initiative: 'resultats', payload: { answer, page: 'https://www.quebec.ca/a' } });
        expect((await post(body, { origin: allowedOrigin }, 'resultats')).statusCode).toBe(201);
      }
      const published = await h.app.inject({
        method: 'POST',
        url: '/v1/staff/initiatives/resultats/results-publication',
        headers: bearer(h.tokens.demo.editor),
        payload: { published: true },
      });
      expect(published.statusCode).toBe(200);
      const results = await h.app.inject({ method: 'GET', url: '/v1/initiatives/resultats/results' });
      expect(results.json()).toEqual({ initiative: 'resultats', type: 'page-feedback', total: 3, answers: { yes: 2, no: 1 }, reasons: canadaLikeReasons.map(({ id }) => ({ id, count: 0 })) });
    });
  });

  it('stores contributions to a pre-moderated initiative as pending', async () => {
    await createInitiative('premoderee', { moderation: 'pre' }, 'open');
    const ack = await post(envelope({ initiative: 'premoderee' }), { origin: allowedOrigin }, 'premoderee');
    const [row] = await h.db.query('SELECT moderation_state FROM contributions WHERE id = $1', [ack.json().id]);
    expect(row).toEqual({ moderation_state: 'pending' });
  });

  it('keeps the validated payload (trimmed comment), not the raw one', async () => {
    const body = envelope({ payload: { answer: 'no', comment: '  Trop long à lire  ', page: 'https://www.quebec.ca/b' }, participant: randomUUID() });
    const ack = await post(body);
    const [row] = await h.db.query<{ payload: { comment: string } }>('SELECT payload FROM contributions WHERE id = $1', [ack.json().id]);
    expect(row!.payload.comment).toBe('Trop long à lire');
  });
});
