import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFigures, PublicReport, ReportSettings, Theme } from '@participe/core/schemas';
import { allowedOrigin, bearer, demoInitiative, drivers, envelope, startHarness, type Harness } from './support/harness.js';
import { boardId, boardOrigin, idea, publishedIdea } from './support/idea-board.js';

const report = (overrides: Partial<ReportSettings> = {}): ReportSettings => ({
  text: {
    heard: { fr: 'Vous trouviez les heures difficiles à trouver.', en: 'You found the opening hours hard to find.' },
    decided: { fr: 'Nous les affichons en haut de chaque page.', en: 'We show them at the top of every page.' },
    changes: { fr: 'En ligne dès mars 2027.', en: 'Online from March 2027.' },
  },
  expectedBy: '2026-09-30',
  publishOn: null,
  themes: [],
  answers: [],
  figuresPublished: false,
  ...overrides,
});

describe.each(drivers)('"you said, we did" and open data on %s', (driver) => {
  let h: Harness;
  let clock = new Date('2026-06-15T12:00:00Z');
  let hours: Theme;
  const put = (id: string, body: ReportSettings, token = h.tokens.demo.editor) => h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${id}/report`, headers: bearer(token), payload: body });
  const publicRead = (id: string, origin = allowedOrigin) => h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}/report`, headers: { origin } });

  beforeAll(async () => {
    h = await startHarness(driver, {}, () => clock);
    const analyst = bearer(h.tokens.demo.analyst);
    hours = (await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/themes`, headers: analyst, payload: { name: { fr: 'Heures', en: 'Hours' } } })).json() as Theme;
    const ids: string[] = [];
    for (const comment of ['Pas d’heures.', 'Heures introuvables.', 'Rien à redire.']) {
      const posted = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/contributions`, headers: { origin: allowedOrigin }, payload: envelope({ payload: { answer: 'no', comment, page: 'https://www.quebec.ca/a' } }) });
      expect(posted.statusCode, posted.body).toBe(201);
      ids.push((posted.json() as { id: string }).id);
    }
    await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/coding`, headers: analyst, payload: { contributions: ids.slice(0, 2), add: [hours.id] } });
  });
  afterAll(() => h?.close());

  it('promises a report while none is published, then shows it from its day on, with the themes it cites and their counts', async () => {
    expect((await publicRead(demoInitiative)).json()).toEqual({ state: 'none' });
    expect((await publicRead('pas-une-initiative')).statusCode).toBe(404);
    const saved = await put(demoInitiative, report({ themes: [hours.id] }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ expectedBy: '2026-09-30', publishOn: null, themes: [hours.id] });
    const promised = await publicRead(demoInitiative);
    expect(promised.statusCode).toBe(200);
    expect(promised.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(promised.json()).toEqual({ state: 'expected', expectedBy: '2026-09-30' });

    await put(demoInitiative, report({ themes: [hours.id], publishOn: '2026-06-20' }));
    expect((await publicRead(demoInitiative)).json()).toEqual({ state: 'expected', expectedBy: '2026-09-30' });
    clock = new Date('2026-06-20T04:30:00Z'); // 00:30 in Québec on the 20th
    const published = (await publicRead(demoInitiative)).json() as PublicReport;
    expect(published).toEqual({ state: 'published', publishedOn: '2026-06-20', text: report().text, themes: [{ name: { fr: 'Heures', en: 'Hours' }, count: 2 }], answers: [] });
    const audit = await h.db.query<{ action: string; details: unknown }>(`SELECT action, details FROM audit_log WHERE action = 'report.update' ORDER BY id`);
    expect(audit.at(-1)).toEqual({ action: 'report.update', details: { published: 1, figures: 0 } });
  });

  it('links to official answers as the public reads them, and refuses what is not the initiative’s to cite', async () => {
    const answered = await publishedIdea(h, idea('Des heures plus claires'));
    const silent = await publishedIdea(h, idea('Sans réponse'));
    const responded = await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${boardId}/contributions/${answered}/response`, headers: bearer(h.tokens.demo.moderator), payload: { status: 'accepted', text: { fr: 'Retenue.', en: 'Adopted.' } } });
    expect(responded.statusCode, responded.body).toBe(200);
    expect((await put(boardId, report({ answers: [silent] }))).statusCode).toBe(400);
    expect((await put(boardId, report({ themes: [hours.id] }))).statusCode).toBe(400);
    expect((await put(boardId, report({ text: null, publishOn: '2026-06-01' }))).statusCode).toBe(400);
    expect((await put(boardId, report({ answers: [answered], publishOn: '2026-06-01' }))).statusCode).toBe(200);
    const shown = (await publicRead(boardId, boardOrigin)).json() as Extract<PublicReport, { state: 'published' }>;
    expect(shown.answers).toHaveLength(1);
    expect(shown.answers[0]).toMatchObject({ id: answered, response: { status: 'accepted', text: { fr: 'Retenue.', en: 'Adopted.' } } });
    expect(shown.answers[0]!.payload).toMatchObject({ title: 'Des heures plus claires' });
  });

  it('lets only editors and administrators write it, and only their organisation read it', async () => {
    expect((await put(demoInitiative, report(), h.tokens.demo.analyst)).statusCode).toBe(403);
    expect((await put(demoInitiative, report(), h.tokens.other.admin)).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/report`, headers: bearer(h.tokens.other.admin) })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/report`, headers: bearer(h.tokens.demo.analyst) })).statusCode).toBe(200);
  });

  it('publishes figures as open data only when asked: aggregates, never a personal field', async () => {
    const json = `/v1/open-data/initiatives/${demoInitiative}/figures.json`;
    expect((await h.app.inject({ method: 'GET', url: json })).statusCode).toBe(404);
    await put(demoInitiative, report({ themes: [hours.id], publishOn: '2026-06-20', figuresPublished: true }));
    const response = await h.app.inject({ method: 'GET', url: json, headers: { origin: 'https://anyone.example' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const figures = response.json() as OpenFigures;
    const [counted] = await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected'`, [demoInitiative]);
    expect(figures).toMatchObject({ initiative: demoInitiative, type: 'page-feedback', licence: { id: 'CC-BY-4.0' }, total: counted!.n, themes: [{ name: { fr: 'Heures', en: 'Hours' }, count: 2 }] });
    expect(Object.values(figures.byChannel).reduce((a, b) => a + b, 0)).toBe(counted!.n);
    // Nothing a citizen wrote, no pseudonym, no identifier of a contribution.
    const text = response.body;
    for (const personal of ['Pas d’heures', 'introuvables', 'participant', 'payload', 'comment']) expect(text).not.toContain(personal);
    const ids = await h.db.query<{ id: string; participant_hash: string | null }>('SELECT id, participant_hash FROM contributions WHERE initiative_id = $1', [demoInitiative]);
    for (const row of ids) {
      expect(text).not.toContain(row.id);
      if (row.participant_hash) expect(text).not.toContain(row.participant_hash);
    }

    const csv = await h.app.inject({ method: 'GET', url: `/v1/open-data/initiatives/${demoInitiative}/figures.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.rawPayload.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({ figure: 'total', key: '', label_fr: 'Total', label_en: 'Total', count: String(counted!.n) });
    expect(rows.find((row) => row.figure === 'theme')).toEqual({ figure: 'theme', key: '1', label_fr: 'Heures', label_en: 'Hours', count: '2' });
  });

  it('knows no draft and no unpublished initiative, and answers 404 for an unknown one', async () => {
    expect((await h.app.inject({ method: 'GET', url: `/v1/open-data/initiatives/${boardId}/figures.json` })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: `/v1/open-data/initiatives/nope-${randomUUID().slice(0, 8)}/figures.csv` })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/v1/open-data/initiatives/NOT_A_SLUG/figures.json' })).statusCode).toBe(400);
  });
});
