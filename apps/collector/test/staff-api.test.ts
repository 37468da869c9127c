import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, AuditPage, ContributionPage, StaffInitiative, StaffMe, StaffSession } from '@participe/core/schemas';
import { InitiativeSettingsInput, initiativeTypes } from '../src/slices/registry.js';
import * as z from 'zod/mini';
import { demoAccount, otherAccount } from '../src/domain/seed.js';
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

it('the staff settings union knows every type the registry knows', () => {
  const unionTypes = [...(InitiativeSettingsInput._zod.propValues?.['type'] ?? [])];
  expect(unionTypes.sort()).toEqual([...initiativeTypes].sort());
});

describe.each(drivers)('staff API on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
  const call = (method: Method, url: string, token: string, payload?: unknown) =>
    h.app.inject({ method, url, headers: bearer(token), ...(payload === undefined ? {} : { payload: payload as object }) });

  const paperEntry = (overrides: Record<string, unknown> = {}) => ({
    channel: 'paper',
    language: 'fr',
    payload: { answer: 'no', comment: 'Reçu par la poste', page: 'https://www.quebec.ca/formulaire' },
    idempotencyKey: randomUUID(),
    ...overrides,
  });

  describe('sessions', () => {
    it('signs in with email and password, answers me, then signs out', async () => {
      const signIn = await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: 'DEMO@ministere-demo.example', password: demoAccount.password } });
      expect(signIn.statusCode).toBe(201);
      const session = z.parse(StaffSession, signIn.json());
      expect(session.token).toMatch(/^pcs_/);
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
      expect(session.me).toMatchObject({ role: 'admin', organisation: { id: 'ministere-demo' }, actor: { kind: 'account', email: demoAccount.email } });

      const me = await call('GET', '/v1/staff/me', session.token);
      expect(z.parse(StaffMe, me.json()).organisation.id).toBe('ministere-demo');

      expect((await call('DELETE', '/v1/staff/sessions/current', session.token)).statusCode).toBe(204);
      const after = await call('GET', '/v1/staff/me', session.token);
      expect(after.statusCode).toBe(401);
      expect(after.headers['www-authenticate']).toBe('Bearer');
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const wrong = await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: demoAccount.email, password: 'not-the-password' } });
      const unknown = await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: 'nobody@example.org', password: 'whatever' } });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
    });

    it('ignores cookies and refuses missing, malformed or unknown bearer tokens', async () => {
      for (const headers of [{}, { cookie: 'session=anything' }, { authorization: 'Basic abc' }, { authorization: 'Bearer pcs_unknownunknownunknown' }]) {
        const response = await h.app.inject({ method: 'GET', url: '/v1/staff/me', headers });
        expect(response.statusCode).toBe(401);
        expect(z.parse(ApiError, response.json()).code).toBe('unauthorized');
      }
    });
  });

  describe('initiatives', () => {
    it('creates a draft from valid settings, lists it, edits it and opens it', async () => {
      const created = await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, feedbackSettings('nouvelle'));
      expect(created.statusCode).toBe(201);
      expect(z.parse(StaffInitiative, created.json())).toMatchObject({ status: 'draft', availability: 'upcoming', contributionCount: 0 });

      const list = await call('GET', '/v1/staff/initiatives', h.tokens.demo.analyst);
      expect(list.json().items.map((item: { settings: { id: string } }) => item.settings.id)).toContain('nouvelle');

      const title = { fr: 'Nouveau titre', en: 'New title' };
      const edited = await call('PUT', '/v1/staff/initiatives/nouvelle', h.tokens.demo.editor, feedbackSettings('nouvelle', { title }));
      expect(edited.statusCode).toBe(200);
      expect(edited.json().settings.title).toEqual(title);

      const opened = await call('POST', '/v1/staff/initiatives/nouvelle/status', h.tokens.demo.editor, { status: 'open' });
      expect(opened.json()).toMatchObject({ status: 'open', availability: 'open' });
      const publicView = await h.app.inject({ method: 'GET', url: '/v1/initiatives/nouvelle' });
      expect(publicView.json().title).toEqual(title);
    });

    it('lists every settings problem with its path', async () => {
      const response = await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, {
        ...feedbackSettings('mauvaise'),
        retentionDays: 0,
        allowedOrigins: ['not an origin'],
        title: { fr: '', en: 'ok' },
        definition: { commentMaxLength: 5000 },
        closesAt: '2020-01-01T00:00:00Z',
      });
      expect(response.statusCode).toBe(400);
      const paths = z.parse(ApiError, response.json()).issues?.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['retentionDays', 'allowedOrigins[0]', 'title.fr', 'definition.commentMaxLength']));
      // Each with the code and figures the console words it by.
      expect(response.json().issues).toEqual(
        expect.arrayContaining([
          { path: 'retentionDays', code: 'too_small', params: { minimum: 1, origin: 'number' }, message: 'must be at least 1' },
          { path: 'allowedOrigins[0]', code: 'invalid_format', params: { format: 'origin' }, message: 'must be an origin such as https://www.quebec.ca' },
          { path: 'title.fr', code: 'too_small', params: { minimum: 1, origin: 'string' }, message: 'must not be empty' },
          { path: 'definition.commentMaxLength', code: 'too_big', params: { maximum: 2000, origin: 'number' }, message: 'must be at most 2000' },
        ]),
      );
    });

    it('refuses dates in the wrong order, and an id in the wrong form, with their codes', async () => {
      const dates = await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, { ...feedbackSettings('dates'), opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' });
      expect(dates.json().issues).toEqual([{ path: 'closesAt', code: 'dates_out_of_order', message: 'closesAt must come after opensAt' }]);
      const id = await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, feedbackSettings('Pas Un Id'));
      expect(id.json().issues).toContainEqual({ path: 'id', code: 'invalid_format', params: { format: 'slug' }, message: 'must be lowercase letters, digits and hyphens (1–64)' });
    });

    it('refuses an id already taken, by any organisation', async () => {
      const response = await call('POST', '/v1/staff/initiatives', h.tokens.other.admin, feedbackSettings(demoInitiative));
      expect(response.statusCode).toBe(409);
      expect(response.json().issues).toEqual([{ path: 'id', code: 'taken', message: 'is already taken' }]);
    });

    it('keeps id and type when editing', async () => {
      const response = await call('PUT', `/v1/staff/initiatives/${demoInitiative}`, h.tokens.demo.editor, feedbackSettings('renommee'));
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([{ path: 'id', code: 'cannot_change', params: { value: demoInitiative }, message: `must be "${demoInitiative}"` }]);
    });
  });

  describe('roles', () => {
    const forbiddenCases: [role: 'analyst' | 'editor' | 'moderator', method: Method, url: string, body?: unknown][] = [
      ['analyst', 'POST', '/v1/staff/initiatives', feedbackSettings('par-analyste')],
      ['analyst', 'PUT', `/v1/staff/initiatives/${demoInitiative}`, feedbackSettings(demoInitiative)],
      ['analyst', 'POST', `/v1/staff/initiatives/${demoInitiative}/status`, { status: 'closed' }],
      ['moderator', 'POST', `/v1/staff/initiatives/${demoInitiative}/results-publication`, { published: true }],
      ['analyst', 'POST', `/v1/staff/initiatives/${demoInitiative}/contributions`, paperEntry()],
      ['editor', 'GET', `/v1/staff/initiatives/${demoInitiative}/contributions`],
      ['editor', 'GET', `/v1/staff/initiatives/${demoInitiative}/export`],
      ['moderator', 'GET', `/v1/staff/initiatives/${demoInitiative}/export?format=json`],
      ['analyst', 'POST', `/v1/staff/initiatives/${demoInitiative}/contributions/${randomUUID()}/moderation`, { state: 'rejected' }],
      ['editor', 'GET', '/v1/staff/audit'],
      ['editor', 'GET', '/v1/staff/tokens'],
      ['moderator', 'POST', '/v1/staff/tokens', { label: 'script', role: 'admin' }],
      ['analyst', 'GET', '/v1/staff/accounts'],
      ['editor', 'POST', '/v1/staff/accounts', { email: 'x@example.org', password: 'a-long-password', role: 'admin' }],
    ];

    it.each(forbiddenCases)('%s cannot %s %s (403 forbidden, nothing changed)', async (role, method, url, body) => {
      const [initiativesBefore, auditBefore] = [await countRows(h.db, 'initiatives'), await countRows(h.db, 'audit_log')];
      const response = await call(method, url, h.tokens.demo[role], body);
      expect(response.statusCode).toBe(403);
      expect(z.parse(ApiError, response.json()).code).toBe('forbidden');
      expect(await countRows(h.db, 'initiatives')).toBe(initiativesBefore);
      expect(await countRows(h.db, 'audit_log')).toBe(auditBefore);
    });
  });

  describe('tenant isolation', () => {
    let contributionId: string;
    let demoTokenId: string;
    beforeAll(async () => {
      const ack = await call('POST', `/v1/staff/initiatives/${demoInitiative}/contributions`, h.tokens.demo.admin, paperEntry());
      contributionId = ack.json().id;
      demoTokenId = (await call('GET', '/v1/staff/tokens', h.tokens.demo.admin)).json().items[0].id;
    });

    const routes = (): [Method, string, unknown?][] => [
      ['GET', `/v1/staff/initiatives/${demoInitiative}`],
      ['PUT', `/v1/staff/initiatives/${demoInitiative}`, feedbackSettings(demoInitiative)],
      ['POST', `/v1/staff/initiatives/${demoInitiative}/status`, { status: 'closed' }],
      ['POST', `/v1/staff/initiatives/${demoInitiative}/results-publication`, { published: true }],
      ['GET', `/v1/staff/initiatives/${demoInitiative}/contributions`],
      ['POST', `/v1/staff/initiatives/${demoInitiative}/contributions`, paperEntry()],
      ['POST', `/v1/staff/initiatives/${demoInitiative}/contributions/${contributionId}/moderation`, { state: 'rejected' }],
      ['GET', `/v1/staff/initiatives/${demoInitiative}/export`],
      ['GET', `/v1/staff/initiatives/${demoInitiative}/results`],
    ];

    it("answers 404 on every route naming another organisation's id, for every role", async () => {
      for (const role of ['admin', 'editor', 'moderator', 'analyst'] as const) {
        for (const [method, url, body] of routes()) {
          const response = await call(method, url, h.tokens.other[role], body);
          expect(response.statusCode, `${role} ${method} ${url}`).toBe(404);
          expect(z.parse(ApiError, response.json()).code).toBe('not_found');
        }
      }
      // Only admins may manage tokens at all; another organisation's token is then simply not found.
      expect((await call('DELETE', `/v1/staff/tokens/${demoTokenId}`, h.tokens.other.admin)).statusCode).toBe(404);
      const [row] = await h.db.query('SELECT status, results_published FROM initiatives WHERE id = $1', [demoInitiative]);
      expect(row).toEqual({ status: 'open', results_published: false });
    });

    it("never lists another organisation's initiatives, audit or tokens", async () => {
      const signIn = await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: otherAccount });
      const token = signIn.json().token as string;
      expect((await call('GET', '/v1/staff/initiatives', token)).json().items).toEqual([]);
      const audit = z.parse(AuditPage, (await call('GET', '/v1/staff/audit', token)).json());
      expect(audit.items.every((entry) => entry.action === 'session.create')).toBe(true);
      const tokens = (await call('GET', '/v1/staff/tokens', token)).json().items as { label: string }[];
      expect(tokens.every((item) => item.label.startsWith('other'))).toBe(true);
    });
  });

  describe('contributions', () => {
    const id = 'liste-contributions';
    beforeAll(async () => {
      await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, feedbackSettings(id));
      await call('POST', `/v1/staff/initiatives/${id}/status`, h.tokens.demo.editor, { status: 'open' });
      const web = (payload: object, language: 'fr' | 'en') =>
        h.app.inject({ method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers: { origin: allowedOrigin }, payload: envelope({ initiative: id, payload, language }) });
      await web({ answer: 'yes', page: 'https://www.quebec.ca/a', comment: 'Très clair, merci' }, 'fr');
      await web({ answer: 'no', page: 'https://www.quebec.ca/b', comment: 'Missing the 50% rule' }, 'en');
      await web({ answer: 'no', page: 'https://www.quebec.ca/c' }, 'fr');
      await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, paperEntry({ language: 'en' }));
      await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, paperEntry({ channel: 'phone' }));
    });

    const list = async (query = '') => {
      const response = await call('GET', `/v1/staff/initiatives/${id}/contributions${query}`, h.tokens.demo.analyst);
      expect(response.statusCode, response.body).toBe(200);
      return z.parse(ContributionPage, response.json());
    };

    it('filters by channel, language, moderation state, dates and text', async () => {
      expect((await list()).items).toHaveLength(5);
      expect((await list('?channel=web')).items).toHaveLength(3);
      expect((await list('?channel=phone')).items.map((item) => item.channel)).toEqual(['phone']);
      expect((await list('?language=en')).items).toHaveLength(2);
      expect((await list('?channel=web&language=fr')).items).toHaveLength(2);
      expect((await list('?moderation=approved')).items).toHaveLength(5);
      expect((await list('?moderation=pending')).items).toHaveLength(0);
      expect((await list('?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z')).items).toHaveLength(5);
      expect((await list('?to=2000-01-01T00:00:00Z')).items).toHaveLength(0);
      expect((await list(`?q=${encodeURIComponent('très')}`)).items).toHaveLength(1);
      expect((await list(`?q=${encodeURIComponent('50%')}`)).items).toHaveLength(1);
      expect((await list('?q=%25')).items).toHaveLength(1);
    });

    it('pages newest first with a cursor, each row once', async () => {
      const seen: string[] = [];
      let query = '?limit=2';
      for (let pages = 0; pages < 10; pages++) {
        const page = await list(query);
        seen.push(...page.items.map((item) => item.receivedAt + item.id));
        if (!page.nextCursor) break;
        query = `?limit=2&cursor=${page.nextCursor}`;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      expect([...seen].sort().reverse()).toEqual(seen);
    });

    it('refuses bad filters and cursors with 4xx', async () => {
      for (const query of ['?limit=0', '?limit=500', '?channel=fax', '?from=yesterday', '?cursor=!!', '?cursor=abc', '?sort=asc']) {
        const response = await call('GET', `/v1/staff/initiatives/${id}/contributions${query}`, h.tokens.demo.analyst);
        expect(response.statusCode, query).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, query).toBeLessThan(500);
        z.parse(ApiError, response.json());
      }
    });

    it('records paper and phone entries with their channel and who keyed them in', async () => {
      const me = (await call('GET', '/v1/staff/me', h.tokens.demo.moderator)).json();
      const paper = (await list('?channel=paper')).items;
      expect(paper).toHaveLength(1);
      expect(paper[0]).toMatchObject({ channel: 'paper', enteredBy: me.actor.id, moderationState: 'approved' });
      expect((await list('?channel=web')).items.every((item) => item.enteredBy === null)).toBe(true);
    });

    it('checks keyed-in payloads like web ones, and stores a double submit once', async () => {
      const bad = await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, paperEntry({ payload: { answer: 'peut-être', page: 'https://www.quebec.ca/a' } }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0].path).toBe('payload.answer');
      const web = await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, paperEntry({ channel: 'web' }));
      expect(web.statusCode).toBe(400);

      const before = await countRows(h.db, 'contributions');
      const entry = paperEntry();
      const [first, second] = [
        await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, entry),
        await call('POST', `/v1/staff/initiatives/${id}/contributions`, h.tokens.demo.moderator, entry),
      ];
      expect(first.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      expect(await countRows(h.db, 'contributions')).toBe(before + 1);
    });

    it('accepts paper entries after the initiative closed (forms mailed in time)', async () => {
      await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, feedbackSettings('papier-tardif'));
      await call('POST', '/v1/staff/initiatives/papier-tardif/status', h.tokens.demo.editor, { status: 'closed' });
      const late = await call('POST', '/v1/staff/initiatives/papier-tardif/contributions', h.tokens.demo.admin, paperEntry());
      expect(late.statusCode).toBe(201);
    });

    it('moderates a contribution', async () => {
      const target = (await list('?channel=phone')).items[0]!;
      const response = await call('POST', `/v1/staff/initiatives/${id}/contributions/${target.id}/moderation`, h.tokens.demo.moderator, { state: 'rejected' });
      expect(response.statusCode).toBe(204);
      expect((await list('?moderation=rejected')).items.map((item) => item.id)).toEqual([target.id]);
      const missing = await call('POST', `/v1/staff/initiatives/${id}/contributions/${randomUUID()}/moderation`, h.tokens.demo.moderator, { state: 'rejected' });
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('audit', () => {
    it('writes one row per staff mutation, identifiers only', async () => {
      const before = await countRows(h.db, 'audit_log');
      await call('POST', '/v1/staff/initiatives', h.tokens.demo.editor, feedbackSettings('auditee'));
      await call('PUT', '/v1/staff/initiatives/auditee', h.tokens.demo.editor, feedbackSettings('auditee', { retentionDays: 30 }));
      await call('POST', '/v1/staff/initiatives/auditee/status', h.tokens.demo.editor, { status: 'open' });
      await call('POST', '/v1/staff/initiatives/auditee/results-publication', h.tokens.demo.editor, { published: true });
      await call('POST', '/v1/staff/initiatives/auditee/contributions', h.tokens.demo.moderator, paperEntry());
      const exported = await call('GET', '/v1/staff/initiatives/auditee/export', h.tokens.demo.analyst);
      expect(exported.statusCode, exported.body).toBe(200);
      expect(await countRows(h.db, 'audit_log')).toBe(before + 6);

      const first = z.parse(AuditPage, (await call('GET', '/v1/staff/audit?limit=3', h.tokens.demo.admin)).json());
      const second = z.parse(AuditPage, (await call('GET', `/v1/staff/audit?limit=3&cursor=${first.nextCursor}`, h.tokens.demo.admin)).json());
      expect([...first.items, ...second.items].map((entry) => entry.action)).toEqual([
        'contributions.export.csv',
        'contribution.enter.paper',
        'results.publish',
        'initiative.open',
        'initiative.update',
        'initiative.create',
      ]);
      expect(second.items.at(-1)).toMatchObject({ target: { type: 'initiative', id: 'auditee' }, actor: { kind: 'token' } });
      const text = JSON.stringify(await h.db.query('SELECT * FROM audit_log'));
      expect(text).not.toContain('@');
    });
  });

  describe('API tokens and accounts', () => {
    it('creates a token shown once, which works until revoked', async () => {
      const created = await call('POST', '/v1/staff/tokens', h.tokens.demo.admin, { label: 'Export nocturne', role: 'analyst' });
      expect(created.statusCode).toBe(201);
      const { token, summary } = created.json();
      expect((await call('GET', '/v1/staff/me', token)).json()).toMatchObject({ role: 'analyst', actor: { kind: 'token', label: 'Export nocturne' } });
      const [stored] = await h.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [summary.id]);
      expect(JSON.stringify(stored)).not.toContain(token);
      expect((await call('DELETE', `/v1/staff/tokens/${summary.id}`, h.tokens.demo.admin)).statusCode).toBe(204);
      expect((await call('GET', '/v1/staff/me', token)).statusCode).toBe(401);
    });

    it('creates an account that can sign in, and refuses a second one with the same email', async () => {
      const account = { email: 'analyste@ministere-demo.example', password: 'un-mot-de-passe-long', role: 'analyst' };
      expect((await call('POST', '/v1/staff/accounts', h.tokens.demo.admin, account)).statusCode).toBe(201);
      expect((await call('POST', '/v1/staff/accounts', h.tokens.demo.admin, account)).statusCode).toBe(409);
      const signIn = await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: account.email, password: account.password } });
      expect(signIn.json().me.role).toBe('analyst');
      const short = await call('POST', '/v1/staff/accounts', h.tokens.demo.admin, { ...account, email: 'b@ministere-demo.example', password: 'court' });
      expect(short.json().issues).toEqual([{ path: 'password', code: 'too_small', params: { minimum: 12, origin: 'string' }, message: 'must be at least 12 characters' }]);
    });
  });
});
