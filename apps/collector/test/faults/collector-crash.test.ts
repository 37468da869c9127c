// The collector killed with SIGKILL in the middle of a load, then restarted: every acknowledged
// contribution is stored exactly once, every unacknowledged one is retried by the widgets' client
// until stored, none twice. On the embedded database, and on PostgreSQL when DATABASE_URL is set.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CollectorProcess, envelopes, FAULT_BUDGET_MS, freePort, preparedDataDir, scratchDatabase, sendThroughClients, storedRows, verify } from './support.js';

const LOAD = 300;

const targets = [
  {
    name: 'PGlite',
    async setup() {
      const { dir: dataDir, dispose } = await preparedDataDir();
      return {
        // Empty counts as unset: the embedded database, even when the test runner has DATABASE_URL.
        env: { PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: '' },
        async rows(keys: string[]) {
          const db = await PGlite.create({ dataDir });
          try {
            return await storedRows(async (sql, params) => (await db.query<{ idempotency_key: string; id: string }>(sql, params)).rows, keys);
          } finally {
            await db.close();
          }
        },
        dispose: async () => dispose(),
      };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          async setup() {
            const database = await scratchDatabase(process.env.DATABASE_URL!);
            return {
              env: { DATABASE_URL: database.url },
              async rows(keys: string[]) {
                const client = new pg.Client({ connectionString: database.url });
                await client.connect();
                try {
                  return await storedRows(async (sql, params) => (await client.query(sql, params)).rows, keys);
                } finally {
                  await client.end();
                }
              },
              dispose: database.drop,
            };
          },
        },
      ]
    : []),
];

describe.each(targets)('collector killed mid-load on $name', ({ setup }) => {
  it('loses and duplicates nothing', { timeout: FAULT_BUDGET_MS }, async () => {
    const target = await setup();
    const collector = new CollectorProcess(await freePort(), target.env);
    try {
      await collector.start();
      const sent = envelopes(LOAD);
      const outcome = await sendThroughClients(collector.url, sent, LOAD / 3, async () => {
        await collector.stop('SIGKILL');
        await collector.start();
      });
      await collector.stop('SIGTERM');
      const stored = await target.rows(sent.map((envelope) => envelope.idempotencyKey));
      const { problems, report } = verify(outcome, sent, stored);
      console.info(`[faults] SIGKILL: ${report}`);
      expect(problems).toEqual([]);
      expect(collector.crashes).toBe(0);
      expect(outcome.acknowledged.size).toBe(LOAD);
      expect(outcome.acknowledgedBeforeFault.size).toBeGreaterThanOrEqual(LOAD / 3);
    } finally {
      await collector.stop('SIGKILL');
      await target.dispose();
    }
  });
});
