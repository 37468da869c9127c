import type { Database, Queryable } from '../storage/database.js';
import { storeContributions, type StoreOutcome } from '../storage/contributions.js';
import { announceContributions } from './public-contributions.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { ApiProblem } from '../http/errors.js';
import { participantHash } from '../security/hash.js';
import { acceptPrepared, prepareContribution, type Prepared, type Submission } from './contributions.js';

interface Job {
  initiative: InitiativeRecord;
  /** The participant's pseudonym: what limits lock on, hence the order batches take locks in. */
  key: string;
  prepared: Prepared;
  resolve(outcome: StoreOutcome): void;
  reject(error: unknown): void;
}

/** Enough to amortise a commit, few enough that one transaction never holds the database long. */
const MAX_BATCH = 200;

/**
 * Group commit: the web contributions that arrive while a transaction is being written are accepted
 * together in the next one, and each request is answered only once that transaction has committed.
 * One commit (one write to disk) and, for initiatives without limits, one INSERT for many
 * contributions is what lets the collector keep up. Nothing else changes: contributions with limits
 * go through `acceptPrepared` as they would alone, so limits, locks and idempotency behave as before
 * (a retry of a key already in the same batch sees the first row, as it would after its commit).
 *
 * A refusal (`ApiProblem`: closed, full, already answered…) is thrown before anything is written,
 * so it answers its own request and leaves the batch alone. Any other failure aborts the whole
 * transaction: then each contribution of that batch is tried again on its own, so that one bad row
 * cannot fail the others. If the commit itself fails, nobody was acknowledged; widgets retry.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  accept(initiative: InitiativeRecord, submission: Submission, now: Date): Promise<StoreOutcome> {
    return new Promise<StoreOutcome>((resolve, reject) => {
      // The checks that need no database happen now, outside any transaction.
      const prepared = prepareContribution(initiative, submission, now);
      this.queue.push({ initiative, key: participantHash(initiative.id, submission.participant), prepared, resolve, reject });
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the requests that arrived in the same moment join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      // Locks are always taken in one order (initiative, then participant; arrival order within), so
      // that two processes' batches never wait on each other.
      batch.sort((a, b) => a.initiative.id.localeCompare(b.initiative.id) || a.key.localeCompare(b.key));
      await this.commit(batch);
    }
    // In the same turn as the last look at the queue: a contribution queued from now on starts a new drain.
    this.running = undefined;
  }

  private async commit(batch: Job[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await this.db.transaction(async (tx) => {
        const done: Outcome[] = [];
        // Initiatives without limits: every new row in one statement.
        const plain = batch.flatMap((job, index) => (job.prepared.row && !job.prepared.limited ? [{ index, row: job.prepared.row }] : []));
        const stored = await storeContributions(tx, plain.map(({ row }) => row));
        plain.forEach(({ index }, position) => (done[index] = { stored: stored[position]! }));
        // Shown at once (no moderation, post-moderation): live walls add them, as `acceptPrepared` does.
        for (const [position, { index }] of plain.entries()) {
          const outcome = stored[position]!;
          if (outcome.outcome === 'created') await announceContributions(tx, batch[index]!.initiative, [outcome.id], { publicOnly: true });
        }
        // The rest one by one, in order: refusals look for an earlier answer, limits lock and count.
        for (const [index, job] of batch.entries()) if (!done[index]) done[index] = await acceptOne(tx, job);
        return done;
      });
    } catch {
      // One contribution broke the transaction (or the commit failed): each on its own.
      await Promise.all(batch.map((job) => this.db.transaction((tx) => acceptPrepared(tx, job.initiative, job.prepared)).then(job.resolve, job.reject)));
      return;
    }
    outcomes.forEach((outcome, index) => {
      const job = batch[index]!;
      if ('stored' in outcome) job.resolve(outcome.stored);
      else job.reject(outcome.refused);
    });
  }
}

type Outcome = { stored: StoreOutcome } | { refused: unknown };

async function acceptOne(tx: Queryable, job: Job): Promise<Outcome> {
  try {
    return { stored: await acceptPrepared(tx, job.initiative, job.prepared) };
  } catch (error) {
    if (error instanceof ApiProblem) return { refused: error };
    throw error;
  }
}
