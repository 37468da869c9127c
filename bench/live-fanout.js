// @ts-check
// Live fan-out: 2,000 viewers follow one Q&A event's live stream; a moderator approves a question;
// how long until it reaches 95 % of them (QUALITY.md: ≤ 250 ms) — on one collector process, and on
// two sharing one PostgreSQL (viewers split between them, the approval made on the second).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { budgets } from './budgets.js';
import { freePort, scratchDatabase, start } from './collector-throughput.js';

const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 2000);
const EVENT = 'questions-en-direct';
const ORIGIN = 'http://localhost:4173';
const DEMO = { email: 'demo@ministere-demo.example', password: 'demo-participe-2026' };

/** One viewer: an SSE connection of its own; `marker` is set once the question to wait for is known. */
function openViewer(/** @type {string} */ base, /** @type {{ marker: string | undefined }} */ watch) {
  return new Promise((resolve, reject) => {
    const viewer = { connected: false, receivedAt: /** @type {number | undefined} */ (undefined), close: () => undefined };
    const request = http.get(`${base}v1/initiatives/${EVENT}/events`, { agent: false, headers: { origin: ORIGIN } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      response.setEncoding('utf8');
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
        if (!viewer.connected && text.includes(': connected')) {
          viewer.connected = true;
          resolve(viewer);
        }
        if (watch.marker && viewer.receivedAt === undefined && text.includes(watch.marker)) viewer.receivedAt = performance.now();
        // Keep only a tail long enough to hold the marker across chunks.
        if (text.length > 4096) text = text.slice(-1024);
      });
      response.on('error', () => undefined);
    });
    request.on('error', reject);
    viewer.close = () => void request.destroy();
  });
}

async function json(/** @type {string} */ url, /** @type {string} */ method, /** @type {unknown} */ body, /** @type {Record<string, string>} */ headers = {}) {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** Viewers on `bases` in turn, a question posted and approved on the last process: per-viewer delays in ms. */
async function oneRun(/** @type {string[]} */ bases) {
  const watch = { marker: /** @type {string | undefined} */ (undefined) };
  const viewers = [];
  try {
    // Opened in batches, so the servers accept them without a backlog storm.
    for (let i = 0; i < VIEWERS; i += 200) {
      viewers.push(...(await Promise.all(Array.from({ length: Math.min(200, VIEWERS - i) }, (_, n) => openViewer(bases[(i + n) % bases.length], watch)))));
    }
    const approver = bases.at(-1);
    const { token } = await json(`${approver}v1/staff/sessions`, 'POST', DEMO);
    const marker = `bench-${randomUUID()}`;
    const { id } = await json(`${bases[0]}v1/initiatives/${EVENT}/contributions`, 'POST', {
      initiative: EVENT,
      type: 'qa',
      payload: { question: `Question ${marker}?` },
      idempotencyKey: randomUUID(),
      participant: randomUUID(),
      channel: 'web',
      language: 'fr',
    }, { origin: ORIGIN });
    watch.marker = marker;
    const approvedAt = performance.now();
    await json(`${approver}v1/staff/initiatives/${EVENT}/contributions/${id}/moderation`, 'POST', { state: 'approved' }, { authorization: `Bearer ${token}` });
    const deadline = Date.now() + 15_000;
    while (viewers.filter((viewer) => viewer.receivedAt !== undefined).length < viewers.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return viewers.map((viewer) => (viewer.receivedAt === undefined ? Infinity : viewer.receivedAt - approvedAt));
  } finally {
    for (const viewer of viewers) viewer.close();
  }
}

const percentile = (/** @type {number[]} */ values, /** @type {number} */ p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

/** @param {string} root */
export async function measureLiveFanout(root) {
  const lines = [];
  const failures = [];
  const server = join(root, 'apps/collector/dist/server.js');
  if (!existsSync(server)) return { lines, failures: ['apps/collector/dist/server.js is missing: pnpm build first'] };
  const scenarios = [{ name: 'PGlite, 1 process', processes: 1, postgres: false }];
  if (process.env.DATABASE_URL) scenarios.push({ name: 'PostgreSQL, 1 process', processes: 1, postgres: true }, { name: 'PostgreSQL, 2 processes', processes: 2, postgres: true });
  for (const scenario of scenarios) {
    const scratch = scenario.postgres ? await scratchDatabase(/** @type {string} */ (process.env.DATABASE_URL)) : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-'));
    const collectors = [];
    try {
      // The second process starts once the first has migrated and seeded the database.
      for (let n = 0; n < scenario.processes; n++) {
        const port = await freePort();
        const collector = start(
          [server],
          { PORT: String(port), PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? '', PARTICIPE_SEED_DEMO: '1', PARTICIPE_RATE_LIMIT: '1000000', PARTICIPE_LOG_LEVEL: 'warn' },
          `http://127.0.0.1:${port}/healthz`,
        );
        collectors.push({ collector, base: `http://127.0.0.1:${port}/` });
        await collector.ready;
      }
      const delays = await oneRun(collectors.map((entry) => entry.base));
      const reached = delays.filter(Number.isFinite).length;
      const p95 = percentile(delays, 95);
      lines.push(
        `${scenario.name}`.padEnd(26) +
          `${VIEWERS} viewers: 95 % reached in ${Number.isFinite(p95) ? `${p95.toFixed(0)} ms` : 'never'} (budget ${budgets.liveFanoutP95Ms} ms), median ${percentile(delays, 50).toFixed(0)} ms, ${reached}/${VIEWERS} reached`,
      );
      if (!(p95 <= budgets.liveFanoutP95Ms)) failures.push(`live fan-out on ${scenario.name}: 95 % of ${VIEWERS} viewers in ${p95.toFixed(0)} ms > ${budgets.liveFanoutP95Ms} ms`);
    } finally {
      for (const { collector } of collectors) await collector.stop();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { lines, failures };
}
