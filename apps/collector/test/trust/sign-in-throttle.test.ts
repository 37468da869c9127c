import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type CollectorApp } from '../../src/app.js';
import { demoAccount, otherAccount } from '../../src/domain/seed.js';
import { bearer, drivers, startHarness, testConfig, type Harness } from '../support/harness.js';

const throttle = { freeAttempts: 3, maxDelaySeconds: 2 };

describe.each(drivers)('sign-in throttled per account on %s', (driver) => {
  let h: Harness;
  /** A second collector process on the same database. */
  let second: CollectorApp;
  beforeAll(async () => {
    h = await startHarness(driver, { signInThrottle: throttle });
    second = await buildApp(testConfig({ signInThrottle: throttle }), { db: h.db });
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  let address = 0;
  /** Each attempt from a new address: the per-address limit never applies, the per-account one does. */
  const signIn = (email: string, password: string, app: CollectorApp = h.app) =>
    app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email, password }, remoteAddress: `10.0.${Math.floor(++address / 250)}.${address % 250}` });

  /** Waits for the account's delay to run out (polls; the delay is at most `maxDelaySeconds`). */
  async function waitUntilAllowed(email: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = await h.db.query<{ waiting: boolean }>(
        `SELECT blocked_until > now() AS waiting FROM sign_in_failures WHERE email_hash = encode(sha256(convert_to('sign-in:' || $1, 'UTF8')), 'hex')`,
        [email.toLowerCase()],
      );
      if (!row?.waiting) return;
      if (Date.now() > deadline) throw new Error('the delay never ended');
      await delay(50);
    }
  }

  it('lets a few wrong passwords through, then makes each next attempt wait longer, across processes and addresses', async () => {
    for (let i = 0; i < throttle.freeAttempts; i++) expect((await signIn(demoAccount.email, 'pas-le-bon-mot')).statusCode).toBe(401);
    // Held back even with the right password, on the other process too.
    const held = await signIn(demoAccount.email, demoAccount.password, second);
    expect(held.statusCode).toBe(429);
    expect(held.json().code).toBe('rate_limited');
    expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    await waitUntilAllowed(demoAccount.email);
    expect((await signIn(demoAccount.email, 'pas-le-bon-mot')).statusCode).toBe(401);
    // The delay has doubled.
    const longer = await signIn(demoAccount.email, demoAccount.password);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeLessThanOrEqual(2);
    const [stored] = await h.db.query<{ seconds: number }>('SELECT extract(epoch FROM blocked_until - last_failure_at)::float8 AS seconds FROM sign_in_failures');
    expect(Number(stored!.seconds)).toBe(2);

    await waitUntilAllowed(demoAccount.email);
    const success = await signIn(demoAccount.email, demoAccount.password, second);
    expect(success.statusCode).toBe(201);
    // Audited as counts: the throttled failures, then the sign-in with how many failed before it.
    const audit = (await h.app.inject({ method: 'GET', url: '/v1/staff/audit?limit=20', headers: bearer(h.tokens.demo.admin) })).json().items;
    expect(audit.find((entry: { action: string }) => entry.action === 'session.create').details).toEqual({ failedAttempts: 4 });
    expect(audit.filter((entry: { action: string }) => entry.action === 'session.throttle').map((entry: { details: unknown }) => entry.details)).toEqual([{ failures: 4 }, { failures: 3 }]);
    // The count starts again after a success.
    expect((await signIn(demoAccount.email, 'pas-le-bon-mot')).statusCode).toBe(401);
    expect((await signIn(demoAccount.email, demoAccount.password)).statusCode).toBe(201);
  });

  it('lets no more than the free attempts through a concurrent burst', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(otherAccount.email, `essai-${i}`, i % 2 ? second : h.app)));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(throttle.freeAttempts);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - throttle.freeAttempts);
  });

  it('throttles an unknown email exactly like a known one', async () => {
    const unknown = 'personne-inconnue@ministere-demo.example';
    const statuses: number[] = [];
    for (let i = 0; i <= throttle.freeAttempts; i++) statuses.push((await signIn(unknown, 'nimporte-quoi')).statusCode);
    expect(statuses).toEqual([...Array(throttle.freeAttempts).fill(401), 429]);
    const [row] = await h.db.query<{ count: number }>('SELECT count(*)::int AS count FROM sign_in_failures WHERE email_hash LIKE $1', ['%@%']);
    expect(Number(row!.count)).toBe(0);
  });
});
