import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/storage/open.js';
import { openPglite } from '../src/storage/pglite.js';
import { migrationsDir } from '../src/paths.js';
import { seedDemo } from '../src/domain/seed.js';
import { manifests } from '../src/slices/registry.js';
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
      // The example initiatives of every registered type, once each.
      const examples = manifests.flatMap(({ fixtures }) => [fixtures.initiative, ...(fixtures.moreInitiatives ?? [])].map((initiative) => ({ id: initiative.id, type: initiative.type, status: initiative.status })));
      expect(await db.query('SELECT id, type, status FROM initiatives ORDER BY id')).toEqual(examples.sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(examples.map((example) => example.id)).toEqual(expect.arrayContaining(['retroaction-pages', 'services-en-ligne']));
      expect(await db.query('SELECT id FROM organisations ORDER BY id')).toEqual([{ id: 'ministere-autre' }, { id: 'ministere-demo' }]);
      expect(await db.query('SELECT email, role FROM staff_accounts ORDER BY email')).toEqual([
        { email: 'demo@ministere-autre.example', role: 'admin' },
        { email: 'demo@ministere-demo.example', role: 'admin' },
      ]);
    } finally {
      await dispose();
    }
  });

  it('lets the demo site’s own origin embed every example, also on a database seeded before', async () => {
    const { db, dispose } = await openTestDatabase(driver);
    try {
      await seedDemo(db);
      await seedDemo(db, { origins: ['http://localhost:5999'] });
      const rows = await db.query<{ settings: { allowedOrigins: string[] } }>('SELECT settings FROM initiatives');
      for (const { settings } of rows) expect(settings.allowedOrigins).toContain('http://localhost:5999');
      await seedDemo(db, { origins: ['http://localhost:5999'] });
      const again = await db.query<{ settings: { allowedOrigins: string[] } }>('SELECT settings FROM initiatives');
      for (const { settings } of again) expect(settings.allowedOrigins.filter((origin) => origin === 'http://localhost:5999')).toHaveLength(1);
    } finally {
      await dispose();
    }
  });
});
