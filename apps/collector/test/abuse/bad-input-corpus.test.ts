// The bad-input corpus (see corpus.ts) against every public route, on each storage driver: always a
// 4xx `ApiError` with a clear message (and issues pointing at the field), never a 5xx, nothing
// stored, nothing logged as a fault, and the process still serving afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, drivers } from '../support/harness.js';
import { serverTypes } from '../../src/types.js';
import { generateCorpus, type AbuseCase, type DeclaredParameter, type TypeTarget } from './corpus.js';
import { apiError, databaseDigest, fixtureEntries, fixtureSettings, issueNear, seededRandom, servedRoutes, startLoggedHarness, type LoggedHarness } from './support.js';

const SEED = 20260615;
const BODY_LIMIT = 65_536;
const SECRET = 'secret-outside-the-served-folders';

/** Answers read in full, except an event stream (a case that opened one is reported, not waited on). */
async function send(h: LoggedHarness, c: AbuseCase) {
  const response = await h.app.inject({ method: c.method, url: c.url, headers: c.headers, ...(c.body === undefined ? {} : { payload: c.body }), payloadAsStream: true });
  const stream = response.stream() as Readable;
  if (String(response.headers['content-type']).startsWith('text/event-stream')) {
    stream.destroy();
    return { statusCode: response.statusCode, headers: response.headers, body: '(an event stream)' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return { statusCode: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') };
}

/** What is wrong with the answer to one case, if anything. */
function judge(c: AbuseCase, response: Awaited<ReturnType<typeof send>>): string | undefined {
  const { statusCode } = response;
  if (statusCode >= 500) return `${statusCode}: ${response.body.slice(0, 200)}`;
  if (!c.status.includes(statusCode)) return `status ${statusCode}, expected ${c.status.join(' or ')}: ${response.body.slice(0, 200)}`;
  if (c.noCors && response.headers['access-control-allow-origin'] !== undefined) return `CORS allowed ${String(response.headers['access-control-allow-origin'])}`;
  if (response.body.includes(SECRET)) return 'served a file outside its folder';
  if (response.headers['set-cookie'] !== undefined) return 'set a cookie';
  // Static files answer in HTML; a preflight's body is never read by a page (the plugin answers them in text).
  if (statusCode < 400 || c.category === 'static files' || c.method === 'OPTIONS') return undefined;
  let error;
  try {
    error = apiError(response);
  } catch (problem) {
    return `not an ApiError: ${String(problem).slice(0, 100)} ${response.body.slice(0, 100)}`;
  }
  if (error.message.length < 10) return `message too short: ${error.message}`;
  if (c.codes && !c.codes.includes(error.code)) return `code ${error.code}, expected ${c.codes.join(' or ')}: ${error.message}`;
  if (c.near && error.code === 'validation_failed') {
    const paths = error.issues?.map((issue) => issue.path) ?? [];
    if (!paths.some((path) => issueNear(path, c.near!))) return `issues at ${paths.slice(0, 5).join(', ')} instead of near ${c.near.join('.')}`;
  }
  return undefined;
}

describe.each(drivers)('bad-input corpus on %s', (driver) => {
  let h: LoggedHarness;
  let corpus: AbuseCase[];
  let staticDir: string;
  const contributionCount = async () => Number((await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM contributions'))[0]!.n);

  beforeAll(async () => {
    // Served folders next to a file that must never be served.
    staticDir = mkdtempSync(join(tmpdir(), 'participe-abuse-'));
    mkdirSync(join(staticDir, 'console'));
    mkdirSync(join(staticDir, 'widgets'));
    writeFileSync(join(staticDir, 'console', 'index.html'), '<!doctype html><title>Console</title>');
    writeFileSync(join(staticDir, 'widgets', 'participe-x.js'), 'export {};');
    writeFileSync(join(staticDir, 'secret.txt'), SECRET);
    h = await startLoggedHarness(driver, {
      bodyLimit: BODY_LIMIT,
      rateLimitPerMinute: 1_000_000,
      signInRateLimitPerMinute: 1_000_000,
      ...({ selfServiceRateLimitPerMinute: 1_000_000 } as object),
      consoleDir: join(staticDir, 'console'),
      widgetDirs: [join(staticDir, 'widgets')],
    });

    // Per type: the seeded open initiative, and copies that are a draft, closed, and not open yet.
    const editor = bearer(h.tokens.demo.editor);
    const staff = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const response = await h.app.inject({ method, url: `/v1/staff/${url}`, headers: editor, ...(payload ? { payload } : {}) });
      expect(response.statusCode, response.body).toBeLessThan(300);
    };
    const targets: TypeTarget[] = [];
    const random = seededRandom(SEED);
    for (const [type, fixture] of fixtureEntries) {
      const open = fixture.initiative.id;
      const exists = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${open}`, headers: editor });
      if (exists.statusCode === 404) {
        await staff('POST', 'initiatives', fixtureSettings(fixture, open));
        await staff('POST', `initiatives/${open}/status`, { status: 'open' });
      }
      const ids = { draft: `abuse-draft-${type}`, closed: `abuse-closed-${type}`, upcoming: `abuse-upcoming-${type}` };
      await staff('POST', 'initiatives', fixtureSettings(fixture, ids.draft));
      await staff('POST', 'initiatives', fixtureSettings(fixture, ids.closed));
      await staff('POST', `initiatives/${ids.closed}/status`, { status: 'open' });
      await staff('POST', `initiatives/${ids.closed}/status`, { status: 'closed' });
      await staff('POST', 'initiatives', fixtureSettings(fixture, ids.upcoming, { opensAt: '2030-01-01T00:00:00Z', closesAt: null }));
      await staff('POST', `initiatives/${ids.upcoming}/status`, { status: 'open' });
      const origin = (fixture.initiative['allowedOrigins'] as string[])[0]!;
      const target: TypeTarget = { type, fixture, open, ...ids, origin, storedKey: random.uuid(), storedParticipant: random.uuid() };
      const stored = await h.app.inject({
        method: 'POST',
        url: `/v1/initiatives/${open}/contributions`,
        headers: { origin },
        payload: { initiative: open, type, payload: fixture.payloads[0], idempotencyKey: target.storedKey, participant: target.storedParticipant, channel: 'web', language: 'fr' },
      });
      expect(stored.statusCode, stored.body).toBe(201);
      targets.push(target);
    }

    const openapi = (await h.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: DeclaredParameter[] }>>;
    };
    const queryParameters = new Map<string, DeclaredParameter[]>();
    for (const [path, operations] of Object.entries(openapi.paths)) {
      const declared = Object.values(operations).flatMap((operation) => (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'header'));
      if (declared.length > 0) queryParameters.set(path.replace(/\{(\w+)\}/g, ':$1'), declared);
    }
    // A type's own routes, and the routes of types that show contributions, are sent to an initiative they serve.
    const servedBy = new Map<string, string>();
    for (const facet of serverTypes) {
      for (const route of facet.routes) servedBy.set(`/v1/${route.access === 'public' ? '' : 'staff/'}initiatives/:id/${route.path}`, facet.manifest.type);
    }
    const showsContributions = serverTypes.find((facet) => facet.manifest.publicContributions)?.manifest.type;
    const typeOf = (url: string) => servedBy.get(url) ?? (showsContributions && /\/(public-contributions|response|payload|topics)(\/|$)/.test(url) ? showsContributions : undefined);
    corpus = generateCorpus({ random, targets, routes: servedRoutes(h.app), queryParameters, adminToken: h.tokens.demo.admin, bodyLimit: BODY_LIMIT, typeOf });
  });
  afterAll(async () => {
    await h?.close();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  });

  const categories = [
    'malformed JSON',
    'wrong types and missing fields',
    'huge values',
    'deep nesting',
    'unknown fields',
    'invalid unicode',
    'wrong or unavailable initiative',
    'wrong origin',
    'reused idempotency key',
    'not JSON',
    'public reads',
    'static files',
  ];

  it('is thousands of cases, from a fixed seed, covering every type with fixtures and every category', () => {
    expect(corpus.length).toBeGreaterThan(3000);
    expect(new Set(corpus.map((c) => c.category))).toEqual(new Set(categories));
    for (const [type] of fixtureEntries) expect(corpus.filter((c) => c.name.startsWith(`${type}: `)).length, type).toBeGreaterThan(500);
    // Counted per category in the report of a run (see docs/security.md).
    console.info(Object.fromEntries(categories.map((category) => [category, corpus.filter((c) => c.category === category).length])), `${corpus.length} cases`);
  });

  // Up to thousands of requests one after another (every registered type adds its own cases, one per
  // path of its payloads, in the largest category): a budget that grows with them and holds when the
  // two cores are shared.
  it.each(categories)('%s: every case refused as expected, nothing stored', { timeout: 120_000 * fixtureEntries.length }, async (category) => {
    const before = await databaseDigest(h.db);
    const failures: string[] = [];
    for (const c of corpus.filter((item) => item.category === category)) {
      const problem = judge(c, await send(h, c));
      if (problem) failures.push(`${c.name}: ${problem}`);
    }
    expect(failures.slice(0, 25), `${failures.length} of the cases failed`).toEqual([]);
    expect(await databaseDigest(h.db)).toEqual(before);
  });

  it('logged no fault, and still serves afterwards', async () => {
    expect(h.faults()).toEqual([]);
    expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const before = await contributionCount();
    for (const [type, fixture] of fixtureEntries) {
      const random = seededRandom(type.length);
      const origin = (fixture.initiative['allowedOrigins'] as string[])[0]!;
      const response = await h.app.inject({
        method: 'POST',
        url: `/v1/initiatives/${fixture.initiative.id}/contributions`,
        headers: { origin },
        payload: { initiative: fixture.initiative.id, type, payload: fixture.payloads.at(-1), idempotencyKey: random.uuid(), participant: random.uuid(), channel: 'web', language: 'en' },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    expect(await contributionCount()).toBe(before + fixtureEntries.length);
  });
});
