// Every staff route, read from the app itself (so that a new route is swept without being listed):
// authentication by bearer token only (never cookies), no CORS for any other site, cross-site form
// posts refused, another organisation's ids answered exactly like missing ones, and each role
// allowed exactly what core's `rolePermissions` gives it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContributionFixture } from '../support/types.js';
import { can, staffRoles, type Permission, type StaffRole } from '@participe/core/schemas';
import { drivers } from '../support/harness.js';
import { manifests } from '../../src/slices/registry.js';
import { apiError, databaseDigest, fixtureEntries, fixtureSettings, servedRoutes, startLoggedHarness, type LoggedHarness, type ServedRoute } from './support.js';

type Org = 'demo' | 'other';
const orgs: Org[] = ['demo', 'other'];
const PASSWORD = 'sweep-password-2026';
const SIGN_IN = 'POST /v1/staff/sessions';

/** The values a route's path parameters take for one organisation (one set per initiative type). */
interface Params {
  id: string;
  contributionId: string;
  /** A type's own routes name contributions their way (`ideas/:ideaId/merge`): the same contribution. */
  ideaId: string;
  /** The Q&A's name for it (`questions/:questionId/pin`). */
  questionId: string;
  /** Another contribution of the same initiative (what a merge keeps). */
  other: string;
  tokenId: string;
  /** An account of the organisation other than the caller's (an editor: never its last admin). */
  accountId: string;
  /** A theme analysts code the initiative's contributions with. */
  themeId: string;
  fixture: ContributionFixture;
}
const paramNames = ['id', 'contributionId', 'ideaId', 'questionId', 'tokenId', 'accountId', 'themeId'] as const;

/** The first personal value in the fixtures that looks like an email address (what access requests search). */
const fixtureEmail =
  fixtureEntries
    .flatMap(([, fixture]) => fixture.payloads.flatMap((payload) => fixture.personalFields.map((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], payload))))
    .find((value): value is string => typeof value === 'string' && value.includes('@')) ?? 'personne@example.org';

let counter = 0;

interface RouteSpec {
  /** What the route needs (README, "Routes"); null: any signed-in principal. */
  permission: Permission | null;
  /** Which initiatives it serves (a type's own routes, routes of types that show contributions); all by default. */
  on?: (fixture: ContributionFixture, type: string) => boolean;
  /** A valid body, fresh on every call (new ids, new keys), so that what is tested is authorisation. */
  body?: (params: Params, settings: (id: string) => unknown) => unknown;
}

const read = (permission: Permission): RouteSpec => ({ permission });

/**
 * What each staff route requires. The sweep reads the routes from the app and fails on one missing
 * here, so a new route cannot go unchecked: it adds a line (its permission, and a body if it takes one).
 */
