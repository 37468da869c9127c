// SIGTERM (a deployment, a scale-down) while contributions are in flight: the collector stops
// taking new connections, answers every request it had already taken, and exits cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectorProcess, envelopes, freePort } from './support.js';

describe('graceful shutdown', () => {
  it('finishes the requests in flight, then exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-shutdown-'));
    const collector = new CollectorProcess(await freePort(), { PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: '' });
    try {
      await collector.start();
      const sent = envelopes(60);
      const answers = sent.map((envelope) =>
        fetch(`${collector.url}v1/initiatives/${envelope.initiative}/contributions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(envelope),
        }).then(
          (response) => response.status,
          (error: Error) => `failed: ${error.message}`,
        ),
      );
      // Let the requests reach the server, then ask it to stop while they are being handled.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const exit = collector.stop('SIGTERM');
      const statuses = await Promise.all(answers);
      expect(await exit).toBe(0);
      // Every request the server took got its answer; one arriving once the shutdown began is
      // refused — 503 (Fastify, while closing) or at the connection — and the client retries it.
      // None is cut halfway.
      const answered = statuses.filter((status) => status === 201).length;
      const refusedCleanly = (status: number | string) => status === 503 || (typeof status === 'string' && /fetch failed/.test(status));
      expect(statuses.filter((status) => status !== 201 && !refusedCleanly(status))).toEqual([]);
      expect(answered).toBeGreaterThan(0);
      console.info(`[faults] SIGTERM: ${answered} of ${sent.length} in-flight contributions answered before exiting, the rest refused at connection`);
      expect(collector.crashes).toBe(0);
    } finally {
      await collector.stop('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
