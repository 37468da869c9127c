import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import { surveyExample } from '@participe/survey/manifest';
import { contributionFixtures, type ContributionFixture } from '../support/types.js';
import { manifests } from '../../src/slices/registry.js';
import { ANONYMISED, retentionEndsAt, type InitiativeType } from '@participe/core/schemas';
import { ConfigError, loadConfig } from '../../src/config.js';
import { anonymisePayload } from '../../src/domain/personal-data.js';
import { retentionCutoff, runRetention, startRetention } from '../../src/domain/retention.js';
import type { InitiativeRecord } from '../../src/storage/initiatives.js';
import { bearer, drivers, feedbackSettings, startHarness, type Harness } from '../support/harness.js';
import { auditRows, leaves, selfService, storedRows, tablesContaining } from './support.js';

const DAY_MS = 86_400_000;
const fixtures = Object.entries(contributionFixtures) as Array<[InitiativeType, ContributionFixture]>;

/** The fixture's initiative as the collector keeps it. */
function recordOf(fixture: ContributionFixture): InitiativeRecord {
  const { organisation, status, resultsPublished, ...settings } = fixture.initiative as typeof pageFeedbackExample;
  return { id: settings.id, type: settings.type, organisation, settings, status, resultsPublished, createdAt: '', updatedAt: '' } as unknown as InitiativeRecord;
}

/** A payload's leaves that are personal, per the fixture, and hold something worth removing. */
const personalLeaves = (fixture: ContributionFixture, payload: unknown) =>
  [...leaves(payload)].filter(([path, value]) => fixture.personalFields.includes(path) && typeof value === 'string' && value.trim() !== '').map(([path]) => path);

/** Exactly the personal fields changed, each to ANONYMISED; every other leaf as it was. */
function expectAnonymised(fixture: ContributionFixture, before: unknown, after: unknown) {
  const old = leaves(before);
  const now = leaves(after);
  expect([...now.keys()].sort()).toEqual([...old.keys()].sort());
  const personal = personalLeaves(fixture, before);
  for (const [path, value] of old) expect(now.get(path), path).toEqual(personal.includes(path) ? ANONYMISED : value);
}

describe('privacy hooks', () => {
  it.each(fixtures)('remove exactly the personal fields of %s that contributionFixtures names', (_type, fixture) => {
    const record = recordOf(fixture);
    const payloads = [...fixture.payloads, fixture.withText('Jeanne Tremblay, 418-555-0199, jeanne@example.org')];
    let removed = 0;
    for (const payload of payloads) {
      expectAnonymised(fixture, payload, anonymisePayload(record, payload));
      removed += personalLeaves(fixture, payload).length;
    }
    // Every personal field is exercised by some payload.
    expect(removed).toBeGreaterThan(0);
    const exercised = new Set(payloads.flatMap((payload) => personalLeaves(fixture, payload)));
    expect([...exercised].sort()).toEqual([...fixture.personalFields].sort());
  });

  it('remove texts of questions no longer in a survey definition, and keep blank answers blank', () => {
    const record = recordOf(contributionFixtures.survey!);
    expect(anonymisePayload(record, { answers: { retiree: 'Un texte', nombre: 3, autre: { choices: ['a'], other: 'Précision' }, mot: '  ', services: { choices: ['sante'], other: '' } } })).toEqual({
      answers: { retiree: ANONYMISED, nombre: 3, autre: { choices: ['a'], other: ANONYMISED }, mot: '  ', services: { choices: ['sante'], other: '' } },
    });
  });

  it('destroy the whole payload of a type this collector no longer knows, rather than keep what they cannot vouch for', () => {
    const record = { ...recordOf(contributionFixtures['page-feedback']!), type: 'retired-type' } as InitiativeRecord;
    expect(anonymisePayload(record, { name: 'Jeanne', email: 'jeanne@example.org' })).toEqual({});
  });

  it('date retention from the closing date, or from each receipt without one', () => {
    const now = new Date('2029-01-01T00:00:00Z');
    const closing = recordOf(contributionFixtures['page-feedback']!);
    expect(retentionCutoff(closing, new Date(retentionEndsAt(pageFeedbackExample)!.getTime() - 1))).toBeUndefined();
    expect(retentionCutoff(closing, retentionEndsAt(pageFeedbackExample)!)).toEqual({ all: true });
    const open = { ...closing, settings: { ...closing.settings, closesAt: null, retentionDays: 30 } } as InitiativeRecord;
    expect(retentionCutoff(open, now)).toEqual({ receivedBefore: new Date(now.getTime() - 30 * DAY_MS) });
  });
});

