import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type CollectorApp } from '../../src/app.js';
import { allowedOrigin, bearer, demoInitiative, drivers, envelope, startHarness, testConfig, testNow, type Harness } from '../support/harness.js';
import { tablesContaining } from './support.js';

const ADDRESS = '203.0.113.77';
const FORWARDED = '198.51.100.99';

describe.each(drivers)('client addresses and cookies on %s', (driver) => {
  let h: Harness;
  let app: CollectorApp;
  const logs: string[] = [];

  beforeAll(async () => {
    h = await startHarness(driver);
    // Everything logged, behind a trusted proxy that forwards the client's address.
    app = await buildApp(testConfig({ logLevel: 'trace', trustProxy: [ADDRESS] }), { db: h.db, now: () => testNow, logStream: { write: (line) => logs.push(line) } });
  });
  afterAll(async () => {
    await app?.close();
    await h?.close();
  });

  /** A browser on an allowed page, sending a cookie of the host site the collector must ignore. */
  const headers = { origin: allowedOrigin, 'x-forwarded-for': FORWARDED, cookie: 'session=host-site-cookie; _ga=GA1.2.3' };

  /** Every public route a widget uses, as a widget would call it. */
  async function publicCalls() {
    const participant = randomUUID();
    const calls = [
      await app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, headers, remoteAddress: ADDRESS }),
      await app.inject({
        method: 'OPTIONS',
        url: `/v1/initiatives/${demoInitiative}/contributions`,
        headers: { ...headers, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        remoteAddress: ADDRESS,
      }),
      await app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/contributions`, headers, remoteAddress: ADDRESS, payload: envelope({ participant }) }),
      await app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}/results`, headers, remoteAddress: ADDRESS }),
      await app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/my-contributions`, headers, remoteAddress: ADDRESS, payload: { participant } }),
      await app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/my-contributions/deletion`, headers, remoteAddress: ADDRESS, payload: { participant } }),
      await app.inject({ method: 'POST', url: `/v1/initiatives/${demoInitiative}/contributions`, headers, remoteAddress: ADDRESS, payload: { bad: true } }),
      await app.inject({ method: 'GET', url: '/v1/initiatives/aucune-initiative', headers, remoteAddress: ADDRESS }),
      await app.inject({ method: 'GET', url: '/v1/nowhere', headers, remoteAddress: ADDRESS }),
      await app.inject({ method: 'GET', url: '/healthz', headers, remoteAddress: ADDRESS }),
    ];
    const stream = await app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}/events`, headers, remoteAddress: ADDRESS, payloadAsStream: true });
    stream.stream().destroy();
    return [...calls, stream];
  }

  it('never sets a cookie on the public side, whatever the request carries', async () => {
    const responses = await publicCalls();
    expect(responses.map((response) => response.statusCode)).toEqual([200, 204, 201, 404, 200, 200, 400, 404, 404, 200, 200]);
    for (const response of responses) {
      expect(response.headers['set-cookie'], `${response.statusCode}`).toBeUndefined();
      expect(String(response.headers['access-control-allow-credentials'] ?? '')).not.toBe('true');
    }
  });

  it('keeps client addresses in no table and no log line, forwarded or not', async () => {
    await publicCalls();
    const staff = await app.inject({ method: 'GET', url: '/v1/staff/me', headers: { ...bearer(h.tokens.demo.admin), 'x-forwarded-for': FORWARDED }, remoteAddress: ADDRESS });
    expect(staff.statusCode).toBe(200);
    const signIn = await app.inject({ method: 'POST', url: '/v1/staff/sessions', headers: { 'x-forwarded-for': FORWARDED }, remoteAddress: ADDRESS, payload: { email: 'x@example.org', password: 'mauvais' } });
    expect(signIn.statusCode).toBe(401);

    for (const address of [ADDRESS, FORWARDED]) expect(await tablesContaining(h.db, address), address).toEqual([]);
    const text = logs.join('');
    expect(text).toContain('request completed');
    for (const secret of [ADDRESS, FORWARDED, 'host-site-cookie', 'GA1.2.3']) expect(text, secret).not.toContain(secret);
  });
});

describe.each(drivers)('the rate limiter on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver, { rateLimitPerMinute: 2 });
  });
  afterAll(() => h?.close());

  it('counts per address for a one-minute window only: what it keeps of an address lasts that long', async () => {
    const read = (remoteAddress: string) => h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, remoteAddress });
    const first = await read(ADDRESS);
    expect(first.statusCode).toBe(200);
    expect(Number(first.headers['x-ratelimit-reset'])).toBeLessThanOrEqual(60);
    await read(ADDRESS);
    const limited = await read(ADDRESS);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another address has its own count.
    expect((await read(FORWARDED)).statusCode).toBe(200);
    expect(await tablesContaining(h.db, ADDRESS)).toEqual([]);
  });
});
