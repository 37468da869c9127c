import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffContribution, Theme, ThemeOverview } from '@participe/core/schemas';
import { bearer, demoInitiative, drivers, startHarness, type Harness } from './support/harness.js';
import { enterResponse, longAnswers, shortAnswers, surveyId } from './support/survey.js';

const themesUrl = (id: string) => `/v1/staff/initiatives/${id}/themes`;

describe.each(drivers)('qualitative coding on %s', (driver) => {
  let h: Harness;
  let analyst: Record<string, string>;
  const feedbackIds: string[] = [];
  const comments = ['Il manque les heures.', 'Trop lent à charger.', 'Les heures sont fausses.'];
  let hours: Theme;
  let speed: Theme;

  const enterFeedback = async (comment: string) => {
    const response = await h.app.inject({
      method: 'POST',
      url: `/v1/staff/initiatives/${demoInitiative}/contributions`,
      headers: bearer(h.tokens.demo.moderator),
      payload: { channel: 'paper', language: 'fr', idempotencyKey: randomUUID(), payload: { answer: 'no', comment, page: 'https://www.quebec.ca/a' } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const overview = async (id = demoInitiative) => {
    const response = await h.app.inject({ method: 'GET', url: themesUrl(id), headers: analyst });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ThemeOverview;
  };
  const listIds = async (query: string, id = demoInitiative) => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/contributions?${query}`, headers: analyst });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: StaffContribution[] }).items.map((item) => item.id).sort();
  };
  const payloads = async () => (await h.db.query<{ id: string; payload: unknown }>('SELECT id, payload FROM contributions ORDER BY id')).map((row) => JSON.stringify(row));

  beforeAll(async () => {
    h = await startHarness(driver);
    analyst = bearer(h.tokens.demo.analyst);
    for (const comment of comments) feedbackIds.push(await enterFeedback(comment));
  });
  afterAll(() => h?.close());

  it('creates themes with names in both languages and an optional colour, audited', async () => {
    const created = await h.app.inject({ method: 'POST', url: themesUrl(demoInitiative), headers: analyst, payload: { name: { fr: 'Heures', en: 'Hours' }, colour: '#1f6feb' } });
    expect(created.statusCode, created.body).toBe(201);
    hours = created.json() as Theme;
    expect(hours).toMatchObject({ name: { fr: 'Heures', en: 'Hours' }, colour: '#1f6feb', counts: {} });
    const plain = await h.app.inject({ method: 'POST', url: themesUrl(demoInitiative), headers: analyst, payload: { name: { fr: 'Lenteur', en: 'Slowness' } } });
    speed = plain.json() as Theme;
    expect(speed.colour).toBeNull();
    const audit = await h.db.query<{ action: string; target_id: string }>(`SELECT action, target_id FROM audit_log WHERE action LIKE 'theme.%' ORDER BY id`);
    expect(audit).toEqual([
      { action: 'theme.create', target_id: hours.id },
      { action: 'theme.create', target_id: speed.id },
    ]);
  });

  it('refuses bad themes with 400 and roles that may not code with 403', async () => {
    const noEnglish = await h.app.inject({ method: 'POST', url: themesUrl(demoInitiative), headers: analyst, payload: { name: { fr: 'Seul' } } });
    expect(noEnglish.statusCode).toBe(400);
    const badColour = await h.app.inject({ method: 'POST', url: themesUrl(demoInitiative), headers: analyst, payload: { name: { fr: 'A', en: 'A' }, colour: 'red' } });
    expect(badColour.statusCode).toBe(400);
    expect(badColour.json().issues[0]).toMatchObject({ path: 'colour', code: 'invalid_format', params: { format: 'colour' } });
    const moderator = await h.app.inject({ method: 'POST', url: themesUrl(demoInitiative), headers: bearer(h.tokens.demo.moderator), payload: { name: { fr: 'A', en: 'A' } } });
    expect(moderator.statusCode).toBe(403);
  });

  it('codes one contribution at a time, as a whole set, without touching what the citizen wrote', async () => {
    const before = await payloads();
    const url = `/v1/staff/initiatives/${demoInitiative}/contributions/${feedbackIds[0]}/themes`;
    const coded = await h.app.inject({ method: 'PUT', url, headers: analyst, payload: { themes: [hours.id, speed.id] } });
    expect(coded.statusCode, coded.body).toBe(200);
    expect((coded.json() as StaffContribution).themes).toHaveLength(2);
    const again = await h.app.inject({ method: 'PUT', url, headers: analyst, payload: { themes: [hours.id] } });
    expect((again.json() as StaffContribution).themes).toEqual([{ theme: hours.id, field: '' }]);
    expect(await payloads()).toEqual(before);
    const audit = await h.db.query<{ target_id: string; details: unknown }>(`SELECT target_id, details FROM audit_log WHERE action = 'contribution.code' ORDER BY id`);
    expect(audit).toEqual([
      { target_id: feedbackIds[0], details: { added: 2, removed: 0 } },
      { target_id: feedbackIds[0], details: { added: 0, removed: 1 } },
    ]);
  });

  it('codes many contributions at once, and filters and counts by theme and by what is uncoded', async () => {
    const bulk = await h.app.inject({
      method: 'POST',
      url: `/v1/staff/initiatives/${demoInitiative}/coding`,
      headers: analyst,
      payload: { contributions: [feedbackIds[1], feedbackIds[2], feedbackIds[1]], add: [speed.id] },
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json()).toEqual({ contributions: 2 });
    const removal = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/coding`, headers: analyst, payload: { contributions: [feedbackIds[2]], remove: [speed.id], add: [hours.id] } });
    expect(removal.statusCode).toBe(200);
    expect(await listIds(`theme=${hours.id}`)).toEqual([feedbackIds[0], feedbackIds[2]].sort());
    expect(await listIds(`theme=${speed.id}`)).toEqual([feedbackIds[1]]);
    const all = await overview();
    expect(all.themes.map((theme) => [theme.name.en, theme.counts])).toEqual([
      ['Hours', { '': 2 }],
      ['Slowness', { '': 1 }],
    ]);
    expect(all.fields).toEqual([]);
    // The seeded demo contributions are not coded yet.
    const uncoded = await listIds('uncoded=true&limit=200');
    expect(uncoded).not.toContain(feedbackIds[0]);
    expect(all.uncoded['']).toBe(uncoded.length);
    expect(all.total['']).toBe(uncoded.length + 3);
  });

  it('refuses themes and contributions of another initiative, and unknown fields, with 400', async () => {
    const otherTheme = await h.app.inject({ method: 'POST', url: themesUrl(surveyId), headers: analyst, payload: { name: { fr: 'Autre', en: 'Other' } } });
    const foreign = (otherTheme.json() as Theme).id;
    const wrongTheme = await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${demoInitiative}/contributions/${feedbackIds[0]}/themes`, headers: analyst, payload: { themes: [foreign] } });
    expect(wrongTheme.statusCode).toBe(400);
    const wrongContribution = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${surveyId}/coding`, headers: analyst, payload: { contributions: [feedbackIds[0]], add: [foreign] } });
    expect(wrongContribution.statusCode).toBe(400);
    const wrongField = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/coding`, headers: analyst, payload: { field: 'answers.nope', contributions: [feedbackIds[0]], add: [hours.id] } });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().issues[0]).toMatchObject({ path: 'field', code: 'invalid_value' });
    const missing = await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${demoInitiative}/contributions/${randomUUID()}/themes`, headers: analyst, payload: { themes: [] } });
    expect(missing.statusCode).toBe(404);
    expect((await overview()).themes.every((theme) => !theme.counts['answers.nope'])).toBe(true);
  });

  it('keeps other organisations out: their staff get 404 for every coding route', async () => {
    const other = bearer(h.tokens.other.admin);
    const requests = [
      { method: 'GET' as const, url: themesUrl(demoInitiative) },
      { method: 'POST' as const, url: themesUrl(demoInitiative), payload: { name: { fr: 'X', en: 'X' } } },
      { method: 'PUT' as const, url: `${themesUrl(demoInitiative)}/${hours.id}`, payload: { name: { fr: 'X', en: 'X' } } },
      { method: 'DELETE' as const, url: `${themesUrl(demoInitiative)}/${hours.id}` },
      { method: 'PUT' as const, url: `/v1/staff/initiatives/${demoInitiative}/contributions/${feedbackIds[0]}/themes`, payload: { themes: [] } },
      { method: 'POST' as const, url: `/v1/staff/initiatives/${demoInitiative}/coding`, payload: { contributions: [feedbackIds[0]], remove: [hours.id] } },
    ];
    for (const request of requests) {
      const response = await h.app.inject({ ...request, headers: other });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    expect((await overview()).themes.find((theme) => theme.id === hours.id)?.counts).toEqual({ '': 2 });
  });

  it('codes each free-text answer of a survey on its own', async () => {
    const long = (await enterResponse(h, surveyId, longAnswers)).json() as { id: string };
    const short = (await enterResponse(h, surveyId, shortAnswers)).json() as { id: string };
    const start = await overview(surveyId);
    expect(start.fields.map((field) => field.id)).toEqual(expect.arrayContaining(['answers.problemes', 'answers.mot']));
    const theme = (await h.app.inject({ method: 'POST', url: themesUrl(surveyId), headers: analyst, payload: { name: { fr: 'Pannes', en: 'Outages' } } })).json() as Theme;
    // Only responses that answered the question are there to code on it.
    expect(await listIds('uncoded=true&field=answers.problemes', surveyId)).toEqual([long.id]);
    const coded = await h.app.inject({
      method: 'PUT',
      url: `/v1/staff/initiatives/${surveyId}/contributions/${long.id}/themes`,
      headers: analyst,
      payload: { field: 'answers.problemes', themes: [theme.id] },
    });
    expect(coded.statusCode, coded.body).toBe(200);
    expect(await listIds('uncoded=true&field=answers.problemes', surveyId)).toEqual([]);
    expect(await listIds(`theme=${theme.id}&field=answers.problemes`, surveyId)).toEqual([long.id]);
    // Coded on one answer, it is still uncoded as a whole.
    expect(await listIds('uncoded=true', surveyId)).toEqual(expect.arrayContaining([long.id, short.id]));
    const after = await overview(surveyId);
    expect(after.themes.find((item) => item.id === theme.id)?.counts).toEqual({ 'answers.problemes': 1 });
    expect(after.total['answers.problemes']! - after.uncoded['answers.problemes']!).toBe(start.total['answers.problemes']! - start.uncoded['answers.problemes']! + 1);

    const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/export?format=csv&lang=en`, headers: analyst });
    const rows = parse(csv.rawPayload.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    const row = rows.find((item) => item['ID'] === long.id)!;
    // Coded on a question: the cell names the question.
    expect(row['Theme: Outages']).toBe('What did not work?');
    expect(rows.find((item) => item['ID'] === short.id)!['Theme: Outages']).toBe('');
  });

  it('adds one column per theme to exports (CSV headed in the language asked, JSON with assignments)', async () => {
    const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=csv&lang=fr`, headers: analyst });
    const rows = parse(csv.rawPayload.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(-2)).toEqual(['Thème : Heures', 'Thème : Lenteur']);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(feedbackIds[0]!)!['Thème : Heures']).toBe('Oui');
    expect(byId.get(feedbackIds[1]!)!['Thème : Heures']).toBe('');
    expect(byId.get(feedbackIds[1]!)!['Thème : Lenteur']).toBe('Oui');
    const json = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=json`, headers: analyst });
    const items = json.json() as StaffContribution[];
    expect(items.find((item) => item.id === feedbackIds[2])!.themes).toEqual([{ theme: hours.id, field: '' }]);
  });

  it('deletes a theme with its assignments, never the contributions', async () => {
    const before = await payloads();
    const deleted = await h.app.inject({ method: 'DELETE', url: `${themesUrl(demoInitiative)}/${speed.id}`, headers: analyst });
    expect(deleted.statusCode).toBe(204);
    expect(await payloads()).toEqual(before);
    expect((await overview()).themes.map((theme) => theme.id)).toEqual([hours.id]);
    const [audit] = await h.db.query<{ details: unknown }>(`SELECT details FROM audit_log WHERE action = 'theme.delete'`);
    expect(audit!.details).toEqual({ contributions: 1 });
    const gone = await h.app.inject({ method: 'DELETE', url: `${themesUrl(demoInitiative)}/${speed.id}`, headers: analyst });
    expect(gone.statusCode).toBe(404);
  });
});
