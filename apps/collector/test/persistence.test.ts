import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/storage/open.js';
import { openPglite } from '../src/storage/pglite.js';
import { migrationsDir } from '../src/paths.js';
import { seedDemo } from '../src/domain/seed.js';
import { allowedOrigin, countRows, demoInitiative, drivers, envelope, openTestDatabase, testConfig } from './support/harness.js';

describe('migrations', () => {
  it('lists every SQL file in the journal, in order', () => {
    const files = readdirSync(migrationsDir).filter((file) => file.endsWith('.sql')).sort();
    const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
    expect(journal.entries.map((entry) => `${entry.tag}.sql`)).toEqual(files);
    const times = journal.entries.map((entry) => entry.when);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('the embedded database on disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'participe-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps acknowledged contributions across a restart', async () => {
    const storage = { databaseUrl: undefined, dataDir };
    // Started from the migrated template (creating a database from scratch takes seconds).
    const first = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    await seedDemo(first);
    const app = await buildApp(testConfig(), { db: first, now: () => new Date('2026-06-15T12:00:00Z') });
    const ack = await app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/contributions`, headers: { origin: allowedOrigin }, payload: envelope() });
    expect(ack.statusCode).toBe(201);
    await app.close();
    await first.close();

    // Reopening migrates again (nothing to do) and finds the row.
    const second = await openDatabase(storage);
    try {
      const rows = await second.query('SELECT id FROM contributions');
      expect(rows).toEqual([{ id: ack.json().id }]);
    } finally {
      await second.close();
    }
    // Two PGlite databases on disk, one after the other (≈ 15 s on a quiet machine, twice that on a busy one).
  }, 90_000);
});

describe.each(drivers)('seeding on %s', (driver) => {
  it('creates the demo data once, however often it runs', async () => {
    const { db, dispose } = await openTestDatabase(driver);
    try {
      await seedDemo(db);
      await seedDemo(db);
      expect(await db.query('SELECT id, type, status FROM initiatives ORDER BY id')).toEqual([
        { id: 'consultation-transport', type: 'idea-board', status: 'open' },
        { id: 'idees-services', type: 'idea-board', status: 'open' },
        { id: 'retroaction-pages', type: 'page-feedback', status: 'open' },
        { id: 'services-en-ligne', type: 'survey', status: 'open' },
      ]);
      expect(await db.query('SELECT id FROM organisations ORDER BY id')).toEqual([{ id: 'ministere-autre' }, { id: 'ministere-demo' }]);
      expect(await db.query('SELECT email, role FROM staff_accounts ORDER BY email')).toEqual([
        { email: 'demo@ministere-autre.example', role: 'admin' },
        { email: 'demo@ministere-demo.example', role: 'admin' },
      ]);
    } finally {
      await dispose();
    }
  });
});
