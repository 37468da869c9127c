// The testimonial wall on PGlite and PostgreSQL: the author's visibility (a "ministry only" or
// "statistics only" testimonial never reaches any public response), moderation with an edit that
// never leaks the original, replies and change marks, the wall by service, the per-service
// summary in SQL, retention, export with automatic flags, isolation and injection.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionEndsAt } from '@participe/core/schemas';
import { injectionCorpus } from '@participe/core/testing';
import { runRetention } from '../src/domain/retention.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';
import { editAndPublish, moderate, openWall, reply, share, story, summary, wall, wallId, wallOrigin } from './support/testimonials.js';

describe.each(drivers)('the testimonial wall on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  /** Every public response a viewer could get about this initiative, as one text. */
  async function everythingPublic(initiative: string, ids: readonly string[]): Promise<string> {
    const urls = [
      `/v1/initiatives/${initiative}/testimonials?limit=50`,
      `/v1/initiatives/${initiative}/public-contributions?limit=50`,
      ...ids.map((id) => `/v1/initiatives/${initiative}/public-contributions/${id}`),
    ];
    const bodies = await Promise.all(urls.map(async (url) => (await h.app.inject({ method: 'GET', url })).body));
    const events = await h.db.query<{ data: unknown }>("SELECT data FROM events WHERE initiative_id = $1 AND type = 'contribution'", [initiative]);
    return [...bodies, JSON.stringify(events)].join('\n');
  }

  it('never shows a "ministry only" or "statistics only" testimonial publicly, even approved; counts it in the summary', async () => {
    await openWall(h, 'visibilites');
    const shown = await share(h, story('Visible de tous.', { rating: 4 }), 'visibilites');
    const ministry = await share(h, story('Pour le Ministère seulement.', { visibility: 'ministry', rating: 2 }), 'visibilites');
    const statistics = await share(h, story('Pour les statistiques seulement.', { visibility: 'statistics', rating: 3 }), 'visibilites');
    for (const id of [shown, ministry, statistics]) await moderate(h, id, 'approved', 'visibilites');
    const everything = await everythingPublic('visibilites', [shown, ministry, statistics]);
    // Not even their ids reach live viewers.
    for (const id of [ministry, statistics]) expect(everything).not.toContain(id);
    expect(everything).toContain('Visible de tous.');
    expect(everything).not.toContain('Ministère seulement');
    expect(everything).not.toContain('statistiques seulement');
    expect(everything).not.toContain('"visibility"');
    expect((await wall(h, '', 'visibilites')).items.map((item) => item.id)).toEqual([shown]);
    for (const id of [ministry, statistics]) {
      expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/visibilites/public-contributions/${id}` })).statusCode).toBe(404);
      const reported = await h.app.inject({ method: 'POST', url: `/v1/initiatives/visibilites/public-contributions/${id}/reports`, headers: { origin: wallOrigin }, payload: { participant: randomUUID(), reason: 'spam' } });
      expect(reported.statusCode).toBe(404);
    }
    // Replying to a ministry-only testimonial is staff business: still nothing public.
    expect((await reply(h, ministry, { status: 'reply', text: { fr: 'Réponse privée.', en: 'Private reply.' } }, h.tokens.demo.moderator, 'visibilites')).statusCode).toBe(200);
    expect(await everythingPublic('visibilites', [ministry])).not.toContain('Réponse privée');
    expect((await summary(h, 'visibilites')).find((row) => row.service === 'permis')).toEqual({ service: 'permis', count: 3, rated: 3, average: 3 });
  });

  it('shows nothing before a moderator publishes it, and never a rejected one', async () => {
    const pending = await share(h, story('En attente de relecture.'));
    const rejected = await share(h, story('Refusé.'));
    await moderate(h, rejected, 'rejected', wallId, 'Hors sujet.');
    const everything = await everythingPublic(wallId, [pending, rejected]);
    expect(everything).not.toContain('En attente de relecture.');
    expect(everything).not.toContain('Refusé.');
  });

  it('publishes the text a moderator edited, never the original, and says it was edited', async () => {
    const original = 'Je suis Jeanne Tremblay, 418-555-0199, jeanne@exemple.ca, NAS 123 456 789.';
    const id = await share(h, story(original, { firstName: 'Jeanne', region: 'Estrie' }));
    await editAndPublish(h, id, story('J’ai été bien servie au comptoir.', { firstName: 'Jeanne', region: 'Estrie' }));
    const [item] = (await wall(h, '?service=permis')).items.filter((candidate) => candidate.id === id);
    expect(item).toMatchObject({ payload: { text: 'J’ai été bien servie au comptoir.', firstName: 'Jeanne', region: 'Estrie' }, editedAt: expect.any(String) });
    const everything = await everythingPublic(wallId, [id]);
    for (const detail of ['Tremblay', '418-555-0199', 'jeanne@exemple.ca', '123 456 789']) expect(everything).not.toContain(detail);
    // Staff keep it until retention, in the database only.
    const [row] = await h.db.query<{ original_payload: { text: string } }>('SELECT original_payload FROM contributions WHERE id = $1', [id]);
    expect(row!.original_payload.text).toBe(original);
    // An edit is checked like a new testimonial, and keeps the visibility its author chose.
    const bad = await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${wallId}/contributions/${id}/payload`, headers: bearer(h.tokens.demo.moderator), payload: { payload: { text: '', service: 'permis', visibility: 'public' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('payload.text');
    const privateOne = await share(h, story('Pour le Ministère.', { visibility: 'ministry' }));
    const widened = await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${wallId}/contributions/${privateOne}/payload`, headers: bearer(h.tokens.demo.moderator), payload: { payload: story('Pour le Ministère.') } });
    expect(widened.statusCode).toBe(400);
    expect(widened.json().issues[0]).toMatchObject({ path: 'payload.visibility', code: 'author_choice' });
    const [kept] = await h.db.query<{ payload: { visibility: string }; edited_at: unknown }>('SELECT payload, edited_at FROM contributions WHERE id = $1', [privateOne]);
    expect(kept).toMatchObject({ payload: { visibility: 'ministry' }, edited_at: null });
  });

  it('shows the organisation’s reply in both languages and its change marks under the testimonial', async () => {
    const id = await share(h, story('Le site plantait au paiement.', { service: 'en-ligne' }));
    await moderate(h, id, 'approved');
    const planned = await reply(h, id, { status: 'change-planned', text: { fr: 'Correctif prévu en mai.', en: 'Fix planned for May.' } });
    expect(planned.statusCode, planned.body).toBe(200);
    let [item] = (await wall(h, '?service=en-ligne')).items.filter((candidate) => candidate.id === id);
    expect(item!.response).toMatchObject({ status: 'change-planned', text: { fr: 'Correctif prévu en mai.', en: 'Fix planned for May.' } });
    await reply(h, id, { status: 'change-made', text: { fr: 'Corrigé le 2 mai.', en: 'Fixed on May 2.' } });
    [item] = (await wall(h, '?service=en-ligne')).items.filter((candidate) => candidate.id === id);
    expect(item!.response).toMatchObject({ status: 'change-made', text: { en: 'Fixed on May 2.' } });
    const wrong = await reply(h, id, { status: 'accepted' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].message).toContain('"change-made"');
  });

  it('filters by service and pages with a cursor; a forged cursor or service is refused', async () => {
    await openWall(h, 'pages', {}, { moderation: 'none' });
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push(await share(h, story(`Comptoir ${index}`, { service: 'comptoirs' }), 'pages'));
    await share(h, story('Permis'), 'pages');
    const first = await wall(h, '?service=comptoirs&limit=3', 'pages');
    expect(first.total).toBe(5);
    expect(first.items).toHaveLength(3);
    const second = await wall(h, `?service=comptoirs&limit=3&cursor=${first.nextCursor}`, 'pages');
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([...ids].sort());
    expect((await wall(h, '', 'pages')).total).toBe(6);
    for (const query of ['?cursor=abc', '?service=Pas%20un%20service', '?limit=500']) {
      const refused = await h.app.inject({ method: 'GET', url: `/v1/initiatives/pages/testimonials${query}` });
      expect(refused.statusCode, query).toBe(400);
    }
  });

  it('sums each service in SQL: approved only, mean rating to one decimal, unrated ones counted', async () => {
    await openWall(h, 'sommaire');
    const rated = async (rating: number | undefined, service = 'comptoirs') => {
      const id = await share(h, story('Avis', { service, ...(rating !== undefined && { rating }) }), 'sommaire');
      await moderate(h, id, 'approved', 'sommaire');
    };
    await rated(5);
    await rated(4);
    await rated(4);
    await rated(undefined);
    await share(h, story('Pas encore lu', { service: 'comptoirs', rating: 1 }), 'sommaire');
    expect(await summary(h, 'sommaire')).toEqual([
      { service: 'permis', count: 0, rated: 0, average: null },
      { service: 'comptoirs', count: 4, rated: 3, average: 4.3 },
      { service: 'en-ligne', count: 0, rated: 0, average: null },
    ]);
    const staffSummary = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/sommaire/testimonials/summary', headers: bearer(h.tokens.demo.analyst) });
    expect(staffSummary.json().services[1]).toEqual({ service: 'comptoirs', count: 4, rated: 3, average: 4.3 });
  });

  it('at retention, destroys originals and unpublished words, keeps published text; the first name goes', async () => {
    await openWall(h, 'retention', {}, { closesAt: '2026-07-01T00:00:00Z', retentionDays: 1 });
    const published = await share(h, story('Jeanne Tremblay, 418-555-0199', { firstName: 'Jeanne', region: 'Estrie' }), 'retention');
    await editAndPublish(h, published, story('Un bon service.', { firstName: 'Jeanne', region: 'Estrie' }), 'retention');
    const ministry = await share(h, story('Mon dossier 12-345.', { visibility: 'ministry', firstName: 'Paul', rating: 2 }), 'retention');
    await moderate(h, ministry, 'approved', 'retention');
    await runRetention(h.db, { now: () => retentionEndsAt({ closesAt: '2026-07-01T00:00:00Z', retentionDays: 1 })! });
    const rows = await h.db.query<{ id: string; payload: unknown; original_payload: unknown }>('SELECT id::text AS id, payload, original_payload FROM contributions WHERE initiative_id = $1', ['retention']);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(published)).toMatchObject({ payload: { text: 'Un bon service.', firstName: '[anonymised]', region: 'Estrie' }, original_payload: null });
    expect(byId.get(ministry)).toMatchObject({ payload: { text: '[anonymised]', firstName: '[anonymised]', rating: 2, visibility: 'ministry' }, original_payload: null });
    const [item] = (await wall(h, '', 'retention')).items;
    expect(item!.payload).toEqual({ text: 'Un bon service.', service: 'permis', region: 'Estrie' });
    expect((await summary(h, 'retention'))[0]).toMatchObject({ count: 2, rated: 1, average: 2 });
  });

  it('exports readable columns with the personal details found automatically, in French and English', async () => {
    await openWall(h, 'export', {}, { moderation: 'none' });
    const id = await share(h, story('=Appelez-moi au 418-555-0199 ou à a@b.ca', { rating: 3, firstName: 'Léa' }), 'export');
    await reply(h, id, { status: 'change-made', text: { fr: 'C’est fait.', en: 'Done.' } }, h.tokens.demo.moderator, 'export');
    const csv = async (lang: string) => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/export/export?format=csv&lang=${lang}`, headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode).toBe(200);
      return parse(response.body.slice(1), { columns: true }) as Array<Record<string, string>>;
    };
    const [fr] = await csv('fr');
    expect(fr).toMatchObject({
      Témoignage: "'=Appelez-moi au 418-555-0199 ou à a@b.ca",
      Service: 'Permis de conduire',
      'Note (1 à 5)': '3',
      Prénom: 'Léa',
      'Visibilité choisie': 'Publier sur cette page',
      'Renseignements personnels signalés': 'courriel, numéro de téléphone',
      Marque: 'Changement apporté',
      'Réponse (français)': 'C’est fait.',
    });
    const [en] = await csv('en');
    expect(en).toMatchObject({ Service: 'Driver’s licence', 'Personal details flagged': 'email, phone number', Mark: 'Change made', 'Reply (English)': 'Done.' });
  });

  it('filters the staff list by service and visibility; a malformed filter is refused', async () => {
    await openWall(h, 'filtres');
    const a = await share(h, story('Permis public'), 'filtres');
    await share(h, story('Permis privé', { visibility: 'ministry' }), 'filtres');
    await share(h, story('Comptoir public', { service: 'comptoirs' }), 'filtres');
    const list = async (where: string) => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/filtres/contributions?review=needed&where=${encodeURIComponent(where)}`, headers: bearer(h.tokens.demo.moderator) });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { items: Array<{ id: string }> }).items.map((item) => item.id);
    };
    expect(await list('service:permis,visibility:public')).toEqual([a]);
    expect(await list('service:permis')).toHaveLength(2);
    expect(await list('visibility:statistics')).toEqual([]);
    for (const where of ['service', 'service:Permis', "service:x');drop", 'a:b,c:d,e:f,g:h,i:j']) {
      const refused = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/filtres/contributions?where=${encodeURIComponent(where)}`, headers: bearer(h.tokens.demo.moderator) });
      expect(refused.statusCode, where).toBe(400);
    }
  });

  it('keeps organisations apart: another organisation’s staff find nothing', async () => {
    const id = await share(h, story('Chez nous.'));
    const other = h.tokens.other.admin;
    expect((await reply(h, id, { status: 'reply' }, other)).statusCode).toBe(404);
    for (const [method, url] of [
      ['GET', `/v1/staff/initiatives/${wallId}/testimonials/summary`],
      ['PUT', `/v1/staff/initiatives/${wallId}/contributions/${id}/payload`],
      ['POST', `/v1/staff/initiatives/${wallId}/contributions/${id}/moderation`],
    ] as const) {
      const response = await h.app.inject({ method, url, headers: bearer(other), ...(method !== 'GET' && { payload: method === 'PUT' ? { payload: story('Piraté.') } : { state: 'approved' } }) });
      expect(response.statusCode, url).toBe(404);
    }
    // Another type's initiative has no wall.
    expect((await h.app.inject({ method: 'GET', url: '/v1/initiatives/retroaction-pages/testimonials' })).statusCode).toBe(404);
  });

  it('returns what citizens wrote as data, byte for byte', async () => {
    await openWall(h, 'injection', {}, { moderation: 'none' });
    const texts = injectionCorpus.map((text) => `x ${text}`.slice(0, 1500).trim());
    for (const text of texts) await share(h, story(text), 'injection');
    const shown: unknown[] = [];
    for (let cursor: string | null = '', page = 0; cursor !== null && page < 20; page += 1) {
      const result = await wall(h, `?limit=50${cursor ? `&cursor=${cursor}` : ''}`, 'injection');
      shown.push(...result.items.map((item) => item.payload.text));
      cursor = result.nextCursor;
    }
    expect(shown.sort()).toEqual([...texts].sort());
  });
});
