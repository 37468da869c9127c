import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffContribution } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { contributionsCsv, defuseFormula, flatten } from '../src/domain/csv.js';
import { storeContributions } from '../src/storage/contributions.js';
import { bearer, demoInitiative, drivers, feedbackSettings, startHarness, type Harness } from './support/harness.js';

async function createInitiativeWith(h: Harness, id: string) {
  const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.admin), payload: feedbackSettings(id) });
  expect(created.statusCode).toBe(201);
}

describe('CSV helpers', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['Plain text = fine', 'Plain text = fine'],
    ['', ''],
    [' =1+1', "' =1+1"],
    ['"=1+1"', `'"=1+1"`],
    ['Oui;=1+1', "Oui;'=1+1"],
    ['a;@SUM(1)', "a;'@SUM(1)"],
    ['a; =b', "a;' =b"],
    ['a;"=b"', `a;'"=b"`],
    ['x, -2+3', "x,' -2+3"],
    ['=a;+b,@c', "'=a;'+b,'@c"],
    ['Bonjour, à tous; merci', 'Bonjour, à tous; merci'],
  ])('defuses %j as %j', (cell, expected) => {
    expect(defuseFormula(cell)).toBe(expected);
  });

  it('flattens nested payloads into dotted columns', () => {
    expect(flatten({ answer: 'yes', scores: { a: 1, b: { c: true } }, list: [1, 'x'] }, 'payload')).toEqual({
      'payload.answer': 'yes',
      'payload.scores.a': 1,
      'payload.scores.b.c': true,
      'payload.list': '[1,"x"]',
    });
  });

  it('writes a BOM, a header with the union of payload columns, and one row per contribution', () => {
    const base = { initiative: 'x', channel: 'web', language: 'fr', participant: randomUUID(), moderationState: 'approved', enteredBy: null } as const;
    const csv = contributionsCsv([
      { ...base, id: randomUUID(), receivedAt: '2026-01-01T00:00:00.000Z', payload: { answer: 'yes' } },
      { ...base, id: randomUUID(), receivedAt: '2026-01-02T00:00:00.000Z', payload: { answer: 'no', comment: 'Oui, "vraiment"' } },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['id', 'receivedAt', 'channel', 'language', 'moderationState', 'participant', 'enteredBy', 'payload.answer', 'payload.comment']);
    expect(rows.map((row) => row['payload.comment'])).toEqual(['', 'Oui, "vraiment"']);
  });
});

describe.each(drivers)('exports on %s', (driver) => {
  let h: Harness;
  const nasty = ['=HYPERLINK("http://evil.example","clic")', '+33 1 23', '-2+3', '@SUM(1)', 'Ligne 1\nLigne 2, avec "guillemets"', 'Éléphant à l’école'];
  /** Harmless with `,` as separator, formulas once split on `;` (and the other way round). */
  const splitting = ['Oui;=1+1', 'a;@SUM(1)', 'b;-2+3;+4', 'c; =HYPERLINK("http://evil.example")', 'd;"=1"', 'e,=1+1', 'f, @x'];
  beforeAll(async () => {
    h = await startHarness(driver);
    for (const comment of [...nasty, ...splitting]) {
      const entry = { channel: 'paper', language: 'fr', idempotencyKey: randomUUID(), payload: { answer: 'no', comment, page: 'https://www.quebec.ca/a' } };
      const response = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/contributions`, headers: bearer(h.tokens.demo.admin), payload: entry });
      expect(response.statusCode).toBe(201);
    }
  });
  afterAll(() => h?.close());

  it('exports CSV that spreadsheets open safely: BOM, quoting, no formulas', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=csv`, headers: bearer(h.tokens.demo.analyst) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="retroaction-pages-\d{4}-\d\d-\d\d\.csv"$/);
    const text = response.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['payload.comment']).slice(0, nasty.length)).toEqual([
      `'${nasty[0]}`,
      `'${nasty[1]}`,
      `'${nasty[2]}`,
      `'${nasty[3]}`,
      nasty[4],
      nasty[5],
    ]);
    expect(rows.every((row) => row.channel === 'paper' && row.enteredBy !== '')).toBe(true);
    expect(text).toContain('"Ligne 1\nLigne 2, avec ""guillemets"""');
  });

  it('holds no cell a spreadsheet would run as a formula, read with `,` or with `;` as separator', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=csv`, headers: bearer(h.tokens.demo.analyst) });
    const text = response.rawPayload.toString('utf8').slice(1);
    for (const delimiter of [',', ';']) {
      // As a spreadsheet reads it: quotes only count at the start of a field.
      const cells = (parse(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
      const live = cells.filter((cell) => /^[\s"]*[=+\-@]/.test(cell));
      expect(live, `read with ${delimiter}`).toEqual([]);
      // Read with `;`, the splitting comments do split: the test would catch a live part.
      if (delimiter === ';') expect(cells.some((cell) => cell.startsWith("'=1+1"))).toBe(true);
    }
  });

  it('exports JSON with the payloads as stored', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=json`, headers: bearer(h.tokens.demo.admin) });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const items = z.parse(z.array(StaffContribution), response.json());
    expect(items.map((item) => (item.payload as { comment: string }).comment)).toEqual([...nasty, ...splitting]);
  });

  it('streams a large export a page at a time: every contribution once, oldest first, in both formats', { timeout: 180_000 }, async () => {
    // More than two pages of the export's reader (1,000 rows each), written straight to storage.
    await createInitiativeWith(h, 'grand-export');
    const rows = Array.from({ length: 2_345 }, (_, index) => ({
      initiativeId: 'grand-export',
      idempotencyKey: randomUUID(),
      bodyHash: 'x',
      participantHash: 'p',
      channel: 'web' as const,
      language: 'fr' as const,
      payload: { answer: index % 2 ? 'yes' : 'no', page: 'https://www.quebec.ca/', ...(index % 100 === 0 && { comment: `n° ${index}` }) },
      context: null,
      moderationState: 'approved' as const,
      enteredBy: null,
    }));
    for (let start = 0; start < rows.length; start += 500) await h.db.transaction((tx) => storeContributions(tx, rows.slice(start, start + 500)));
    const csv = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/grand-export/export?format=csv', headers: bearer(h.tokens.demo.admin) });
    const parsed = parse(csv.rawPayload.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    expect(new Set(parsed.map((row) => row['id'])).size).toBe(rows.length);
    expect(parsed.filter((row) => row['payload.comment']).length).toBe(24);
    const received = parsed.map((row) => `${row['receivedAt']}|${row['id']}`);
    expect(received).toEqual([...received].sort());
    const json = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/grand-export/export?format=json', headers: bearer(h.tokens.demo.admin) });
    expect(z.parse(z.array(StaffContribution), json.json()).map((item) => item.id)).toEqual(parsed.map((row) => row['id']));
  });

  it('refuses an unknown format', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=xlsx`, headers: bearer(h.tokens.demo.admin) });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('query.format');
  });
});