const specs: Record<string, RouteSpec> = {
  'GET /v1/staff/me': { permission: null },
  'DELETE /v1/staff/sessions/current': { permission: null },
  'GET /v1/staff/initiatives': read('initiatives:read'),
  'POST /v1/staff/initiatives': { permission: 'initiatives:write', body: (p) => fixtureSettings(p.fixture, `sweep-new-${++counter}`) },
  'GET /v1/staff/initiatives/:id': read('initiatives:read'),
  'PUT /v1/staff/initiatives/:id': { permission: 'initiatives:write', body: (p, settings) => settings(p.id) },
  'GET /v1/staff/dashboard': read('initiatives:read'),
  'GET /v1/staff/initiatives/:id/report': read('initiatives:read'),
  'PUT /v1/staff/initiatives/:id/report': { permission: 'initiatives:write', body: () => ({ text: null, expectedBy: null, publishOn: null, themes: [], answers: [], figuresPublished: false }) },
  'GET /v1/staff/initiatives/:id/themes': read('initiatives:read'),
  'POST /v1/staff/initiatives/:id/themes': { permission: 'contributions:code', body: () => ({ name: { fr: `Thème ${++counter}`, en: `Theme ${counter}` } }) },
  'PUT /v1/staff/initiatives/:id/themes/:themeId': { permission: 'contributions:code', body: () => ({ name: { fr: `Thème ${++counter}`, en: `Theme ${counter}` } }) },
  'DELETE /v1/staff/initiatives/:id/themes/:themeId': { permission: 'contributions:code' },
  'PUT /v1/staff/initiatives/:id/contributions/:contributionId/themes': { permission: 'contributions:code', body: (p) => ({ field: '', themes: [p.themeId] }) },
  'POST /v1/staff/initiatives/:id/coding': { permission: 'contributions:code', body: (p) => ({ contributions: [p.contributionId], add: [p.themeId] }) },
  'POST /v1/staff/initiatives/:id/status': { permission: 'initiatives:write', body: () => ({ status: 'open' }) },
  'GET /v1/staff/initiatives/:id/results': read('contributions:read'),
  'POST /v1/staff/initiatives/:id/results-publication': { permission: 'initiatives:write', body: () => ({ published: false }) },
  'GET /v1/staff/initiatives/:id/contributions': read('contributions:read'),
  'POST /v1/staff/initiatives/:id/contributions': {
    permission: 'contributions:enter',
    body: (p) => ({ channel: 'paper', language: 'fr', payload: p.fixture.payloads[0], idempotencyKey: randomUUID() }),
  },
  'POST /v1/staff/initiatives/:id/contributions/:contributionId/moderation': { permission: 'contributions:moderate', body: () => ({ state: 'approved' }) },
  'GET /v1/staff/initiatives/:id/export': read('contributions:export'),
  'GET /v1/staff/audit': read('audit:read'),
  'GET /v1/staff/tokens': read('tokens:manage'),
  'POST /v1/staff/tokens': { permission: 'tokens:manage', body: () => ({ label: `sweep ${++counter}`, role: 'analyst' }) },
  'DELETE /v1/staff/tokens/:tokenId': read('tokens:manage'),
  'GET /v1/staff/accounts': read('accounts:manage'),
  'POST /v1/staff/accounts': { permission: 'accounts:manage', body: () => ({ email: `sweep-new-${++counter}@example.org`, password: PASSWORD, role: 'analyst' }) },
  'PATCH /v1/staff/accounts/:accountId': { permission: 'accounts:manage', body: () => ({ role: 'editor' }) },
  'PUT /v1/staff/accounts/:accountId/password': { permission: 'accounts:manage', body: () => ({ password: `${PASSWORD}-reset` }) },
  'DELETE /v1/staff/accounts/:accountId': read('accounts:manage'),
  'DELETE /v1/staff/sessions': { permission: null },
  'GET /v1/staff/initiatives/:id/guards': read('initiatives:read'),
  'GET /v1/staff/initiatives/:id/arrivals': read('contributions:read'),
  'PUT /v1/staff/initiatives/:id/guards': { permission: 'initiatives:write', body: () => ({ submissionsPerMinute: 1_000 }) },
  // A window long past: what is tested is who may, not what it rejects.
  'POST /v1/staff/initiatives/:id/contributions/bulk-rejection': { permission: 'contributions:moderate', body: () => ({ from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }) },
  // Changed to the same password, so that the sweep can sign in again.
  'PUT /v1/staff/me/password': { permission: null, body: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }) },
  'POST /v1/staff/access-requests/search': { permission: 'privacy:respond', body: () => ({ email: fixtureEmail }) },
  'POST /v1/staff/access-requests/deletion': { permission: 'privacy:respond', body: () => ({ email: 'nobody-at-all@example.org' }) },
  'PUT /v1/staff/initiatives/:id/contributions/:contributionId/payload': { permission: 'contributions:moderate', body: (p) => ({ payload: p.fixture.payloads[0] }) },
  'PUT /v1/staff/initiatives/:id/contributions/:contributionId/response': {
    permission: 'contributions:moderate',
    on: shownPublicly,
    body: (p) => ({ status: publicSpecOf(p.fixture)?.responseStatuses[0] ?? 'accepted' }),
  },
  'DELETE /v1/staff/initiatives/:id/contributions/:contributionId/response': { permission: 'contributions:moderate', on: shownPublicly },
  'GET /v1/staff/initiatives/:id/topics': { permission: 'contributions:read', on: shownPublicly },
  'GET /v1/staff/initiatives/:id/ideas': { permission: 'contributions:read', on: (_fixture, type) => type === 'idea-board' },
  'POST /v1/staff/initiatives/:id/ideas/:ideaId/merge': { permission: 'contributions:moderate', on: (_fixture, type) => type === 'idea-board', body: (p) => ({ into: p.other }) },
  'GET /v1/staff/initiatives/:id/testimonials': { permission: 'contributions:read', on: (_fixture, type) => type === 'testimonials' },
  'GET /v1/staff/initiatives/:id/testimonials/summary': { permission: 'contributions:read', on: (_fixture, type) => type === 'testimonials' },
  'GET /v1/staff/initiatives/:id/outbox': read('contributions:moderate'),
  'GET /v1/staff/initiatives/:id/signatures/quarantine': { permission: 'contributions:moderate', on: (_fixture, type) => type === 'petition' },
  'POST /v1/staff/initiatives/:id/signatures/review': {
    permission: 'contributions:moderate',
    on: (_fixture, type) => type === 'petition',
    body: () => ({ ids: [randomUUID()], decision: 'validate' }),
  },
  'GET /v1/staff/initiatives/:id/signatures/regions': { permission: 'contributions:read', on: (_fixture, type) => type === 'petition' },
  'GET /v1/staff/initiatives/:id/questions': { permission: 'contributions:read', on: (_fixture, type) => type === 'qa' },
  'POST /v1/staff/initiatives/:id/questions/:questionId/merge': { permission: 'contributions:moderate', on: (_fixture, type) => type === 'qa', body: (p) => ({ into: p.other }) },
  'PUT /v1/staff/initiatives/:id/questions/:questionId/pin': { permission: 'contributions:moderate', on: (_fixture, type) => type === 'qa', body: () => ({ pinned: false }) },
};

