// Script and formula injection through every widget's payload (from its fixtures' `withText`),
// from the web and from staff entry: stored as given (after the type's documented normalisation),
// returned as JSON text, and exported as CSV that no spreadsheet runs.
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContributionFixture } from '../support/types.js';
import { type InitiativeType, type StaffContribution } from '@participe/core/schemas';
import { facetOf } from '../../src/slices/registry.js';
import * as z from 'zod/mini';
import { defuseFormula } from '../../src/domain/csv.js';
import { bearer, drivers } from '../support/harness.js';
import { combinedInjection, formulaStart, injectionCorpus } from '@participe/core/testing';
import { allowedOriginOf, fixtureEntries, fixtureSettings, openFixtureInitiative, seededRandom, startLoggedHarness, type LoggedHarness } from './support.js';

const texts = [...injectionCorpus, combinedInjection()];
const PROBE = 'zzprobezz';

/** What the collector stores for a payload: the type's own schema output (texts trimmed, postal codes normalised). */
function normalised(type: InitiativeType, fixture: ContributionFixture, payload: unknown): unknown {
  const schemas = facetOf(type)!.manifest;
  return z.parse(schemas.payload(z.parse(schemas.definition, fixture.initiative['definition'])), payload);
}

/** Paths where `withText` puts the citizen's text: found by sending a probe through it. */
function textPaths(fixture: ContributionFixture): string[][] {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value === PROBE) paths.push(path);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(fixture.withText(PROBE), []);
  return paths;
}
const at = (value: unknown, path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

/** Every `{ fr, en }` text of a definition replaced: staff-written labels become CSV headers and cells. */
function relabel(value: unknown, label: { fr: string; en: string }): unknown {
  if (Array.isArray(value)) return value.map((item) => relabel(item, label));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort().join();
    if (keys === 'en,fr') return label;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relabel(item, label)]));
  }
  return value;
}

interface Submission {
  type: InitiativeType;
  initiative: string;
  id: string;
  expected: unknown;
  /** The citizen's texts as stored, one per free-text field. */
  stored: string[];
}

