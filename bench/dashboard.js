// @ts-check
// The organisation dashboard on 100,000 contributions: the collector's own script seeds a scratch
// database (PGlite, and PostgreSQL when DATABASE_URL names a server) and times the dashboard's queries.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgets } from './budgets.js';

/** Runs the script and resolves with its JSON line. */
function run(/** @type {string} */ script, /** @type {NodeJS.ProcessEnv} */ env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')) : reject(new Error(`dashboard-bench exited with ${code}`))));
  });
}

async function scratchPostgres(/** @type {string} */ serverUrl) {
  const { default: pg } = await import('pg');
  const name = `participe_bench_${randomUUID().replace(/-/g, '')}`;
  const sql = async (/** @type {string} */ text) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  await sql(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** @param {string} root */
export async function measureDashboard(root) {
  const lines = [];
  const failures = [];
  const script = join(root, 'apps/collector/dist/dashboard-bench.js');
  if (!existsSync(script)) return { lines, failures: ['apps/collector/dist/dashboard-bench.js is missing: pnpm build first'] };
  const targets = [{ storage: 'PGlite', budget: budgets.dashboardMsPglite, postgres: false }];
  if (process.env.DATABASE_URL) targets.push({ storage: 'PostgreSQL', budget: budgets.dashboardMsPostgres, postgres: true });
  for (const target of targets) {
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-dashboard-'));
    const scratch = target.postgres ? await scratchPostgres(/** @type {string} */ (process.env.DATABASE_URL)) : undefined;
    try {
      const result = /** @type {{ contributions: number, initiatives: number, medianMs: number, worstMs: number }} */ (
        await run(script, { PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? '' })
      );
      lines.push(
        `dashboard (${target.storage})`.padEnd(26) +
          `${result.contributions} contributions in ${result.initiatives} initiatives: median ${result.medianMs.toFixed(0)} ms, worst ${result.worstMs.toFixed(0)} ms (budget ${target.budget} ms)`,
      );
      if (result.medianMs > target.budget) failures.push(`dashboard on ${target.storage}: median ${result.medianMs.toFixed(0)} ms > ${target.budget} ms`);
    } finally {
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { lines, failures };
}
