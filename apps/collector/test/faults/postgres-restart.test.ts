// PostgreSQL restarted in the middle of a load: the collector survives (its pool replaces the lost
// connections), answers 5xx while the database is away, and the widgets' client retries until every
// contribution is stored exactly once. On a throwaway cluster of the test's own.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectorProcess, envelopes, FAULT_BUDGET_MS, freePort, sendThroughClients, storedRows, verify } from './support.js';
import { ThrowawayPostgres } from './throwaway-postgres.js';

const LOAD = 300;

describe('PostgreSQL restarted mid-load', () => {
  let postgres: ThrowawayPostgres;
  beforeAll(async () => {
    postgres = new ThrowawayPostgres(await freePort());
    postgres.start();
  });
  afterAll(() => postgres?.dispose());

  it('loses and duplicates nothing, and the collector stays up', { timeout: FAULT_BUDGET_MS }, async () => {
    const collector = new CollectorProcess(await freePort(), { DATABASE_URL: postgres.url });
    try {
      await collector.start();
      const sent = envelopes(LOAD);
      const outcome = await sendThroughClients(collector.url, sent, LOAD / 3, async () => {
        postgres.restart();
      });
      expect(await fetch(`${collector.url}healthz`).then((response) => response.status)).toBe(200);
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      const stored = await storedRows(async (sql, params) => (await client.query(sql, params)).rows, sent.map((envelope) => envelope.idempotencyKey)).finally(() => client.end());
      const { problems, report } = verify(outcome, sent, stored);
      console.info(`[faults] PostgreSQL restart: ${report}`);
      expect(problems).toEqual([]);
      expect(collector.crashes).toBe(0);
      expect(outcome.acknowledged.size).toBe(LOAD);
    } finally {
      await collector.stop('SIGTERM');
    }
  });
});
