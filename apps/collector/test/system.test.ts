import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { buildApp } from '../src/app.js';
import { allowedOrigin, bearer, demoInitiative, drivers, envelope, startHarness, testConfig, type Harness } from './support/harness.js';

/** A console build and two package dist folders, as the repository will have them. */
function staticFixtures() {
  const root = mkdtempSync(join(tmpdir(), 'participe-static-'));
  const consoleDir = join(root, 'console');
  mkdirSync(consoleDir);
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Console</title>');
  mkdirSync(join(consoleDir, 'assets'));
  writeFileSync(join(consoleDir, 'assets', 'app-1a2b3c.js'), 'export {};');
  const first = join(root, 'page-feedback-dist');
  const second = join(root, 'embed-dist');
  mkdirSync(join(first, 'chunks'), { recursive: true });
  mkdirSync(second);
  writeFileSync(join(first, 'participe-page-feedback.js'), 'export const widget = 1;');
  writeFileSync(join(first, 'participe-page-feedback.js.map'), '{}');
  writeFileSync(join(first, 'chunks', 'lit-abc123.js'), 'export const lit = 1;');
  // As apps/widgets writes them: each file precompressed beside it, and the build's release id.
  for (const file of ['participe-page-feedback.js', 'chunks/lit-abc123.js']) {
    const source = readFileSync(join(first, file));
    writeFileSync(join(first, `${file}.br`), brotliCompressSync(source));
    writeFileSync(join(first, `${file}.gz`), gzipSync(source));
  }
  writeFileSync(join(first, 'release.txt'), 'r0123456789ab\n');
  writeFileSync(join(second, 'embed.js'), 'export const embed = 1;');
  writeFileSync(join(second, 'package.json'), '{}');
  return { root, consoleDir, widgetDirs: [first, second] };
}

