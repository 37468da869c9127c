// SIGTERM (a deployment, a scale-down) while contributions are in flight: the collector answers
// every request it had already taken, then exits cleanly. To be sure the requests are in flight when
// the signal arrives, each sends its headers, waits until the collector logged it, and sends its body
// only after the signal.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CollectorProcess, envelopes, FAULT_BUDGET_MS, freePort, preparedDataDir } from './support.js';

const IN_FLIGHT = 20;

/** A POST whose body is held back until `release` is called; resolves with the status. */
function heldPost(url: string, body: string) {
  const target = new URL(url);
  let release = () => undefined as void;
  const status = new Promise<number | string>((resolve) => {
    const call = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    call.on('error', (error) => resolve(`failed: ${error.message}`));
    call.flushHeaders();
    release = () => void call.end(body);
  });
  return { status, release: () => release() };
}

describe('graceful shutdown', () => {
  it('answers the requests in flight, then exits 0', { timeout: FAULT_BUDGET_MS }, async () => {
    const { dir: dataDir, dispose } = await preparedDataDir();
    // Request logs on: they tell when the collector has taken each request.
    const collector = new CollectorProcess(await freePort(), { PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: '', PARTICIPE_LOG_LEVEL: 'info' });
    try {
      await collector.start();
      const posts = envelopes(IN_FLIGHT).map((envelope) => heldPost(`${collector.url}v1/initiatives/${envelope.initiative}/contributions`, JSON.stringify(envelope)));
      await collector.logged(/contributions.*"msg":"incoming request"/, IN_FLIGHT);
      const exit = collector.stop('SIGTERM');
      // The bodies arrive once the collector has begun shutting down.
      await collector.logged(/shutting down/, 1);
      for (const post of posts) post.release();
      const statuses = await Promise.all(posts.map((post) => post.status));
      expect(statuses).toEqual(Array(IN_FLIGHT).fill(201));
      expect(await exit).toBe(0);
      expect(collector.crashes).toBe(0);
      console.info(`[faults] SIGTERM: ${IN_FLIGHT} contributions in flight, all answered 201, exit code 0`);
    } finally {
      await collector.stop('SIGKILL');
      dispose();
    }
  });
});