describe('the retention schedule', () => {
  it('runs every 60 minutes unless configured otherwise; 0 leaves it to an outside scheduler', () => {
    expect(loadConfig({}, '/srv').retentionIntervalMinutes).toBe(60);
    expect(loadConfig({ PARTICIPE_RETENTION_INTERVAL_MINUTES: '15' }, '/srv').retentionIntervalMinutes).toBe(15);
    expect(loadConfig({ PARTICIPE_RETENTION_INTERVAL_MINUTES: '0' }, '/srv').retentionIntervalMinutes).toBe(0);
    expect(() => loadConfig({ PARTICIPE_RETENTION_INTERVAL_MINUTES: 'hourly' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ PARTICIPE_RETENTION_INTERVAL_MINUTES: '20000' }, '/srv')).toThrow(/PARTICIPE_RETENTION_INTERVAL_MINUTES/);
  });

  // The collector's test task depends on its build (turbo.json): the script is there.
  const script = fileURLToPath(new URL('../../dist/retention-once.js', import.meta.url));
  it('runs once from the command line (the built script), prints its counts and exits', { timeout: 120_000 }, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-retention-'));
    try {
      const run = spawnSync(process.execPath, [script], {
        env: { ...process.env, DATABASE_URL: '', PARTICIPE_DATA_DIR: dataDir, PARTICIPE_SEED_DEMO: '0' },
        encoding: 'utf8',
        timeout: 110_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ retention: { initiatives: 0, contributions: 0 } });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(drivers)('the retention job on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  /** An initiative's results as staff read them; null for a type that publishes none. */
  const staffResults = async (id: string) => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/results`, headers: bearer(h.tokens.demo.analyst) });
    if (response.statusCode === 404) return null;
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('changes nothing before the retention date; at it, removes exactly the personal fields and keeps the results', async () => {
    // Every fixture payload of every type, each from its own participant, plus a paper form.
    const sent = new Map<string, { type: InitiativeType; participant: string; payload: unknown }>();
    for (const [type, fixture] of fixtures) {
      for (const payload of [...fixture.payloads, fixture.withText('Jeanne Tremblay, 418-555-0199')]) {
        const participant = randomUUID();
        const response = await h.app.inject({
          method: 'POST',
          url: `/v1/initiatives/${fixture.initiative.id}/contributions`,
          headers: { origin: (fixture.initiative as typeof pageFeedbackExample).allowedOrigins[0]! },
          payload: { initiative: fixture.initiative.id, type, payload, idempotencyKey: randomUUID(), participant, channel: 'web', language: 'fr' },
        });
        expect(response.statusCode, response.body).toBe(201);
        sent.set(response.json().id, { type, participant, payload });
      }
    }
    const paper = await h.app.inject({
      method: 'POST',
      url: `/v1/staff/initiatives/${surveyExample.id}/contributions`,
      headers: bearer(h.tokens.demo.editor),
      payload: { channel: 'paper', language: 'fr', payload: contributionFixtures.survey!.payloads[1], idempotencyKey: randomUUID() },
    });
    expect(paper.statusCode).toBe(201);
    sent.set(paper.json().id, { type: 'survey', participant: '', payload: contributionFixtures.survey!.payloads[1] });

    // Every type's example initiative (one per registered type) ends its retention on the same date.
    const endsAt = retentionEndsAt(pageFeedbackExample)!;
    for (const [, fixture] of fixtures) expect(retentionEndsAt(fixture.initiative), fixture.initiative.id).toEqual(endsAt);
    // Every type's example, in the order the job visits them (by id).
    const ids = fixtures.map(([, fixture]) => fixture.initiative.id).sort();
    const withResults = fixtures.filter(([type]) => manifests.find((manifest) => manifest.type === type)?.results).map(([, fixture]) => fixture.initiative.id);
    const rowsBefore = await Promise.all(ids.map((id) => storedRows(h.db, id)));
    const resultsBefore = await Promise.all(withResults.map(staffResults));

    // A millisecond before: nothing moves.
    const early = await runRetention(h.db, { now: () => new Date(endsAt.getTime() - 1), batchSize: 2 });
    expect(early).toMatchObject({ initiatives: 0, contributions: 0 });
    expect(await Promise.all(ids.map((id) => storedRows(h.db, id)))).toEqual(rowsBefore);

    // At the date: every contribution of every example initiative, in batches of two.
    const run = await runRetention(h.db, { now: () => endsAt, batchSize: 2 });
    expect(run).toEqual({ startedAt: endsAt.toISOString(), finishedAt: endsAt.toISOString(), initiatives: ids.length, contributions: sent.size, typeRows: 0 });
    for (const id of ids) {
      for (const row of await storedRows(h.db, id)) {
        const original = sent.get(row.id)!;
        expect(row).toMatchObject({ participant_hash: null, idempotency_key: null, body_hash: null });
        expect(new Date(row.anonymised_at!).toISOString()).toBe(endsAt.toISOString());
        expectAnonymised(contributionFixtures[original.type]!, original.payload, row.payload);
      }
    }
    expect(await Promise.all(withResults.map(staffResults))).toEqual(resultsBefore);

    // Nothing of the personal texts or the participants is left anywhere.
    for (const secret of ['Jeanne Tremblay', 'citoyen@exemple.ca', 'H2X 1Y4', 'Il manque les heures']) expect(await tablesContaining(h.db, secret), secret).toEqual([]);
    const someone = [...sent.values()].find((item) => item.participant)!;
    expect((await selfService(h, pageFeedbackExample.id, pageFeedbackExample.allowedOrigins[0]!, someone.participant)).statusCode).toBe(404);

    // Staff see the mark, and the export says "anonymised" in words.
    const list = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyExample.id}/contributions`, headers: bearer(h.tokens.demo.analyst) });
    expect(list.json().items.every((item: { anonymisedAt?: string; participant: unknown }) => item.anonymisedAt === endsAt.toISOString() && item.participant === null)).toBe(true);
    const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyExample.id}/export?format=csv&lang=fr`, headers: bearer(h.tokens.demo.analyst) });
    const records = parse(csv.body.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records.some((record) => record['Votre courriel'] === '(anonymisé)')).toBe(true);

    // Idempotent: a second run finds nothing; audit rows and run rows hold counts only.
    expect(await runRetention(h.db, { now: () => new Date(endsAt.getTime() + DAY_MS) })).toMatchObject({ initiatives: 0, contributions: 0 });
    const audits = await auditRows(h.db, 'retention.anonymise');
    expect(audits.map((row) => [row.target_id, row.actor_kind, row.actor_id, row.details])).toEqual(
      ids.map((id, index) => [id, 'system', null, { contributions: rowsBefore[index]!.length }]),
    );
    const runs = await h.db.query<{ initiatives: number; contributions: number }>('SELECT initiatives, contributions FROM retention_runs ORDER BY id');
    expect(runs).toEqual([
      { initiatives: 0, contributions: 0 },
      { initiatives: ids.length, contributions: sent.size },
      { initiatives: 0, contributions: 0 },
    ]);
  });

  it('without a closing date, anonymises each contribution retentionDays after its receipt', async () => {
    const id = 'sans-date-de-fin';
    const created = await h.app.inject({
      method: 'POST',
      url: '/v1/staff/initiatives',
      headers: bearer(h.tokens.demo.editor),
      payload: feedbackSettings(id, { closesAt: null, retentionDays: 30 }),
    });
    expect(created.statusCode, created.body).toBe(201);
    await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    const now = new Date('2026-09-01T12:00:00Z');
    const ages = [31, 30, 29];
    const ids: string[] = [];
    for (const age of ages) {
      const response = await h.app.inject({
        method: 'POST',
        url: `/v1/initiatives/${id}/contributions`,
        headers: { origin: pageFeedbackExample.allowedOrigins[0]! },
        payload: { initiative: id, type: 'page-feedback', payload: { answer: 'no', comment: `Reçu il y a ${age} jours`, page: 'https://www.quebec.ca/x' }, idempotencyKey: randomUUID(), participant: randomUUID(), channel: 'web', language: 'fr' },
      });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
      await h.db.query('UPDATE contributions SET received_at = $2::timestamptz WHERE id = $1', [response.json().id, new Date(now.getTime() - age * DAY_MS).toISOString()]);
    }

    const run = await runRetention(h.db, { now: () => now });
    expect(run).toMatchObject({ initiatives: 1, contributions: 2 });
    const rows = await storedRows(h.db, id);
    expect(rows.map((row) => [(row.payload as { comment: string }).comment, row.anonymised_at !== null, row.participant_hash !== null])).toEqual([
      [ANONYMISED, true, false],
      [ANONYMISED, true, false],
      ['Reçu il y a 29 jours', false, true],
    ]);

    // A day later, the third one's turn.
    expect(await runRetention(h.db, { now: () => new Date(now.getTime() + DAY_MS) })).toMatchObject({ initiatives: 1, contributions: 1 });
    expect((await storedRows(h.db, id)).every((row) => row.anonymised_at !== null)).toBe(true);
  });

  it('runs at once when scheduled, then waits its interval; stopping waits for the run in progress', async () => {
    const runs = async () => Number((await h.db.query<{ count: number }>('SELECT count(*)::int AS count FROM retention_runs'))[0]!.count);
    const before = await runs();
    const logged: string[] = [];
    const log = { info: (_: object, message: string) => logged.push(message), error: (_: object, message: string) => logged.push(message) };
    const job = startRetention(h.db, { intervalMs: 3_600_000, log, now: () => new Date('2026-06-15T12:00:00Z') });
    await job.stop();
    expect(await runs()).toBe(before + 1);
    expect(logged).not.toContain('retention run failed');
  });
});
