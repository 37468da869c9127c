// Two collector processes on one PostgreSQL, as behind a load balancer: a client's requests count
// together, so the limit holds across both instead of doubling. (A PGlite directory belongs to one
// process: there is nothing to share.)
import { describe, expect, it } from 'vitest';
import { CollectorProcess, FAULT_BUDGET_MS, freePort, scratchDatabase } from './support.js';

const LIMIT = 10;

describe.runIf(process.env.DATABASE_URL)('rate limits across collector processes on PostgreSQL', () => {
  it('hold for a client whose requests alternate between two processes', { timeout: FAULT_BUDGET_MS }, async () => {
    const database = await scratchDatabase(process.env.DATABASE_URL!);
    const env = { DATABASE_URL: database.url, PARTICIPE_RATE_LIMIT: String(LIMIT) };
    const [a, b] = [new CollectorProcess(await freePort(), env), new CollectorProcess(await freePort(), env)];
    try {
      // One after the other: the first migrates and seeds, the second finds it done.
      await a.start();
      await b.start();
      const statuses: number[] = [];
      for (let i = 0; i < 2 * LIMIT; i++) {
        const collector = i % 2 ? b : a;
        const response = await fetch(`${collector.url}v1/initiatives/retroaction-pages`);
        statuses.push(response.status);
        if (response.status === 429) {
          expect(await response.json()).toMatchObject({ code: 'rate_limited' });
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      // Each process alone would have let 2 × LIMIT through; together they let LIMIT.
      expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
      expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT).fill(429));
    } finally {
      await a.stop('SIGTERM');
      await b.stop('SIGTERM');
      await database.drop();
    }
  });
});