/** The type's public-contributions spec, if its contributions are shown publicly. */
function publicSpecOf(fixture: ContributionFixture) {
  return manifests.find((manifest) => manifest.type === fixture.initiative.type)?.publicContributions ?? undefined;
}
function shownPublicly(fixture: ContributionFixture): boolean {
  return publicSpecOf(fixture) !== undefined;
}

const takesBody = (route: ServedRoute) => ['POST', 'PUT', 'PATCH'].includes(route.method);
const key = (route: ServedRoute) => `${route.method} ${route.url}`;
const routeParams = (route: ServedRoute) => [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
const fill = (url: string, values: Record<string, string>) => url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? `:${name}`));

/** Which permission a 403 names (`The analyst role cannot do this (initiatives:write).`). */
const namedPermission = (message: string) => message.match(/\(([a-z]+:[a-z]+)\)\.?$/)?.[1] as Permission | undefined;

describe.each(drivers)('staff routes on %s', (driver) => {
  let h: LoggedHarness;
  let routes: ServedRoute[];
  /** Console sessions per organisation and role (the matrix signs in like the console). */
  const sessions = { demo: {}, other: {} } as Record<Org, Record<StaffRole, string>>;
  /** Per organisation, one set of parameters per initiative type. */
  const params = { demo: [], other: [] } as Record<Org, Params[]>;
  const settingsById = new Map<string, unknown>();
  /** Status and error of each tenancy probe, checked against the permissions the matrix finds. */
  const tenancy: Array<{ route: string; role: StaffRole; status: number }> = [];
  const permissionOf = new Map<string, Permission | null>();
  const seenCookies: string[] = [];
  let requests = 0;

  type Call = { method: string; url: string; token?: string; body?: unknown; headers?: Record<string, string>; raw?: string };
  const call = async ({ method, url, token, body, headers = {}, raw }: Call) => {
    const response = await h.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(raw !== undefined ? { payload: raw } : body === undefined ? {} : { payload: body as object }),
    });
    requests++;
    if (response.headers['set-cookie'] !== undefined) seenCookies.push(`${method} ${url}`);
    return response;
  };
  const newTheme = async (id: string) => {
    const theme = await call({ method: 'POST', url: `/v1/staff/initiatives/${id}/themes`, token: h.tokens.demo.admin, body: { name: { fr: `Thème ${++counter}`, en: `Theme ${counter}` } } });
    return (theme.json() as { id: string }).id;
  };
  const bodyFor = (route: ServedRoute, p: Params) => specs[key(route)]?.body?.(p, (id) => settingsById.get(id));
  const signIn = async (email: string) => {
    const response = await call({ method: 'POST', url: '/v1/staff/sessions', body: { email, password: PASSWORD } });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { token: string }).token;
  };

  beforeAll(async () => {
    h = await startLoggedHarness(driver, { rateLimitPerMinute: 1_000_000, signInRateLimitPerMinute: 1_000_000 });
    routes = servedRoutes(h.app).filter((route) => route.url.startsWith('/v1/staff/'));
    for (const org of orgs) {
      const admin = h.tokens[org].admin;
      for (const role of staffRoles) {
        const email = `sweep-${role}@${org}.example`;
        const created = await call({ method: 'POST', url: '/v1/staff/accounts', token: admin, body: { email, password: PASSWORD, role } });
        expect(created.statusCode, created.body).toBe(201);
        sessions[org][role] = await signIn(email);
      }
      const target = await call({ method: 'POST', url: '/v1/staff/accounts', token: admin, body: { email: `sweep-target@${org}.example`, password: PASSWORD, role: 'editor' } });
      const accountId = (target.json() as { id: string }).id;
      for (const [type, fixture] of fixtureEntries) {
        const id = `sweep-${org}-${type}`;
        const settings = fixtureSettings(fixture, id);
        expect((await call({ method: 'POST', url: '/v1/staff/initiatives', token: h.tokens[org].editor, body: settings })).statusCode).toBe(201);
        expect((await call({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, token: h.tokens[org].editor, body: { status: 'open' } })).statusCode).toBe(200);
        settingsById.set(id, (await call({ method: 'GET', url: `/v1/staff/initiatives/${id}`, token: admin })).json().settings);
        const entries: string[] = [];
        for (const payload of fixture.payloads) {
          const entered = await call({ method: 'POST', url: `/v1/staff/initiatives/${id}/contributions`, token: h.tokens[org].editor, body: { channel: 'paper', language: 'fr', payload, idempotencyKey: randomUUID() } });
          expect(entered.statusCode, entered.body).toBe(201);
          entries.push((entered.json() as { id: string }).id);
        }
        const [contributionId = '', other = ''] = entries;
        const token = await call({ method: 'POST', url: '/v1/staff/tokens', token: admin, body: { label: `sweep target ${type}`, role: 'analyst' } });
        const theme = await call({ method: 'POST', url: `/v1/staff/initiatives/${id}/themes`, token: admin, body: { name: { fr: 'Accès', en: 'Access' } } });
        expect(theme.statusCode, theme.body).toBe(201);
        const themeId = (theme.json() as { id: string }).id;
        params[org].push({ id, contributionId, ideaId: contributionId, questionId: contributionId, other, tokenId: (token.json() as { summary: { id: string } }).summary.id, accountId, themeId, fixture });
      }
    }
  });
  afterAll(() => h?.close());

  it('are read from the app, each with the parameters and body the sweep needs', () => {
    const keys = routes.map(key);
    // The routes the console has always used are there (the tree is parsed right).
    for (const expected of ['GET /v1/staff/me', 'PUT /v1/staff/initiatives/:id', 'POST /v1/staff/initiatives/:id/contributions/:contributionId/moderation', 'DELETE /v1/staff/tokens/:tokenId']) {
      expect(keys).toContain(expected);
    }
    for (const route of routes.filter((r) => key(r) !== SIGN_IN && !['HEAD', 'OPTIONS'].includes(r.method))) {
      for (const name of routeParams(route)) expect(paramNames, `no value for :${name} of ${key(route)}`).toContain(name);
      expect(specs, `add ${key(route)} (its permission, and a body if it takes one) to this file`).toHaveProperty([key(route)]);
      if (takesBody(route)) expect(specs[key(route)]!.body, `add a valid body for ${key(route)}`).toBeDefined();
    }
    // …and nothing listed here has disappeared from the app.
    expect(Object.keys(specs).filter((listed) => !keys.includes(listed))).toEqual([]);
  });

  it('refuse every request without a valid bearer token, whatever cookies it carries', async () => {
    const revoked = await call({ method: 'POST', url: '/v1/staff/tokens', token: h.tokens.demo.admin, body: { label: 'revoked', role: 'admin' } });
    const revokedToken = (revoked.json() as { token: string; summary: { id: string } });
    expect((await call({ method: 'DELETE', url: `/v1/staff/tokens/${revokedToken.summary.id}`, token: h.tokens.demo.admin })).statusCode).toBe(204);
    const before = await databaseDigest(h.db);
    const session = sessions.demo.admin;
    const credentials: Array<[string, Record<string, string>]> = [
      ['no credentials', {}],
      ['a session in a cookie', { cookie: `session=${session}; token=${session}; authorization=Bearer%20${session}` }],
      ['a bearer cookie', { cookie: `Authorization=Bearer ${session}` }],
      ['Basic', { authorization: `Basic ${Buffer.from(`sweep-admin@demo.example:${PASSWORD}`).toString('base64')}` }],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['an unknown session', { authorization: 'Bearer pcs_unknownunknownunknownunknown' }],
      ['an unknown prefix', { authorization: `Bearer xyz_${session.slice(4)}` }],
      ['a revoked token', { authorization: `Bearer ${revokedToken.token}` }],
      ['the token twice', { authorization: `Bearer ${session} ${session}` }],
      ['the token in the query only', {}],
    ];
    const failures: string[] = [];
    for (const route of routes.filter((r) => key(r) !== SIGN_IN && r.method !== 'OPTIONS')) {
      const p = params.demo[0]!;
      for (const [label, headers] of credentials) {
        let url = fill(route.url, p as unknown as Record<string, string>);
        if (label === 'the token in the query only') url += `${url.includes('?') ? '&' : '?'}access_token=${session}&token=${session}`;
        const response = await call({ method: route.method, url, headers, ...(takesBody(route) ? { body: bodyFor(route, p) } : {}) });
        if (response.statusCode !== 401) failures.push(`${key(route)} with ${label}: ${response.statusCode}`);
        else if (route.method !== 'HEAD' && (apiError(response).code !== 'unauthorized' || response.headers['www-authenticate'] !== 'Bearer')) failures.push(`${key(route)} with ${label}: not a Bearer challenge`);
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseDigest(h.db)).toEqual(before);
  });

  it('never let another site read them: no CORS headers, for preflights and requests alike', async () => {
    const allowedByInitiatives = fixtureEntries.flatMap(([, fixture]) => fixture.initiative['allowedOrigins'] as string[]);
    const origins = ['https://evil.example', 'null', ...new Set(allowedByInitiatives)];
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'OPTIONS')) {
      const url = fill(route.url, params.demo[0] as unknown as Record<string, string>);
      for (const origin of origins) {
        const preflight = await call({
          method: 'OPTIONS',
          url,
          headers: { origin, 'access-control-request-method': route.method, 'access-control-request-headers': 'authorization, content-type' },
        });
        // Reads carry the token (a cross-site page could not send one, but must not be told anything either); writes go without.
        const read = ['GET', 'HEAD'].includes(route.method);
        const response = await call({ method: route.method, url, headers: { origin }, ...(read ? { token: sessions.demo.admin } : {}) });
        for (const [what, answer] of [['preflight', preflight], ['request', response]] as const) {
          if (answer.statusCode >= 500) failures.push(`${what} ${key(route)} from ${origin}: ${answer.statusCode}`);
          for (const header of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-headers']) {
            if (answer.headers[header] !== undefined) failures.push(`${what} ${key(route)} from ${origin}: ${header}: ${String(answer.headers[header])}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuse cross-site form posts (text/plain, urlencoded, multipart) and change nothing', async () => {
    const before = await databaseDigest(h.db);
    const p = params.demo[0]!;
    const failures: string[] = [];
    const writes = routes.filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method));
    for (const route of writes) {
      const url = fill(route.url, p as unknown as Record<string, string>);
      const json = JSON.stringify(key(route) === SIGN_IN ? { email: 'sweep-admin@demo.example', password: PASSWORD } : (bodyFor(route, p) ?? {}));
      const forms: Array<[string, string]> = [
        ['text/plain', json],
        ['application/x-www-form-urlencoded', `payload=${encodeURIComponent(json)}`],
        ['multipart/form-data; boundary=sweep', `--sweep\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${json}\r\n--sweep--\r\n`],
      ];
      // A form can only GET or POST; other methods need a preflight, which the test above refuses. Both are sent.
      for (const method of new Set(['POST', route.method])) {
        for (const [contentType, raw] of forms) {
          const response = await call({ method, url, raw, headers: { 'content-type': contentType, origin: 'https://evil.example', cookie: `session=${sessions.demo.admin}` } });
          if (![401, 404, 415].includes(response.statusCode)) failures.push(`${method} ${route.url} as ${contentType}: ${response.statusCode} ${response.body.slice(0, 100)}`);
          if (response.headers['access-control-allow-origin'] !== undefined) failures.push(`${method} ${route.url} as ${contentType}: CORS allowed`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseDigest(h.db)).toEqual(before);
  });

  it("answer another organisation's ids exactly like missing ones, change nothing, and leak nothing", async () => {
    const before = await databaseDigest(h.db);
    const missing: Record<(typeof paramNames)[number], () => string> = { id: () => 'sweep-missing', contributionId: randomUUID, ideaId: randomUUID, questionId: randomUUID, tokenId: randomUUID, accountId: randomUUID, themeId: randomUUID };
    const failures: string[] = [];
    for (const [caller, owner] of [['other', 'demo'], ['demo', 'other']] as const) {
      for (const route of routes.filter((r) => routeParams(r).length > 0 && r.method !== 'HEAD')) {
        for (const [index, own] of params[caller].entries()) {
          const theirs = params[owner][index]!;
          for (const foreign of routeParams(route) as Array<(typeof paramNames)[number]>) {
            const probe = { ...own, [foreign]: theirs[foreign] };
            const control = { ...own, [foreign]: missing[foreign]() };
            for (const role of staffRoles) {
              const token = h.tokens[caller][role];
              // The body names the owner's initiative where it names one (an edit of their settings).
              const body = takesBody(route) ? bodyFor(route, probe) : undefined;
              const answer = await call({ method: route.method, url: fill(route.url, probe as unknown as Record<string, string>), token, body });
              const expected = await call({ method: route.method, url: fill(route.url, control as unknown as Record<string, string>), token, body });
              const label = `${caller} ${role} ${key(route)} with ${owner}'s :${foreign} (${own.fixture.initiative.type})`;
              tenancy.push({ route: key(route), role, status: answer.statusCode });
              if (![403, 404].includes(answer.statusCode)) {
                failures.push(`${label}: ${answer.statusCode} ${answer.body.slice(0, 120)}`);
                continue;
              }
              const [a, b] = [apiError(answer), apiError(expected)];
              if (answer.statusCode !== expected.statusCode || a.code !== b.code || a.message !== b.message) {
                failures.push(`${label}: ${answer.statusCode} "${a.message}" where a missing id gets ${expected.statusCode} "${b.message}"`);
              }
              if (answer.statusCode === 404 && a.code !== 'not_found') failures.push(`${label}: code ${a.code}`);
            }
          }
        }
      }
    }
    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
    expect(await databaseDigest(h.db)).toEqual(before);

    // Lists and searches (no id in the path) show the caller's organisation only.
    for (const [caller, owner] of [['other', 'demo'], ['demo', 'other']] as const) {
      const ownerOrganisation = caller === 'other' ? 'ministere-demo' : 'ministere-autre';
      const secrets = [
        ...params[owner].flatMap((p) => [p.id, p.contributionId, p.tokenId]),
        ...(await h.db.query<{ id: string }>('SELECT id FROM initiatives WHERE organisation_id = $1', [ownerOrganisation])).map((row) => row.id),
        ...(await h.db.query<{ id: string; email: string }>('SELECT id::text, email FROM staff_accounts WHERE organisation_id = $1', [ownerOrganisation])).flatMap((row) => [row.id, row.email]),
        ...(await h.db.query<{ id: string }>('SELECT id::text FROM api_tokens WHERE organisation_id = $1', [ownerOrganisation])).map((row) => row.id),
      ];
      for (const route of routes.filter((r) => routeParams(r).length === 0 && key(r) !== SIGN_IN && ['GET', 'POST'].includes(r.method) && !r.url.endsWith('/deletion'))) {
        // Creating things is for the matrix below; reading and searching is what could leak.
        if (route.method === 'POST' && !/search/.test(route.url)) continue;
        for (const role of staffRoles) {
          const response = await call({ method: route.method, url: route.url, token: sessions[caller][role], body: takesBody(route) ? bodyFor(route, params[caller][0]!) : undefined });
          const leaked = secrets.filter((secret) => response.body.includes(secret));
          if (leaked.length) failures.push(`${caller} ${role} ${key(route)} shows ${owner}'s ${leaked.slice(0, 3).join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Every route × role × type, twice: a budget that grows with what is registered.
  }, 60_000 * fixtureEntries.length);

  it("give each role exactly what core's rolePermissions allows it, and a refusal changes nothing", async () => {
    const failures: string[] = [];
    // Deletions last, so that the account a DELETE removes is still there for the routes that change it.
    const deletionsLast = (a: ServedRoute, b: ServedRoute) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE');
    for (const route of routes.filter((r) => key(r) !== SIGN_IN && r.method !== 'HEAD' && r.method !== 'OPTIONS').sort(deletionsLast)) {
      // An initiative the route serves (its type's, for a type's own routes).
      const on = specs[key(route)]?.on;
      const p = params.demo.find((candidate) => on?.(candidate.fixture, candidate.fixture.initiative.type) ?? true)!;
      const outcomes: Array<{ role: StaffRole; status: number; permission?: Permission }> = [];
      for (const role of staffRoles) {
        // Deleting a theme is allowed to two roles: each deletes one of its own.
        const q = route.method === 'DELETE' && route.url.includes(':themeId') ? { ...p, themeId: await newTheme(p.id) } : p;
        const before = await databaseDigest(h.db);
        const response = await call({ method: route.method, url: fill(route.url, q as unknown as Record<string, string>), token: sessions.demo[role], body: takesBody(route) ? bodyFor(route, q) : undefined });
        if (response.statusCode === 403) {
          const error = apiError(response);
          if (error.code !== 'forbidden') failures.push(`${role} ${key(route)}: 403 ${error.code}`);
          outcomes.push({ role, status: 403, ...(namedPermission(error.message) ? { permission: namedPermission(error.message)! } : {}) });
          const after = await databaseDigest(h.db);
          if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${role} ${key(route)}: refused, yet the database changed`);
        } else {
          outcomes.push({ role, status: response.statusCode });
          if (response.statusCode >= 300) failures.push(`${role} ${key(route)}: ${response.statusCode} ${response.body.slice(0, 150)}`);
        }
        // A route that signs the session out: sign in again for the next route.
        if ((await call({ method: 'GET', url: '/v1/staff/me', token: sessions.demo[role] })).statusCode === 401) sessions.demo[role] = await signIn(`sweep-${role}@demo.example`);
      }
      const permission = specs[key(route)]!.permission;
      permissionOf.set(key(route), permission);
      for (const outcome of outcomes) {
        if (outcome.status === 403 && outcome.permission !== permission) failures.push(`${outcome.role} ${key(route)}: refused for ${outcome.permission ?? 'no named permission'}, expected ${permission}`);
      }
      const allowed = outcomes.filter((outcome) => outcome.status !== 403).map((outcome) => outcome.role);
      const expected = permission ? staffRoles.filter((role) => can(role, permission)) : [...staffRoles];
      if (JSON.stringify([...allowed].sort()) !== JSON.stringify([...expected].sort())) {
        failures.push(`${key(route)}: allowed ${allowed.join(', ')}; ${permission ?? 'signing in'} allows ${expected.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);

    // Probing another organisation's ids: 404 for every role the route allows, 403 only for roles it refuses anyway.
    const tenancyFailures = tenancy.filter(({ route, role, status }) => {
      const permission = permissionOf.get(route);
      const allowedRole = permission === undefined || permission === null || can(role, permission);
      return allowedRole ? status !== 404 : status !== 403 && status !== 404;
    });
    expect(tenancyFailures.slice(0, 20)).toEqual([]);
    expect(tenancy.length).toBeGreaterThan(0);
  }, 60_000 * fixtureEntries.length);

  it('never set a cookie, and logged no fault', () => {
    console.info(`${routes.length} staff routes (methods included), ${tenancy.length} tenancy probes, ${requests} requests in all`);
    expect(seenCookies).toEqual([]);
    expect(h.faults()).toEqual([]);
  });
});
