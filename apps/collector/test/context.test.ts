// Context from the host page (hidden fields): declared per initiative, checked, stored with the
// contribution, shown to staff and exported; undeclared or malformed values refused with a clear
// 400, nothing stored. On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedOrigin, bearer, countRows, drivers, envelope, feedbackSettings, startHarness, type Harness } from './support/harness.js';

const id = 'retroaction-contexte';
const context = [
  { name: 'program', label: { fr: 'Programme', en: 'Program' }, pattern: '[0-9]{4}', maxLength: 4 },
  { name: 'campaign', maxLength: 20 },
];

describe.each(drivers)('context from the host page on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: feedbackSettings(id, { context }) });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(() => h?.close());

  const post = (body: object) => h.app.inject({ method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers: { origin: allowedOrigin }, payload: body });
  const contribution = (extra: object) => envelope({ initiative: id, ...extra });

  it('serves the declared fields to the widget', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}`, headers: { origin: allowedOrigin } });
    expect(response.json().context).toEqual(context);
  });

  it('stores declared context with the contribution, shows it to staff and exports it, a column per field', async () => {
    const sent = await post(contribution({ context: { program: '1234', campaign: 'printemps' } }));
    expect(sent.statusCode, sent.body).toBe(201);
    const listed = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/contributions`, headers: bearer(h.tokens.demo.analyst) });
    expect(listed.json().items.map((item: { context?: unknown }) => item.context)).toContainEqual({ program: '1234', campaign: 'printemps' });
    const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/export?format=csv&lang=fr`, headers: bearer(h.tokens.demo.analyst) });
    const [header, ...rows] = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    // Page feedback exports field-named columns; types with their own columns head these with the field's label.
    expect(header).toContain('context.program');
    expect(header).toContain('context.campaign');
    expect(rows.some((row) => row.includes('1234') && row.includes('printemps'))).toBe(true);
  });

  it('takes contributions without context as before', async () => {
    expect((await post(contribution({}))).statusCode).toBe(201);
  });

  it('refuses undeclared context, naming the field and the declared ones, and stores nothing', async () => {
    const before = await countRows(h.db, 'contributions');
    const response = await post(contribution({ context: { programme: '1234' } }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'context.programme', code: 'context_undeclared', message: 'the initiative declares no context field "programme" (it declares "program", "campaign")' }],
    });
    expect(await countRows(h.db, 'contributions')).toBe(before);
  });

  it('refuses malformed or overlong values by field', async () => {
    const response = await post(contribution({ context: { program: '12ab', campaign: 'x'.repeat(21) } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      { path: 'context.program', code: 'invalid_format', params: { format: 'context' }, message: 'must match [0-9]{4}' },
      { path: 'context.campaign', code: 'too_big', params: { maximum: 20, origin: 'string' }, message: 'must be at most 20 characters' },
    ]);
  });

  it('refuses a declaration staff got wrong: a bad pattern, a repeated name, a bad name', async () => {
    const refused = async (fields: unknown) => {
      const response = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: feedbackSettings(`ctx-${Math.random().toString(36).slice(2, 8)}`, { context: fields }) });
      expect(response.statusCode).toBe(400);
      return response.json().issues.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`);
    };
    expect(await refused([{ name: 'program', pattern: '[0-9' }])).toEqual(['context[0].pattern invalid_format']);
    expect(await refused([{ name: 'program' }, { name: 'program' }])).toEqual(['context taken']);
    expect(await refused([{ name: 'Program!' }])).toEqual(['context[0].name invalid_format']);
  });
});
