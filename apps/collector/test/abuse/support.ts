import { expect } from 'vitest';
import { contributionFixtures, type ContributionFixture } from '../support/types.js';
import { ApiError, formatPath, type InitiativeType } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { buildApp, type CollectorApp } from '../../src/app.js';
import type { AppConfig } from '../../src/config.js';
import type { Database } from '../../src/storage/database.js';
import { seedDemo } from '../../src/domain/seed.js';
import { bearer, createTokens, openTestDatabase, testConfig, testNow, type DriverName, type Harness } from '../support/harness.js';

/** Every initiative type that has contribution fixtures: the suites iterate over these, never over a hand-written list. */
export const fixtureEntries = Object.entries(contributionFixtures) as Array<[InitiativeType, ContributionFixture]>;

/** Settings of a fixture's initiative (what staff write), under another id. */
export function fixtureSettings(fixture: ContributionFixture, id: string, overrides: Record<string, unknown> = {}) {
  const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = fixture.initiative;
  return { ...settings, id, ...overrides };
}

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same corpus on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  /** `count` distinct items, in a random order. */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, count);
  };
  /** A version 4 UUID made from the generator, so that corpus bodies are byte-identical across runs. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[int(4)]!;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, sample, uuid };
}
export type Random = ReturnType<typeof seededRandom>;

/** One route the app serves, as `printRoutes` lists it. */
export interface ServedRoute {
  method: string;
  url: string;
}

/**
 * Every route of the app, read from Fastify's own route tree (`printRoutes`), so that a route added
 * tomorrow is swept without anyone listing it here. Each tree line is a path segment appended to
 * its parent's, with the methods it answers in parentheses.
 */
export function servedRoutes(app: CollectorApp): ServedRoute[] {
  const routes: ServedRoute[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = line.match(/^([│\s]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/u);
    if (!match) continue;
    const depth = [...match[1]!].length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const url = stack.join('');
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url });
  }
  return routes;
}

/** Bookkeeping every request may touch, not a change: rate-limit counters and the secrets that key them. */
const bookkeeping = new Set(['rate_limits', 'instance_secrets']);

/** Tables whose every row is fingerprinted; a token's `last_used_at` is bookkeeping, not a change. */
export async function databaseDigest(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (bookkeeping.has(name)) continue;
    const [row] = await db.query<{ rows: number; digest: string }>(
      `SELECT count(*)::int AS rows,
              md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' ORDER BY (to_jsonb(t) - 'last_used_at')::text), '')) AS digest
       FROM "${name}" t`,
    );
    digest[name] = `${row!.rows} rows, ${row!.digest}`;
  }
  return digest;
}

/** The collector with its log lines kept, so that a suite can check that nothing failed inside. */
export interface LoggedHarness extends Harness {
  /** Log lines at level error or above (a fault, as opposed to a refusal). */
  faults(): string[];
}

export async function startLoggedHarness(driver: DriverName, config: Partial<AppConfig> = {}): Promise<LoggedHarness> {
  const { db, dispose } = await openTestDatabase(driver);
  await seedDemo(db);
  const tokens = await createTokens(db);
  const lines: string[] = [];
  const app = await buildApp(testConfig({ logLevel: 'error', ...config }), { db, now: () => testNow, logStream: { write: (line) => lines.push(line) } });
  return {
    app,
    db,
    tokens,
    faults: () => lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50),
    async close() {
      await app.close();
      await dispose();
    },
  };
}

/**
 * True when an issue path points at the mutated field, one of its parents, something inside it, or
 * (two levels down or more) a sibling: changing one survey answer can make another one the problem.
 */
export function issueNear(issuePath: string, mutated: readonly PropertyKey[]): boolean {
  if (issuePath === '(root)') return mutated.length <= 1;
  const below = (prefix: readonly PropertyKey[]) => {
    const path = formatPath(prefix);
    return issuePath.startsWith(`${path}.`) || issuePath.startsWith(`${path}[`);
  };
  for (let n = 1; n <= mutated.length; n++) if (issuePath === formatPath(mutated.slice(0, n))) return true;
  // A sibling counts too: a rule across two fields (a reason given with "yes") names the other one.
  return mutated.length === 0 || below(mutated) || (mutated.length >= 2 && (below(mutated.slice(0, 2)) || below(mutated.slice(0, -1))));
}

/** Parses an error answer as the `ApiError` every refusal must be. */
export function apiError(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
  return z.parse(ApiError, JSON.parse(response.body));
}

/** The fixture's own initiative, open (the demo seed creates it; a type the seed does not know yet is created here). */
export async function openFixtureInitiative(h: Harness, fixture: ContributionFixture): Promise<string> {
  const id = fixture.initiative.id;
  const editor = bearer(h.tokens.demo.editor);
  const exists = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}`, headers: editor });
  if (exists.statusCode === 404) {
    const created = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: editor, payload: fixtureSettings(fixture, id) });
    expect(created.statusCode, created.body).toBe(201);
  }
  const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: editor, payload: { status: 'open' } });
  expect(opened.statusCode, opened.body).toBe(200);
  return id;
}

export const allowedOriginOf = (fixture: ContributionFixture) => (fixture.initiative['allowedOrigins'] as string[])[0]!;
