import { get } from 'node:http';
import { connect } from 'node:net';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type CollectorApp } from '../../src/app.js';
import { demoAccount } from '../../src/domain/seed.js';
import type { Database } from '../../src/storage/database.js';
import { bearer, demoInitiative, drivers, startHarness, testConfig, type Harness } from '../support/harness.js';

/** Polls until `check` holds (a busy machine may take a while). */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`never saw: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(drivers)('transport hygiene on %s', (driver) => {
  let h: Harness;
  const apps: CollectorApp[] = [];
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await h?.close();
  });

  it('sends Cache-Control: no-store on every staff answer, refusals and the sign-in included', async () => {
    const admin = bearer(h.tokens.demo.admin);
    const answers = [
      await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: demoAccount.email, password: demoAccount.password } }),
      await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: demoAccount.email, password: 'pas-le-bon-mot' } }),
      await h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: 'pas-une-adresse' } }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/me', headers: admin }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/me' }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/tokens', headers: admin }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/accounts', headers: admin }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/audit', headers: admin }),
      await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/contributions`, headers: admin }),
      await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${demoInitiative}/export?format=json`, headers: admin }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/aucune', headers: admin }),
      await h.app.inject({ method: 'GET', url: '/v1/staff/tokens', headers: bearer(h.tokens.demo.analyst) }),
    ];
    expect(answers.map((answer) => [answer.statusCode, answer.headers['cache-control']])).toEqual(answers.map((answer) => [answer.statusCode, 'no-store']));
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 401, 400, 200, 401, 200, 200, 200, 200, 200, 404, 403]);
  });

  it('asks the database at most once a second however many health checks arrive', async () => {
    let checks = 0;
    const counting: Database = new Proxy(h.db, {
      get(target, property, receiver) {
        if (property === 'query') {
          return (text: string, params?: unknown[]) => {
            if (text === 'SELECT 1') checks++;
            return target.query(text, params);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const app = await buildApp(testConfig(), { db: counting });
    apps.push(app);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 50 }, () => app.inject({ method: 'GET', url: '/healthz' })));
    const elapsedSeconds = (Date.now() - started) / 1000;
    expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
    expect(checks).toBeLessThanOrEqual(Math.ceil(elapsedSeconds) + 1);
    expect(checks).toBeGreaterThanOrEqual(1);
  });

  describe('live streams', () => {
    const limits = { perAddress: 2, total: 3, lifetimeMs: 60_000 };
    let port = 0;
    beforeAll(async () => {
      // Behind a trusted local proxy, so that X-Forwarded-For names each client.
      const app = await buildApp(testConfig({ streamLimits: limits, trustProxy: ['127.0.0.1'] }), { db: h.db });
      apps.push(app);
      await app.listen({ port: 0, host: '127.0.0.1' });
      port = (app.server.address() as { port: number }).port;
    });
    /** A live stream over a real connection; `close()` hangs up like a browser leaving the page. */
    const open = (client: string) =>
      new Promise<{ status: number; retryAfter: string | undefined; close: () => void }>((resolve, reject) => {
        const request = get({ port, host: '127.0.0.1', path: `/v1/initiatives/${demoInitiative}/events`, headers: { 'x-forwarded-for': client } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], close: () => request.destroy() });
        });
        request.on('error', reject);
      });

    it('caps streams per address and in all, and frees a place when a stream ends', async () => {
      const first = await open('203.0.113.1');
      const second = await open('203.0.113.1');
      expect([first.status, second.status]).toEqual([200, 200]);
      const third = await open('203.0.113.1');
      expect(third.status).toBe(429);
      expect(third.retryAfter).toBe('30');
      const elsewhere = await open('203.0.113.2');
      expect(elsewhere.status).toBe(200);
      // Three open in all: a fourth address is refused too.
      expect((await open('203.0.113.3')).status).toBe(429);
      first.close();
      let retried: Awaited<ReturnType<typeof open>> | undefined;
      await until(async () => {
        retried = await open('203.0.113.3');
        return retried.status === 200;
      }, 'a freed place');
      for (const stream of [second, elsewhere, retried!]) stream.close();
    });

    it('ends a stream after its lifetime, so that the browser reconnects with Last-Event-ID', async () => {
      const short = await buildApp(testConfig({ streamLimits: { ...limits, lifetimeMs: 300 } }), { db: h.db });
      apps.push(short);
      const response = await short.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}/events`, payloadAsStream: true });
      let text = '';
      let ended = false;
      const stream = response.stream() as Readable;
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => (ended = true));
      stream.on('close', () => (ended = true));
      await until(() => ended, 'the stream ending');
      expect(text).toContain('retry: 3000');
    });
  });

  it('closes a connection whose headers never finish', async () => {
    const app = await buildApp(testConfig({ timeouts: { headersMs: 300, requestMs: 1_000, idleMs: 5_000, keepAliveMs: 1_000 } }), { db: h.db });
    apps.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    let closed = false;
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    await new Promise((resolve) => socket.once('connect', resolve));
    // One header line, then nothing more: a slow-header client.
    socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: 1\r\n`);
    const started = Date.now();
    await until(() => closed, 'the server closing the connection', 15_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer).toMatch(/^(HTTP\/1\.1 408|$)/);
  });
});