describe.each(drivers)('script and formula injection on %s', (driver) => {
  let h: LoggedHarness;
  const submissions: Submission[] = [];
  const staff = (url: string) => h.app.inject({ method: 'GET', url: `/v1/staff/${url}`, headers: bearer(h.tokens.demo.admin) });

  async function listAll(initiative: string): Promise<StaffContribution[]> {
    const items: StaffContribution[] = [];
    let cursor: string | null = null;
    do {
      const page = await staff(`initiatives/${initiative}/contributions?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.headers['content-type']).toMatch(/^application\/json/);
      // Browsers never sniff these answers into HTML.
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      const body = page.json() as { items: StaffContribution[]; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    h = await startLoggedHarness(driver, { rateLimitPerMinute: 1_000_000 });
    const random = seededRandom(7);
    for (const [type, fixture] of fixtureEntries) {
      const initiative = await openFixtureInitiative(h, fixture);
      const paths = textPaths(fixture);
      expect(paths.length, `${type}: withText puts the text nowhere`).toBeGreaterThan(0);
      for (const text of texts) {
        const payload = fixture.withText(text);
        const expected = normalised(type, fixture, payload);
        const stored = paths.map((path) => at(expected, path)).filter((value): value is string => typeof value === 'string' && value !== '');
        const web = await h.app.inject({
          method: 'POST',
          url: `/v1/initiatives/${initiative}/contributions`,
          headers: { origin: allowedOriginOf(fixture) },
          payload: { initiative, type, payload, idempotencyKey: random.uuid(), participant: random.uuid(), channel: 'web', language: 'fr' },
        });
        expect(web.statusCode, `${type} ${JSON.stringify(text)}: ${web.body}`).toBe(201);
        const paper = await h.app.inject({
          method: 'POST',
          url: `/v1/staff/initiatives/${initiative}/contributions`,
          headers: bearer(h.tokens.demo.moderator),
          payload: { channel: 'paper', language: 'en', payload, idempotencyKey: random.uuid() },
        });
        expect(paper.statusCode, `${type} ${JSON.stringify(text)}: ${paper.body}`).toBe(201);
        for (const ack of [web, paper]) submissions.push({ type, initiative, id: (ack.json() as { id: string }).id, expected, stored });
      }
    }
    // Every text through every type, twice, on a busy machine: a budget that grows with the types registered.
  }, 30_000 * fixtureEntries.length);
  afterAll(() => h?.close());

  it('takes every text through every type, from widgets and from staff entry', () => {
    expect(submissions.length).toBe(fixtureEntries.length * texts.length * 2);
    // The markup itself reached storage: nothing was stripped or escaped on the way in.
    expect(submissions.some((s) => s.stored.some((text) => text.includes('<img src=x onerror="window.__pwned=1">')))).toBe(true);
  });

  it('stores the texts as given and returns them as JSON text, in the list and the JSON export', async () => {
    for (const [, fixture] of fixtureEntries) {
      const initiative = fixture.initiative.id;
      const listed = new Map((await listAll(initiative)).map((item) => [item.id, item.payload]));
      const exported = await staff(`initiatives/${initiative}/export?format=json`);
      expect(exported.headers['content-type']).toMatch(/^application\/json/);
      const exportedById = new Map((exported.json() as StaffContribution[]).map((item) => [item.id, item.payload]));
      for (const submission of submissions.filter((s) => s.initiative === initiative)) {
        expect(listed.get(submission.id), submission.id).toEqual(submission.expected);
        expect(exportedById.get(submission.id), submission.id).toEqual(submission.expected);
      }
    }
  });

  it('finds the texts by search, as text (no pattern or markup meaning)', async () => {
    for (const submission of submissions.filter((s, index) => index % 2 === 0)) {
      for (const text of submission.stored.filter((value) => value.trim().length <= 200).slice(0, 1)) {
        const found = await staff(`initiatives/${submission.initiative}/contributions?limit=200&q=${encodeURIComponent(text)}`);
        expect(found.statusCode, found.body).toBe(200);
        const items = (found.json() as { items: StaffContribution[] }).items;
        expect(items.map((item) => item.id), JSON.stringify(text)).toContain(submission.id);
        for (const item of items) expect(JSON.stringify(item.payload).toLowerCase()).toContain(JSON.stringify(text.trim()).slice(1, -1).toLowerCase());
      }
    }
  });

  it.each(['fr', 'en'])('exports CSV (%s) that no spreadsheet runs: quoted, every cell defused, every text readable', async (lang) => {
    for (const [, fixture] of fixtureEntries) {
      const initiative = fixture.initiative.id;
      const response = await staff(`initiatives/${initiative}/export?format=csv&lang=${lang}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/^attachment;/);
      const rows = parseCsv(response.body, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
      const [header, ...records] = rows;
      const mine = submissions.filter((s) => s.initiative === initiative);
      expect(records.length).toBe((await listAll(initiative)).length);
      for (const cell of [...header!, ...records.flat()]) expect(cell, JSON.stringify(cell)).not.toMatch(formulaStart);
      const byId = new Map(records.map((record) => [record[0], record]));
      for (const submission of mine) {
        const record = byId.get(submission.id);
        expect(record, submission.id).toBeDefined();
        expect(record!.length).toBe(header!.length);
        for (const text of submission.stored) {
          expect(record!.some((cell) => cell === defuseFormula(text) || cell.includes(text)), `${submission.type} ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
  });

  it('defuses staff-written labels in CSV headers, and serves staff-written titles as given', async () => {
    const title = combinedInjection(200);
    for (const [type, fixture] of fixtureEntries) {
      const id = `injection-labels-${type}`;
      const settings = fixtureSettings(fixture, id, {
        title: { fr: title, en: title },
        definition: relabel(fixture.initiative['definition'], { fr: '=HYPERLINK("https://evil.example")', en: '+cmd|\' /C calc\'!A0' }),
      });
      const editor = bearer(h.tokens.demo.editor);
      expect((await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: editor, payload: settings })).statusCode).toBe(201);
      expect((await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: editor, payload: { status: 'open' } })).statusCode).toBe(200);
      for (const payload of fixture.payloads) {
        const entered = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/contributions`, headers: editor, payload: { channel: 'phone', language: 'fr', payload, idempotencyKey: crypto.randomUUID() } });
        expect(entered.statusCode, entered.body).toBe(201);
      }
      const read = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}` });
      expect((read.json() as { title: { fr: string } }).title.fr).toBe(title.trim());
      for (const lang of ['fr', 'en']) {
        const csv = await staff(`initiatives/${id}/export?format=csv&lang=${lang}`);
        const rows = parseCsv(csv.body, { bom: true }) as string[][];
        for (const cell of rows.flat()) expect(cell, `${type} ${lang} ${JSON.stringify(cell)}`).not.toMatch(formulaStart);
      }
    }
  });

  it('logged no fault', () => {
    expect(h.faults()).toEqual([]);
  });
});
