import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { demoOrganisation } from '@participe/core/fixtures';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import type { ContributionEnvelope, StaffRole } from '@participe/core/schemas';
import { buildApp, type CollectorApp } from '../../src/app.js';
import type { AppConfig } from '../../src/config.js';
import type { Database } from '../../src/storage/database.js';
import { migrateEmbedded, migratePostgresDatabase } from '../../src/storage/migrate.js';
import { openPglite } from '../../src/storage/pglite.js';
import { openPostgres } from '../../src/storage/postgres.js';
import { otherOrganisation, seedDemo } from '../../src/domain/seed.js';
import { insertToken } from '../../src/storage/staff.js';
import { hashToken } from '../../src/security/tokens.js';

export type DriverName = 'pglite' | 'postgres';

/** Every storage test runs on PGlite, and on PostgreSQL too when DATABASE_URL names a server (CI). */
export const drivers: DriverName[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  /** Applies these types' own migrations too (a test's own type). */
  migrateTypes(types: Parameters<typeof migrateEmbedded>[2]): Promise<void>;
  /** Closes the database and removes what the test created. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database of its own: an in-memory copy of the PGlite template, or a new PostgreSQL database. */
export async function openTestDatabase(driver: DriverName): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
    const db = await openPglite({ loadDataDir: template });
    await migrateEmbedded(db.pglite);
    return { db, dispose: () => db.close(), migrateTypes: (types) => migrateEmbedded(db.pglite, undefined, types) };
  }
  const serverUrl = process.env.DATABASE_URL!;
  const name = `participe_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgresDatabase(url.href);
  const db = await openPostgres(url.href);
  return {
    db,
    migrateTypes: (types) => migratePostgresDatabase(url.href, undefined, types),
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A clock inside the fixture initiative's open period. */
export const testNow = new Date('2026-06-15T12:00:00Z');

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    logLevel: 'silent',
    bodyLimit: 65_536,
    rateLimitPerMinute: 10_000,
    signInRateLimitPerMinute: 10_000,
    trustProxy: false,
    consoleDir: '/nonexistent/participe-console',
    widgetDirs: [],
    heartbeatMs: 15_000,
    sessionTtlMs: 3_600_000,
    ...overrides,
  };
}

export const demoInitiative = pageFeedbackExample.id;
export const allowedOrigin = pageFeedbackExample.allowedOrigins[0]!;

/** Bearer tokens per organisation and role, created straight in storage (sign-in has its own tests). */
export type Tokens = Record<'demo' | 'other', Record<StaffRole, string>>;

const roles: StaffRole[] = ['admin', 'editor', 'moderator', 'analyst'];

export async function createTokens(db: Database): Promise<Tokens> {
  const tokens = { demo: {}, other: {} } as Tokens;
  for (const [key, organisationId] of [['demo', demoOrganisation.id], ['other', otherOrganisation.id]] as const) {
    for (const role of roles) {
      const token = `pat_test${key}${role}${randomUUID().replace(/-/g, '')}`;
      await insertToken(db, { organisationId, tokenHash: hashToken(token), role, label: `${key} ${role}` });
      tokens[key][role] = token;
    }
  }
  return tokens;
}

export interface Harness {
  app: CollectorApp;
  db: Database;
  tokens: Tokens;
  close(): Promise<void>;
}

/** The collector on its own seeded database, with tokens for every role of both demo organisations. */
export async function startHarness(driver: DriverName, config: Partial<AppConfig> = {}, now: () => Date = () => testNow): Promise<Harness> {
  const { db, dispose } = await openTestDatabase(driver);
  await seedDemo(db);
  const tokens = await createTokens(db);
  const app = await buildApp(testConfig(config), { db, now });
  return {
    app,
    db,
    tokens,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A valid web contribution to the demo initiative; fresh keys each time unless given. */
export function envelope(overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope {
  return {
    initiative: demoInitiative,
    type: 'page-feedback',
    payload: { answer: 'yes', page: 'https://www.quebec.ca/transport' },
    idempotencyKey: randomUUID(),
    participant: randomUUID(),
    channel: 'web',
    language: 'fr',
    ...overrides,
  };
}

export async function countRows(db: Database, table: 'contributions' | 'audit_log' | 'events' | 'initiatives'): Promise<number> {
  const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
  return Number(row!.count);
}

/** Settings of a new page-feedback initiative, valid for the settings schema. */
export function feedbackSettings(id: string, overrides: Record<string, unknown> = {}) {
  const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = pageFeedbackExample;
  return { ...settings, id, ...overrides };
}