describe.each(drivers)('system routes on %s', (driver) => {
  let h: Harness;
  const { root, ...fixtures } = staticFixtures();
  beforeAll(async () => {
    h = await startHarness(driver, fixtures);
  });
  afterAll(async () => {
    await h?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports health after checking the database', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 with a generic body when the database fails', async () => {
    const broken = { ...h.db, query: () => Promise.reject(new Error('connection refused at 10.0.0.1')) };
    const app = await buildApp(testConfig(), { db: broken });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.body).not.toContain('10.0.0.1');
    expect(z.parse(ApiError, response.json()).code).toBe('internal');
  });

  it('serves an OpenAPI document that lists the routes', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/initiatives/{id}',
      '/v1/initiatives/{id}/contributions',
      '/v1/initiatives/{id}/results',
      '/v1/initiatives/{id}/events',
      '/v1/staff/sessions',
      '/v1/staff/initiatives',
      '/v1/staff/initiatives/{id}/export',
      '/v1/staff/audit',
    ]) {
      expect(document.paths, path).toHaveProperty([path]);
    }
    expect(JSON.stringify(document.paths['/v1/initiatives/{id}/contributions'])).toContain('idempotencyKey');
    expect(document.paths['/v1/staff/me']!.get).toMatchObject({ security: [{ bearer: [] }] });
    expect(document.paths['/v1/staff/sessions']!.post).not.toHaveProperty('security');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/v2/anything?secret=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'not_found', message: 'No route for GET /v2/anything.' });
  });

  it('sends security headers', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}` });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves the console with the strictest policy, the page revalidated and hashed assets cached for good', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/console/' });
    expect(page.headers['content-security-policy']).toContain("style-src 'self';");
    expect(page.headers['content-security-policy']).toContain("require-trusted-types-for 'script'");
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await h.app.inject({ method: 'GET', url: '/console/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the console under /console/', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/console/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Console</title>');
  });

  it('serves widget bundles from every dist folder, to any site', async () => {
    for (const file of ['participe-page-feedback.js', 'embed.js', 'chunks/lit-abc123.js']) {
      const response = await h.app.inject({ method: 'GET', url: `/widgets/${file}`, headers: { origin: 'https://any.example' } });
      expect(response.statusCode, file).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    }
  });

  it('serves them precompressed by Accept-Encoding, hashed chunks cached for good, entries revalidated', async () => {
    const entry = (encoding: string) => h.app.inject({ method: 'GET', url: '/widgets/participe-page-feedback.js', headers: { 'accept-encoding': encoding } });
    const brotli = await entry('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('export const widget = 1;');
    const gzip = await entry('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe('export const widget = 1;');
    const plain = await entry('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('export const widget = 1;');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(brotli.headers['etag']).toBeDefined();
    const revalidated = await h.app.inject({ method: 'GET', url: '/widgets/participe-page-feedback.js', headers: { 'accept-encoding': 'br', 'if-none-match': String(brotli.headers['etag']) } });
    expect(revalidated.statusCode).toBe(304);
    const chunk = await h.app.inject({ method: 'GET', url: '/widgets/chunks/lit-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves each build under its release id too, all cached for good', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/widgets/r0123456789ab/participe-page-feedback.js', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect((await h.app.inject({ method: 'GET', url: '/widgets/r0123456789ab/participe-page-feedback.js.map' })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/widgets/rffffffffffff/participe-page-feedback.js' })).statusCode).toBe(404);
  });

  it('serves nothing else from those folders', async () => {
    for (const file of ['participe-page-feedback.js.map', 'package.json', 'release.txt', 'participe-page-feedback.js.br', '../page-feedback-dist/participe-page-feedback.js', 'missing.js']) {
      const response = await h.app.inject({ method: 'GET', url: `/widgets/${file}` });
      expect(response.statusCode, file).toBe(404);
    }
  });

  it('starts without a console build and says so on /console/', async () => {
    const app = await buildApp(testConfig({ consoleDir: '/nonexistent', widgetDirs: ['/nonexistent'] }), { db: h.db });
    const response = await app.inject({ method: 'GET', url: '/console/' });
    await app.close();
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('The staff console is not built');
  });

  it('rate-limits per client with a readable 429 and Retry-After', async () => {
    // On PostgreSQL the counters are shared by every collector on the database: this file's earlier requests count too.
    await h.db.query('DELETE FROM rate_limits');
    const app = await buildApp(testConfig({ rateLimitPerMinute: 3 }), { db: h.db });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}`, headers: { origin: allowedOrigin } });
      statuses.push(last.statusCode);
    }
    await app.close();
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last!.headers['retry-after']).toBeDefined();
    expect(last!.headers['access-control-allow-origin']).toBe(allowedOrigin);
    expect(z.parse(ApiError, last!.json()).code).toBe('rate_limited');
  });

  it('limits sign-in attempts harder than the rest', async () => {
    const app = await buildApp(testConfig({ signInRateLimitPerMinute: 2 }), { db: h.db });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email: 'x@example.org', password: 'guess' } });
      statuses.push(response.statusCode);
    }
    await app.close();
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('honours a smaller body limit', async () => {
    const app = await buildApp(testConfig({ bodyLimit: 1024 }), { db: h.db });
    const response = await app.inject({
      method: 'POST',
      url: `/v1/initiatives/${demoInitiative}/contributions`,
      payload: envelope({ payload: { answer: 'yes', page: 'https://www.quebec.ca/a', comment: 'x'.repeat(1100) } }),
    });
    await app.close();
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('logs no addresses, tokens, query strings or bodies', async () => {
    const logs: string[] = [];
    const app = await buildApp(testConfig({ logLevel: 'info' }), { db: h.db, logStream: { write: (line) => logs.push(line) } });
    const secretComment = 'Mon numéro est 418-555-0199';
    await app.inject({
      method: 'POST',
      url: `/v1/initiatives/${demoInitiative}/contributions?email=someone@example.org`,
      remoteAddress: '203.0.113.7',
      payload: envelope({ payload: { answer: 'yes', page: 'https://www.quebec.ca/a', comment: secretComment } }),
    });
    await app.inject({ method: 'GET', url: '/v1/staff/me', headers: bearer(h.tokens.demo.admin), remoteAddress: '203.0.113.7' });
    await app.close();
    const text = logs.join('');
    expect(text).toContain('request completed');
    for (const secret of ['203.0.113.7', 'someone@example.org', secretComment, h.tokens.demo.admin]) expect(text).not.toContain(secret);
  });
});
