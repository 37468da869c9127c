import { retentionEndsAt } from '@participe/core/schemas';
import type { Database, Queryable } from '../storage/database.js';
import { anonymisePayload } from './personal-data.js';
import { publicSpec, visibleFor } from './public-contributions.js';
import { recordAudit } from '../storage/audit.js';
import { initiativesOfTypes, initiativesWithPersonalData, type InitiativeRecord } from '../storage/initiatives.js';
import { deleteInitiativeOutbox } from '../storage/outbox.js';
import { facetOf, serverInitiative } from '../slices/registry.js';
import { serverTypes } from '../types.js';

const DAY_MS = 86_400_000;

export interface RetentionOptions {
  /** The job's clock; tests move it. */
  now?: () => Date;
  /** Contributions anonymised per transaction. */
  batchSize?: number;
}

/** What one run did: counts only. */
export interface RetentionRun {
  startedAt: string;
  finishedAt: string;
  /** Initiatives at least one of whose contributions (or rows of the type's own tables) was anonymised. */
  initiatives: number;
  contributions: number;
  /** Rows of types' own tables anonymised (a petition's signatures). */
  typeRows: number;
}

/**
 * Which of an initiative's contributions are past retention at `now`: all of them once
 * `retentionDays` have passed since it closed (`retentionEndsAt`, the date its widget shows);
 * without a closing date, each one `retentionDays` after its own receipt. Undefined: none yet.
 */
export function retentionCutoff(initiative: InitiativeRecord, now: Date): { all: true } | { receivedBefore: Date } | undefined {
  const endsAt = retentionEndsAt(initiative.settings);
  if (endsAt) return endsAt.getTime() <= now.getTime() ? { all: true } : undefined;
  return { receivedBefore: new Date(now.getTime() - initiative.settings.retentionDays * DAY_MS) };
}

/**
 * Anonymises one batch in one transaction: personal fields replaced by the type's privacy hook,
 * participant hash, idempotency key, request hash and a corrected contribution's original cleared,
 * its reports deleted, `anonymised_at` set. Rows another
 * transaction holds (a participant deleting them) are skipped, for the next run.
 */
async function anonymiseBatch(tx: Queryable, initiative: InitiativeRecord, cutoff: NonNullable<ReturnType<typeof retentionCutoff>>, now: Date, limit: number): Promise<number> {
  const params: unknown[] = [initiative.id, limit];
  let age = '';
  if ('receivedBefore' in cutoff) {
    params.push(cutoff.receivedBefore.toISOString());
    age = ' AND c.received_at <= $3::timestamptz';
  }
  // Whether the public sees it now: a type may keep a published text a moderator cleared.
  const published = publicSpec(initiative) ? visibleFor(initiative) : 'false';
  const rows = await tx.query<{ id: string; payload: unknown; published: boolean }>(
    `SELECT c.id, c.payload, ${published} AS published FROM contributions c WHERE c.initiative_id = $1 AND c.anonymised_at IS NULL${age}
     ORDER BY c.received_at, c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED`,
    params,
  );
  if (!rows.length) return 0;
  await tx.query(
    `UPDATE contributions c
     SET payload = u.payload::jsonb, original_payload = NULL, participant_hash = NULL, idempotency_key = NULL, body_hash = NULL, anonymised_at = $3::timestamptz
     FROM unnest($1::uuid[], $2::text[]) AS u(id, payload)
     WHERE c.id = u.id`,
    [rows.map((row) => row.id), rows.map((row) => JSON.stringify(anonymisePayload(initiative, row.payload, { published: row.published === true }))), now.toISOString()],
  );
  // Who reported them (pseudonyms) goes too; so do live events that carried their public view.
  await tx.query('DELETE FROM contribution_reports WHERE contribution_id = ANY($1::uuid[])', [rows.map((row) => row.id)]);
  await tx.query(`DELETE FROM events WHERE initiative_id = $1 AND type = 'contribution' AND coalesce(data->'item'->>'id', data->>'id') = ANY($2::text[])`, [
    initiative.id,
    rows.map((row) => row.id),
  ]);
  return rows.length;
}

/**
 * One run of the retention job: every contribution past its initiative's retention period loses
 * its personal data (see `privacy/`), while choices and numbers stay so that published results do
 * not change. Idempotent (anonymised rows are never touched again), transactional per batch; each
 * initiative touched gets an audit row `retention.anonymise` with the count, and the run a row in
 * `retention_runs`: counts only.
 */
export async function runRetention(db: Database, { now = () => new Date(), batchSize = 500 }: RetentionOptions = {}): Promise<RetentionRun> {
  const started = now();
  const touched = new Set<string>();
  let contributions = 0;
  let typeRows = 0;
  for (const initiative of await initiativesWithPersonalData(db)) {
    const cutoff = retentionCutoff(initiative, started);
    if (!cutoff) continue;
    let done = 0;
    for (;;) {
      const count = await db.transaction((tx) => anonymiseBatch(tx, initiative, cutoff, started, batchSize));
      done += count;
      if (count < batchSize) break;
    }
    if (!done) continue;
    touched.add(initiative.id);
    contributions += done;
    await recordAudit(db, { kind: 'system', id: null, organisationId: initiative.organisation.id }, 'retention.anonymise', { type: 'initiative', id: initiative.id }, { contributions: done });
  }
  // Types that keep personal data in their own tables (a petition's signatures) anonymise it themselves;
  // messages the outbox kept for an initiative past retention go with it.
  const ownTypes = serverTypes.filter((facet) => facet.anonymiseOwn).map((facet) => facet.manifest.type);
  for (const initiative of await initiativesOfTypes(db, ownTypes)) {
    const cutoff = retentionCutoff(initiative, started);
    const anonymiseOwn = facetOf(initiative.type)?.anonymiseOwn;
    if (!cutoff || !anonymiseOwn) continue;
    const rows = await db.transaction(async (tx) => {
      const changed = await anonymiseOwn(tx, serverInitiative(initiative), cutoff, started);
      if ('all' in cutoff) await deleteInitiativeOutbox(tx, initiative.id);
      return changed;
    });
    if (!rows) continue;
    touched.add(initiative.id);
    typeRows += rows;
    await recordAudit(db, { kind: 'system', id: null, organisationId: initiative.organisation.id }, 'retention.anonymise', { type: 'initiative', id: initiative.id }, { rows });
  }
  const finished = now();
  await db.query('INSERT INTO retention_runs (started_at, finished_at, initiatives, contributions) VALUES ($1, $2, $3, $4)', [
    started.toISOString(),
    finished.toISOString(),
    touched.size,
    contributions,
  ]);
  return { startedAt: started.toISOString(), finishedAt: finished.toISOString(), initiatives: touched.size, contributions, typeRows };
}

type Log = { info(object: object, message: string): void; error(object: object, message: string): void };

/**
 * Runs the job now, then every `intervalMs` after the previous run ended (runs never overlap).
 * A failed run is logged and retried at the next interval. `stop` waits for a run in progress.
 * Several collector processes may each run it: batches skip rows another one holds.
 */
export function startRetention(db: Database, { intervalMs, log, ...options }: RetentionOptions & { intervalMs: number; log: Log }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    running = runRetention(db, options).then(
      (run) => {
        if (run.contributions || run.typeRows) log.info({ retention: run }, 'retention: personal data anonymised');
      },
      (error: unknown) => log.error({ err: error }, 'retention run failed'),
    );
    void running.then(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(tick, intervalMs);
      timer?.unref?.();
    });
  };
  tick();
  return {
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
