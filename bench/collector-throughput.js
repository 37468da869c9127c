// @ts-check
// Contributions per second the collector acknowledges after commit, compared with a bare node:http
// server answering 204 on the same machine (the load generator shares the cores: ratios, not absolutes).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { budgets } from './budgets.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const INITIATIVE = 'retroaction-pages';

/** Starts `node args…` and resolves once it prints `ready` (baseline) or answers /healthz (collector). */
export function start(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env, /** @type {string} */ readyUrl) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const ready = (async () => {
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      const ok = await fetch(readyUrl).then((r) => r.ok || r.status === 204, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${readyUrl} never answered`);
  })();
  return { child, ready, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : (child.once('exit', resolve), child.kill('SIGTERM')))) };
}

function load(/** @type {string} */ url, /** @type {() => string} */ body) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: body() }) }],
  });
}

/** A PostgreSQL database of the benchmark's own on the server `serverUrl` names, dropped afterwards. */
export async function scratchDatabase(serverUrl) {
  const { default: pg } = await import('pg');
  const name = `participe_bench_${randomUUID().replace(/-/g, '')}`;
  const run = async (/** @type {string} */ sql) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const envelope = () =>
  JSON.stringify({
    initiative: INITIATIVE,
    type: 'page-feedback',
    payload: { answer: Math.random() < 0.5 ? 'yes' : 'no', page: 'https://www.quebec.ca/bench' },
    idempotencyKey: randomUUID(),
    participant: randomUUID(),
    channel: 'web',
    language: 'fr',
  });

/** A port nobody listens on right now (fixed ports collide with whatever else runs here). */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolve(port));
      });
    })
  );
}

/** Resident memory of a process, in MB (Linux). */
function residentMb(/** @type {number} */ pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** @param {string} root */
export async function measureCollector(root) {
  const lines = [];
  const failures = [];
  const server = join(root, 'apps/collector/dist/server.js');
  if (!existsSync(server)) return { lines, failures: ['apps/collector/dist/server.js is missing: pnpm build first'] };

  const baselinePort = await freePort();
  const baseline = start(
    ['-e', `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(204).end()); }).listen(${baselinePort}, '127.0.0.1')`],
    {},
    `http://127.0.0.1:${baselinePort}/`,
  );
  await baseline.ready;
  const bare = await load(`http://127.0.0.1:${baselinePort}/`, envelope);
  await baseline.stop();
  lines.push(`bare node:http 204        ${bare.requests.average.toFixed(0).padStart(7)} req/s   p99 ${bare.latency.p99} ms`);

  // The embedded database always; PostgreSQL too when DATABASE_URL names a server (a database of
  // the benchmark's own: it never writes into a shared one).
  const targets = [{ storage: 'PGlite', ratio: budgets.collectorRatioPglite, scratch: undefined }];
  if (process.env.DATABASE_URL) targets.push({ storage: 'PostgreSQL', ratio: budgets.collectorRatioPostgres, scratch: await scratchDatabase(process.env.DATABASE_URL) });
  for (const [index, target] of targets.entries()) {
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-'));
    const port = await freePort();
    const collector = start(
      [server],
      { PORT: String(port), PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: target.scratch?.url ?? '', PARTICIPE_SEED_DEMO: '1', PARTICIPE_RATE_LIMIT: '1000000', PARTICIPE_LOG_LEVEL: 'warn' },
      `http://127.0.0.1:${port}/healthz`,
    );
    try {
      await collector.ready;
      const idle = residentMb(/** @type {number} */ (collector.child.pid));
      const result = await load(`http://127.0.0.1:${port}/v1/initiatives/${INITIATIVE}/contributions`, envelope);
      const ratio = result.requests.average / bare.requests.average;
      lines.push(
        `collector (${target.storage})`.padEnd(26) +
          `${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${result.latency.p99} ms   ${(ratio * 100).toFixed(1)} % of bare (bar ${target.ratio * 100} %, aim ${budgets.collectorRatioAim * 100} %)   (${result.non2xx} non-2xx, ${result.errors} errors)   idle ${idle.toFixed(0)} MB resident`,
      );
      if (ratio < target.ratio) failures.push(`collector on ${target.storage}: ${(ratio * 100).toFixed(1)} % of bare node:http < ${target.ratio * 100} %`);
      if (result.latency.p99 > budgets.collectorP99Ms) failures.push(`collector on ${target.storage}: p99 ${result.latency.p99} ms > ${budgets.collectorP99Ms} ms`);
      if (result.non2xx || result.errors) failures.push(`collector on ${target.storage} answered ${result.non2xx} non-2xx and ${result.errors} errors under load`);
    } finally {
      await collector.stop();
      await target.scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { lines, failures };
}
