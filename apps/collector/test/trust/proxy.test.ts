import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type CollectorApp } from '../../src/app.js';
import type { AppConfig } from '../../src/config.js';
import { demoInitiative, drivers, startHarness, testConfig, type Harness } from '../support/harness.js';

const PROXY = '10.0.0.5';
const LIMIT = 3;

describe.each(drivers)('rate-limit keys behind proxies on %s', (driver) => {
  let h: Harness;
  const apps: CollectorApp[] = [];
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await h?.close();
  });

  async function collector(trustProxy: AppConfig['trustProxy']) {
    // On PostgreSQL every collector on the database counts together: start each case from none.
    await h.db.query('DELETE FROM rate_limits');
    const app = await buildApp(testConfig({ rateLimitPerMinute: LIMIT, trustProxy }), { db: h.db });
    apps.push(app);
    return app;
  }
  const read = (app: CollectorApp, remoteAddress: string, forwarded: string) =>
    app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, remoteAddress, headers: { 'x-forwarded-for': forwarded } });

  for (const [label, trust] of [['a list of proxy addresses', [PROXY, '10.1.0.0/16']], ['a hop count', 1]] as const) {
    it(`with ${label}, a client cannot pick a fresh key by sending X-Forwarded-For itself`, async () => {
      const app = await collector(trust === 1 ? 1 : [...trust]);
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) {
        // Straight from the client (a hop count trusts the nearest hop: the client then forges two).
        const forwarded = trust === 1 ? `198.51.100.${i}, 203.0.113.9` : `198.51.100.${i}`;
        statuses.push((await (trust === 1 ? read(app, PROXY, forwarded) : read(app, '203.0.113.9', forwarded))).statusCode);
      }
      expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
    });
  }

  it('with a list of proxy addresses, gives each client behind a trusted proxy its own budget', async () => {
    const app = await collector([PROXY]);
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      for (let i = 0; i < LIMIT; i++) expect((await read(app, PROXY, client)).statusCode).toBe(200);
      expect((await read(app, PROXY, client)).statusCode).toBe(429);
    }
  });
});
