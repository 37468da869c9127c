import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyExample } from '@participe/survey/manifest';
import { AccessRequestDeleted, AccessRequestResult, ApiError, can, staffRoles } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { bearer, drivers, startHarness, type Harness } from '../support/harness.js';
import { countContributionsOf, enterResponse, longAnswers, openSurvey, postResponse, shortAnswers, surveyEnvelope, surveyId } from '../support/survey.js';
import { auditRows, tablesContaining } from './support.js';

const search = (h: Harness, token: string, email: unknown) =>
  h.app.inject({ method: 'POST', url: '/v1/staff/access-requests/search', headers: bearer(token), payload: { email } });
const deletion = (h: Harness, token: string, body: Record<string, unknown>) =>
  h.app.inject({ method: 'POST', url: '/v1/staff/access-requests/deletion', headers: bearer(token), payload: body });

describe.each(drivers)('access requests by email on %s', (driver) => {
  let h: Harness;
  const email = 'Marie.Gagnon@Example.org';
  const ids: string[] = [];
  let otherPerson: string;
  let inFreeText: string;

  beforeAll(async () => {
    h = await startHarness(driver);
    await openSurvey(h, 'deuxieme-sondage');
    // Her web response to the example, a paper form she mailed to a second survey, and others.
    const web = await postResponse(h, surveyEnvelope({ ...longAnswers, courriel: email }));
    const paper = await enterResponse(h, 'deuxieme-sondage', { ...longAnswers, courriel: ' marie.gagnon@example.ORG ' });
    const other = await postResponse(h, surveyEnvelope({ ...longAnswers, courriel: 'quelqu.un@example.org' }));
    // Her address typed in a free text is not an email field: not found (nor deleted) by address.
    const text = await postResponse(h, surveyEnvelope({ ...longAnswers, courriel: 'autre@example.org', mot: 'marie.gagnon@example.org' }));
    for (const response of [web, paper, other, text]) expect(response.statusCode, response.body).toBe(201);
    ids.push(web.json().id, paper.json().id);
    otherPerson = other.json().id;
    inFreeText = text.json().id;
    // The other organisation's own survey, holding the same address: never reached from here.
    const { organisation: _o, status: _s, resultsPublished: _p, ...settings } = surveyExample;
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.other.editor), payload: { ...settings, id: 'sondage-autre-ministere' } });
    expect(created.statusCode).toBe(201);
    await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/sondage-autre-ministere/status', headers: bearer(h.tokens.other.editor), payload: { status: 'open' } });
    const entered = await h.app.inject({
      method: 'POST',
      url: '/v1/staff/initiatives/sondage-autre-ministere/contributions',
      headers: bearer(h.tokens.other.editor),
      payload: { channel: 'phone', language: 'fr', payload: { answers: { ...longAnswers, courriel: email } }, idempotencyKey: randomUUID() },
    });
    expect(entered.statusCode, entered.body).toBe(201);
  });
  afterAll(() => h?.close());

  it('is an admin permission, in core’s table the console reads', () => {
    expect(staffRoles.filter((role) => can(role, 'privacy:respond'))).toEqual(['admin']);
  });

  it('finds the organisation’s contributions holding the address in an email field, whatever its case and spaces', async () => {
    const response = await search(h, h.tokens.demo.admin, '  MARIE.gagnon@example.org ');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const result = z.parse(AccessRequestResult, response.json());
    expect(result.items.map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(result.items.map((item) => item.initiative).sort()).toEqual(['deuxieme-sondage', surveyId]);
    expect(result.initiatives.map((initiative) => initiative.id).sort()).toEqual(['deuxieme-sondage', surveyId]);
    expect(result.initiatives[0]!.title.fr).toBeTruthy();
    expect(result.items.map((item) => item.id)).not.toContain(inFreeText);
  });

  it('stays within the caller’s organisation', async () => {
    const other = z.parse(AccessRequestResult, (await search(h, h.tokens.other.admin, email)).json());
    expect(other.items.map((item) => item.initiative)).toEqual(['sondage-autre-ministere']);
    // Naming our ids deletes nothing: another organisation's ids are ignored like ids that do not match.
    const ours = await deletion(h, h.tokens.other.admin, { email, contributions: ids });
    expect(z.parse(AccessRequestDeleted, ours.json())).toEqual({ deleted: 0 });
    const theirs = await deletion(h, h.tokens.other.admin, { email });
    expect(z.parse(AccessRequestDeleted, theirs.json())).toEqual({ deleted: 1 });
    expect(z.parse(AccessRequestResult, (await search(h, h.tokens.demo.admin, email)).json()).items).toHaveLength(2);
  });

  it('is refused to every other role, and to a malformed address', async () => {
    for (const role of ['editor', 'moderator', 'analyst'] as const) {
      const response = await search(h, h.tokens.demo[role], email);
      expect(response.statusCode, role).toBe(403);
      expect((await deletion(h, h.tokens.demo[role], { email })).statusCode, role).toBe(403);
    }
    expect((await h.app.inject({ method: 'POST', url: '/v1/staff/access-requests/search', payload: { email } })).statusCode).toBe(401);
    const bad = await search(h, h.tokens.demo.admin, 'pas-un-courriel');
    expect(bad.statusCode).toBe(400);
    expect(z.parse(ApiError, bad.json()).issues?.[0]?.path).toBe('email');
    expect((await deletion(h, h.tokens.demo.admin, { email, contributions: [] })).statusCode).toBe(400);
  });

  it('deletes only the listed contributions that hold the address, then the rest', async () => {
    const before = await countContributionsOf(h, surveyId);
    const first = await deletion(h, h.tokens.demo.admin, { email: email.toUpperCase(), contributions: [ids[0], otherPerson, inFreeText] });
    expect(z.parse(AccessRequestDeleted, first.json())).toEqual({ deleted: 1 });
    expect(await countContributionsOf(h, surveyId)).toBe(before - 1);
    expect(await h.db.query('SELECT 1 FROM contributions WHERE id = ANY($1::uuid[])', [[otherPerson, inFreeText]])).toHaveLength(2);

    const rest = await deletion(h, h.tokens.demo.admin, { email });
    expect(z.parse(AccessRequestDeleted, rest.json())).toEqual({ deleted: 1 });
    expect(z.parse(AccessRequestResult, (await search(h, h.tokens.demo.admin, email)).json()).items).toEqual([]);
    expect(z.parse(AccessRequestDeleted, (await deletion(h, h.tokens.demo.admin, { email })).json())).toEqual({ deleted: 0 });
  });

  it('audits searches and deletions with counts, never the address', async () => {
    const searches = await auditRows(h.db, 'access-request.search');
    expect(searches.length).toBeGreaterThanOrEqual(3);
    expect(searches.every((row) => row.actor_kind === 'token' && row.target_type === 'organisation')).toBe(true);
    const deletions = await auditRows(h.db, 'access-request.delete');
    expect(deletions.filter((row) => row.organisation_id === 'ministere-demo').map((row) => [row.target_id, row.details])).toEqual([
      [surveyId, { contributions: 1 }],
      ['deuxieme-sondage', { contributions: 1 }],
    ]);
    for (const variant of ['marie.gagnon@example.org', 'gagnon']) expect(await tablesContaining(h.db, variant)).not.toContain('audit_log');
  });

  it('keeps the other answers that make the results', async () => {
    // Deleting a person's response removes it from the counts, and nothing else.
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/results`, headers: bearer(h.tokens.demo.analyst) });
    expect(response.json().responses).toBe(await countContributionsOf(h, surveyId));
    expect((await postResponse(h, surveyEnvelope(shortAnswers))).statusCode).toBe(201);
  });
});
