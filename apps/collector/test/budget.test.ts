// Budgets through the collector: every allocation is recomputed from its line values and the
// definition, in integer cents; forged totals, values out of bounds or off the step, locked lines
// changed and broken rules are refused with their stable codes, nothing stored. Results per line
// (increased, kept, decreased, mean, median, distribution) come from SQL; the CSV has one column
// per line. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocation, budgetExample, BudgetResults, type BudgetPayload } from '@participe/budget/manifest';
import type { ContributionEnvelope } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';

const M = 1_000_000;
const budgetId = budgetExample.id;
const origin = budgetExample.allowedOrigins[0]!;

const envelope = (payload: unknown, overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope => ({
  initiative: budgetId,
  type: 'budget',
  payload,
  idempotencyKey: randomUUID(),
  participant: randomUUID(),
  channel: 'web',
  language: 'fr',
  ...overrides,
});

/** Balanced: residential tax up 3.5 M$ (a surplus of 280 000 $). */
const balanced = (): BudgetPayload => ({ values: allocation({ 'taxe-residentielle': 101.5 * M }) });

describe.each(drivers)('budgets on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const post = (body: ContributionEnvelope) => h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin }, payload: body });
  const count = async (id = budgetId) => Number((await h.db.query<{ count: number }>('SELECT count(*)::int AS count FROM contributions WHERE initiative_id = $1', [id]))[0]!.count);

  /** A copy of the example, opened, under `id`, with definition changes. */
  async function openBudget(id: string, definition: Record<string, unknown> = {}) {
    const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = budgetExample;
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: { ...settings, id, definition: { ...settings.definition, ...definition } } });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    expect(opened.statusCode, opened.body).toBe(200);
  }

  it('stores a balanced allocation with its locked lines filled in, once', async () => {
    const before = await count();
    const { dette: _dette, transferts: _transferts, ...values } = balanced().values;
    const body = envelope({ values, comment: '  Bravo.  ' });
    const first = await post(body);
    expect(first.statusCode, first.body).toBe(201);
    expect((await post(body)).json()).toEqual(first.json());
    expect(await count()).toBe(before + 1);
    const [row] = await h.db.query<{ payload: BudgetPayload }>('SELECT payload FROM contributions WHERE id = $1', [first.json().id]);
    expect(row!.payload).toEqual({ values: balanced().values, comment: 'Bravo.' });
  });

  // Each forged allocation: the issue's path and stable code (params.code) — nothing stored.
  const refused: Array<[string, () => unknown, string, string]> = [
    ['a total sent along', () => ({ ...balanced(), balance: 0 }), 'payload', 'unknown field "balance"'],
    ['totals sent along', () => ({ ...balanced(), totals: { spending: 0, revenue: 0 } }), 'payload', 'unknown field "totals"'],
    ['today’s budget (a deficit)', () => ({ values: allocation() }), 'payload.values', 'the budget must balance: it has a deficit of $3,220,000'],
    ['a line over its maximum', () => ({ values: { ...balanced().values, police: 40 * M * 100 } }), 'payload.values.police', 'must be at most $36,000,000'],
    ['a line under its minimum', () => ({ values: { ...balanced().values, police: 0 } }), 'payload.values.police', 'must be at least $28,000,000'],
    ['a line off its step', () => ({ values: { ...balanced().values, police: 3_210_000_000 } }), 'payload.values.police', 'must be $28,000,000 plus a multiple of $250,000'],
    ['a fraction of a cent', () => ({ values: { ...balanced().values, police: 3_200_000_000.5 } }), 'payload.values.police', 'must be a whole number of cents'],
    ['units over the maximum', () => ({ values: { ...balanced().values, brigadiers: 61 } }), 'payload.values.brigadiers', 'must be at most 60 crossing guards'],
    ['a locked line changed', () => ({ values: { ...balanced().values, dette: 0 } }), 'payload.values.dette', 'this line is locked at $20,000,000'],
    ['a line left out', () => ({ values: Object.fromEntries(Object.entries(balanced().values).filter(([id]) => id !== 'police')) }), 'payload.values.police', 'a value is required for this line'],
    ['a line of its own', () => ({ values: { ...balanced().values, 'ma-ligne': 100 } }), 'payload.values.ma-ligne', 'no such line in this budget'],
    ['a value as text', () => ({ values: { ...balanced().values, police: '3200000000' } }), 'payload.values.police', 'must be a whole number of cents'],
    ['a comment too long', () => ({ ...balanced(), comment: 'x'.repeat(1001) }), 'payload.comment', 'must be at most 1000 characters'],
  ];

  it.each(refused)('refuses %s with a 400 at its path, and stores nothing', async (_what, payload, path, message) => {
    const before = await count();
    const response = await post(envelope(payload()));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(response.json().issues).toContainEqual(expect.objectContaining({ path, message }));
    expect(await count()).toBe(before);
  });

  it('refuses a surplus over the maximum, and an unchanged budget when a change is required', async () => {
    await openBudget('budget-excedent', { rule: { maxDeficit: 3.22 * M, maxSurplus: 1 * M } });
    const surplus = await post(envelope({ values: allocation({ 'taxe-residentielle': 105 * M }) }, { initiative: 'budget-excedent' }));
    expect(surplus.statusCode).toBe(400);
    expect(surplus.json().issues).toEqual([expect.objectContaining({ path: 'payload.values', message: 'the surplus of $3,780,000 is over the $1,000,000 allowed' })]);
    const unchanged = await post(envelope({ values: allocation() }, { initiative: 'budget-excedent' }));
    expect(unchanged.json().issues).toEqual([expect.objectContaining({ path: 'payload.values', message: 'change at least one line' })]);
    const allowed = await post(envelope({ values: allocation({ parcs: 8.9 * M }) }, { initiative: 'budget-excedent' }));
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(await count('budget-excedent')).toBe(1);
  });

  it('takes one allocation per participant', async () => {
    const participant = randomUUID();
    expect((await post(envelope(balanced(), { participant }))).statusCode).toBe(201);
    const again = await post(envelope(balanced(), { participant }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_participated');
  });

  it('checks paper entries the same way', async () => {
    const enter = (payload: unknown) =>
      h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${budgetId}/contributions`, headers: bearer(h.tokens.demo.editor), payload: { channel: 'paper', language: 'fr', payload, idempotencyKey: randomUUID() } });
    expect((await enter({ values: allocation() })).statusCode).toBe(400);
    expect((await enter(balanced())).statusCode).toBe(201);
  });

  it('refuses definitions staff cannot mean, with the path of each mistake', async () => {
    const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = budgetExample;
    const categories = structuredClone(settings.definition.categories);
    categories[0]!.lines[0]!.amount = 32.1 * M;
    const response = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: { ...settings, id: 'budget-errone', definition: { ...settings.definition, categories } } });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toContainEqual(expect.objectContaining({ path: 'definition.categories[0].lines[0].amount', message: 'must be min plus a multiple of step' }));
  });
});

describe.each(drivers)('budget results and export on %s', (driver) => {
  let h: Harness;
  const id = 'budget-resultats';
  /** Five allocations through the web and on paper; the sixth is rejected by a moderator. */
  const allocations: Array<{ values: Record<string, number>; comment?: string; channel?: 'paper'; reject?: true }> = [
    { values: { 'taxe-residentielle': 101.5 * M } },
    { values: { police: 31 * M, deneigement: 13 * M, culture: 2 * M, 'pistes-cyclables': 1.8 * M, brigadiers: 38 }, comment: '=HYPERLINK("http://evil.example")' },
    { values: { tarification: 17 * M, droits: 9 * M, administration: 14.5 * M } },
    { values: { police: 36 * M, 'taxe-residentielle': 105.5 * M }, channel: 'paper' },
    { values: { police: 29 * M, culture: 3.1 * M, 'taxe-residentielle': 100 * M, brigadiers: 50 } },
    { values: { police: 28 * M, 'taxe-residentielle': 98 * M }, reject: true },
  ];
  const ids: string[] = [];

  beforeAll(async () => {
    h = await startHarness(driver);
    const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = budgetExample;
    expect((await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: { ...settings, id } })).statusCode).toBe(201);
    expect((await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } })).statusCode).toBe(200);
    for (const { values, comment, channel, reject } of allocations) {
      const payload = { values: allocation(values), ...(comment && { comment }) };
      const response =
        channel === 'paper'
          ? await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/contributions`, headers: bearer(h.tokens.demo.editor), payload: { channel, language: 'fr', payload, idempotencyKey: randomUUID() } })
          : await h.app.inject({ method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers: { origin }, payload: envelope(payload, { initiative: id }) });
      // The rejected one balances too: police at its minimum pays for the deficit.
      expect(response.statusCode, response.body).toBe(201);
      ids.push(response.json().id);
      if (reject) {
        const moderated = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/contributions/${response.json().id}/moderation`, headers: bearer(h.tokens.demo.moderator), payload: { state: 'rejected' } });
        expect(moderated.statusCode).toBe(204);
      }
    }
  });
  afterAll(() => h?.close());

  it('publishes, per line, who increased, kept and decreased it, the mean, the median and the distribution', async () => {
    expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}/results` })).statusCode).toBe(404);
    const staff = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/results`, headers: bearer(h.tokens.demo.analyst) });
    expect(staff.statusCode, staff.body).toBe(200);
    const results = z.parse(BudgetResults, staff.json());
    expect(results.responses).toBe(5);
    const police = results.lines.find((line) => line.line === 'police')!;
    // 32 (kept) ×2, 31, 36, 29 (in M$): one up, two kept, two down; mean 32 M$, median 32 M$.
    expect(police).toMatchObject({ answered: 5, increased: 1, kept: 2, decreased: 2, mean: 32 * M * 100, median: 32 * M * 100 });
    // 33 positions in bins of 4: 29 M$ in bin 1 (29–29.75), 31 in bin 3, 32 ×2 in bin 4, 36 alone in the last.
    expect(police.distribution.map((bin) => bin.count)).toEqual([0, 1, 0, 1, 2, 0, 0, 0, 1]);
    expect(police.distribution[4]).toEqual({ from: 32 * M * 100, to: 32.75 * M * 100, count: 2 });
    const guards = results.lines.find((line) => line.line === 'brigadiers')!;
    expect(guards).toMatchObject({ increased: 1, kept: 3, decreased: 1, mean: (40 + 38 + 40 + 40 + 50) / 5, median: 40 });
    // 31 positions (30 to 60 guards) in bins of 4: 38 in bin 2, 40 ×3 in bin 2, 50 in bin 5.
    expect(guards.distribution.map((bin) => bin.count)).toEqual([0, 0, 4, 0, 0, 1, 0, 0]);
    const tax = results.lines.find((line) => line.line === 'taxe-residentielle')!;
    expect(tax).toMatchObject({ increased: 3, kept: 2, decreased: 0 });
    expect(tax.mean).toBe(Math.round(((101.5 + 98 + 98 + 105.5 + 100) / 5) * M * 100 * 100) / 100);
    expect(results.lines.map((line) => line.line)).toEqual(budgetExample.definition.categories.flatMap((category) => category.lines.map((line) => line.id)));
    // Never a single allocation, never a comment.
    expect(JSON.stringify(results)).not.toContain('HYPERLINK');

    expect((await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/results-publication`, headers: bearer(h.tokens.demo.editor), payload: { published: true } })).statusCode).toBe(200);
    const published = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}/results` });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual(staff.json());
  });

  it('counts only numbers for lines of the current definition, whatever an older payload holds', async () => {
    // Stored under an older definition (written straight to the table, as a migration might have left it).
    await h.db.query(
      `INSERT INTO contributions (id, initiative_id, idempotency_key, body_hash, participant_hash, channel, language, payload, moderation_state)
       VALUES ($1, $2, $3, 'x', 'y', 'web', 'fr', $4::jsonb, 'approved')`,
      [randomUUID(), id, randomUUID(), JSON.stringify({ values: { police: 'beaucoup', parcs: 9.5 * M * 100, ancienne: 5 } })],
    );
    const results = z.parse(BudgetResults, (await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/results`, headers: bearer(h.tokens.demo.analyst) })).json());
    expect(results.responses).toBe(6);
    expect(results.lines.find((line) => line.line === 'police')!.answered).toBe(5);
    expect(results.lines.find((line) => line.line === 'parcs')).toMatchObject({ answered: 6, increased: 1, kept: 5 });
  });

  it('exports one row per allocation and one readable column per line, in French and English', async () => {
    const csv = async (lang: 'fr' | 'en') => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/export?format=csv&lang=${lang}`, headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode, response.body).toBe(200);
      const [header, ...rows] = parse(response.rawPayload.toString('utf8').slice(1)) as string[][];
      return { header: header!, rows: new Map(rows.map((row) => [row[0]!, Object.fromEntries(header!.map((name, index) => [name, row[index]!]))])) };
    };
    const fr = await csv('fr');
    expect(fr.header.slice(7, 9)).toEqual(['Sécurité publique — Police ($)', 'Sécurité publique — Sécurité incendie ($)']);
    expect(fr.header).toContain('Sécurité publique — Brigadiers scolaires (brigadiers)');
    expect(fr.header.slice(-4)).toEqual(['Solde ($)', 'Incidence annuelle par ménage ($)', 'Commentaire', 'ancienne']);
    const cuts = fr.rows.get(ids[1]!)!;
    expect(cuts['Sécurité publique — Police ($)']).toBe('31000000');
    expect(cuts['Sécurité publique — Brigadiers scolaires (brigadiers)']).toBe('38');
    expect(cuts['Solde ($)']).toBe('16000');
    expect(cuts['Incidence annuelle par ménage ($)']).toBe('0');
    expect(cuts['Commentaire']).toBe(`'=HYPERLINK("http://evil.example")`);
    const taxed = fr.rows.get(ids[0]!)!;
    expect(taxed['Revenus — Taxe foncière résidentielle ($)']).toBe('101500000');
    expect(taxed['Incidence annuelle par ménage ($)']).toBe('102.08');
    const en = await csv('en');
    expect(en.header.slice(7, 8)).toEqual(['Public safety — Police ($)']);
    expect(en.header.slice(-4)).toEqual(['Balance ($)', 'Yearly impact per household ($)', 'Comment', 'ancienne']);
    expect(en.rows.size).toBe(7);
  });
});
