import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { surveyExample } from '@participe/survey/manifest';
import { ContributionPage } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/storage/database.js';
import { migrateEmbedded, migratePostgresDatabase } from '../../src/storage/migrate.js';
import { openPglite } from '../../src/storage/pglite.js';
import { openPostgres } from '../../src/storage/postgres.js';
import { participantHash } from '../../src/security/hash.js';
import { migrationsDir } from '../../src/paths.js';
import { seedDemo } from '../../src/domain/seed.js';
import { allowedOrigin, bearer, demoInitiative, drivers, envelope, feedbackSettings, startHarness, testConfig, testNow, type DriverName, type Harness } from '../support/harness.js';
import { postResponse, shortAnswers, surveyEnvelope, surveyId } from '../support/survey.js';
import { tablesContaining } from './support.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(drivers)('anonymous participants on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
    await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives', headers: bearer(h.tokens.demo.editor), payload: feedbackSettings('autre-retroaction') });
    await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/autre-retroaction/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
  });
  afterAll(() => h?.close());

  const post = (body: ReturnType<typeof envelope>) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: allowedOrigin }, payload: body });

  it('stores only a SHA-256 hash of the participant id, in no table the id itself', async () => {
    const participant = randomUUID();
    expect((await post(envelope({ participant }))).statusCode).toBe(201);
    const [row] = await h.db.query<{ participant_hash: string }>('SELECT participant_hash FROM contributions WHERE participant_hash = $1', [
      sha256(`${demoInitiative}:${participant}`),
    ]);
    expect(row?.participant_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await tablesContaining(h.db, participant)).toEqual([]);
    // Upper case is the same id (browsers send lower case; the hash does not depend on it).
    expect(participantHash(demoInitiative, participant.toUpperCase())).toBe(row!.participant_hash);
  });

  it('gives one id sent to two initiatives two unrelated pseudonyms', async () => {
    const participant = randomUUID();
    expect((await post(envelope({ participant }))).statusCode).toBe(201);
    expect((await post(envelope({ participant, initiative: 'autre-retroaction' }))).statusCode).toBe(201);
    const rows = await h.db.query<{ initiative_id: string; participant_hash: string }>(
      'SELECT initiative_id, participant_hash FROM contributions WHERE participant_hash = ANY($1::text[]) ORDER BY initiative_id',
      [[participantHash(demoInitiative, participant), participantHash('autre-retroaction', participant)]],
    );
    expect(rows.map((row) => row.initiative_id)).toEqual(['autre-retroaction', demoInitiative]);
    expect(rows[0]!.participant_hash).not.toBe(rows[1]!.participant_hash);
  });

  it('shows staff the pseudonym, never the id, in the list and in both exports', async () => {
    const participant = randomUUID();
    expect((await post(envelope({ participant, payload: { answer: 'no', comment: 'Pseudonyme', page: 'https://www.quebec.ca/p' } }))).statusCode).toBe(201);
    const pseudonym = participantHash(demoInitiative, participant);

    const list = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/contributions?q=Pseudonyme`, headers: bearer(h.tokens.demo.analyst) });
    const page = z.parse(ContributionPage, list.json());
    expect(page.items.map((item) => item.participant)).toEqual([pseudonym]);
    expect(list.body).not.toContain(participant);

    const json = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=json`, headers: bearer(h.tokens.demo.analyst) });
    expect(json.body).not.toContain(participant);
    expect((json.json() as Array<{ participant: string }>).some((item) => item.participant === pseudonym)).toBe(true);

    const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=csv`, headers: bearer(h.tokens.demo.analyst) });
    expect(csv.body).not.toContain(participant);
    const records = parse(csv.body.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records.some((record) => record.participant === pseudonym)).toBe(true);
  });

  it('keeps one response per participant working on the hash, and hashes staff entries alike', async () => {
    const participant = randomUUID();
    expect((await postResponse(h, surveyEnvelope(shortAnswers, { participant }))).statusCode).toBe(201);
    const again = await postResponse(h, surveyEnvelope(shortAnswers, { participant: participant.toUpperCase() }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_participated');

    const key = randomUUID();
    const entered = await h.app.inject({
      method: 'POST',
      url: `/v1/staff/initiatives/${surveyId}/contributions`,
      headers: bearer(h.tokens.demo.editor),
      payload: { channel: 'paper', language: 'fr', payload: { answers: shortAnswers }, idempotencyKey: key },
    });
    expect(entered.statusCode).toBe(201);
    const [row] = await h.db.query<{ participant_hash: string }>('SELECT participant_hash FROM contributions WHERE id = $1', [entered.json().id]);
    expect(row!.participant_hash).toBe(participantHash(surveyId, key));
  });
});

/** A database migrated up to (not including) 0002_privacy: contributions still hold raw participant ids. */
async function databaseBeforePrivacy(driver: DriverName): Promise<{ db: Database; migrate(): Promise<void>; dispose(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'participe-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  const before = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === '0002_privacy'));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: before }));
  for (const entry of before) copyFileSync(join(migrationsDir, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });

  if (driver === 'pglite') {
    const db = await openPglite({});
    await migrateEmbedded(db.pglite, folder);
    return { db, migrate: () => migrateEmbedded(db.pglite), dispose: async () => (await db.close(), removeFolder()) };
  }
  const serverUrl = process.env.DATABASE_URL!;
  const name = `participe_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgresDatabase(url.href, folder);
  const db = await openPostgres(url.href);
  return {
    db,
    migrate: () => migratePostgresDatabase(url.href),
    async dispose() {
      await db.close();
      removeFolder();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

describe.each(drivers)('the 0002_privacy migration on %s', (driver) => {
  it('hashes the participant ids already stored, and one response per participant still holds', { timeout: 120_000 }, async () => {
    const { db, migrate, dispose } = await databaseBeforePrivacy(driver);
    try {
      await seedDemo(db);
      const participant = randomUUID();
      const staffKey = randomUUID();
      const insert = (participantId: string, channel: string, enteredBy: string | null) =>
        db.query(
          `INSERT INTO contributions (id, initiative_id, idempotency_key, body_hash, participant, channel, language, payload, moderation_state, entered_by)
           VALUES ($1, $2, $3, 'x', $4, $5, 'fr', $6::jsonb, 'approved', $7)`,
          [randomUUID(), surveyId, channel === 'web' ? randomUUID() : participantId, participantId, channel, JSON.stringify({ answers: shortAnswers }), enteredBy],
        );
      await insert(participant, 'web', null);
      await insert(staffKey, 'paper', randomUUID());

      await migrate();

      const rows = await db.query<{ channel: string; participant_hash: string }>('SELECT channel, participant_hash FROM contributions ORDER BY channel DESC');
      expect(rows).toEqual([
        { channel: 'web', participant_hash: sha256(`${surveyId}:${participant}`) },
        { channel: 'paper', participant_hash: sha256(`${surveyId}:${staffKey}`) },
      ]);
      expect(await tablesContaining(db, participant)).toEqual([]);
      expect((await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'contributions' AND column_name = 'participant'")).length).toBe(0);

      const app = await buildApp(testConfig(), { db, now: () => testNow });
      try {
        const again = await app.inject({
          method: 'POST',
          url: `/v1/initiatives/${surveyId}/contributions`,
          headers: { origin: surveyExample.allowedOrigins[0]! },
          payload: surveyEnvelope(shortAnswers, { participant }),
        });
        expect(again.statusCode).toBe(409);
        expect(again.json().code).toBe('already_participated');
      } finally {
        await app.close();
      }
    } finally {
      await dispose();
    }
  });
});
