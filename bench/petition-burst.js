// @ts-check
// A burst of petition signatures (issue 13): BENCH_SIGNATURES requests (100,000 by default) within
// BENCH_BURST_SECONDS (600), each solving the collector's proof-of-work and signing with its own
// address from its own network address (through a trusted proxy header). Then every acknowledged
// signature must be stored once, and — confirmations sent through the outbox's links, read from the
// database (PostgreSQL) — the final count must equal the confirmations acknowledged.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { freePort, scratchDatabase, start } from './collector-throughput.js';

const TOTAL = Number(process.env.BENCH_SIGNATURES ?? 100_000);
const SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PETITION = 'petition-pistes-cyclables';
const ORIGIN = 'http://localhost:4173';

/** A name without digits (digits in a name look like a campaign to the quarantine): 0 → "a", 27 → "bb". */
const letters = (/** @type {number} */ i) => i.toString(26).split('').map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');

/** Runs `task(i)` for i in 0..total-1, `concurrency` at a time, until done or `deadline`. */
async function pool(/** @type {number} */ total, /** @type {number} */ concurrency, /** @type {number} */ deadline, /** @type {(i: number) => Promise<void>} */ task) {
  let next = 0;
  const worker = async () => {
    while (next < total && Date.now() < deadline) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return next;
}

/** @param {string} _root */
export async function measurePetitionBurst(_root) {
  const lines = [];
  const failures = [];
  if (!process.env.DATABASE_URL) return { lines: ['skipped: the burst reads confirmation links from the outbox table, which needs DATABASE_URL (PostgreSQL)'], failures };
  const scratch = await scratchDatabase(process.env.DATABASE_URL);
  const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const collector = start(
    [join(_root, 'apps/collector/dist/server.js')],
    { PORT: String(port), PARTICIPE_DATA_DIR: dataDir, DATABASE_URL: scratch.url, PARTICIPE_SEED_DEMO: '1', PARTICIPE_RATE_LIMIT: '1000000', PARTICIPE_LOG_LEVEL: 'warn', PARTICIPE_TRUST_PROXY: 'true' },
    `${url}healthz`,
  );
  const { default: pg } = await import('pg');
  const db = new pg.Pool({ connectionString: scratch.url, max: 2 });
  try {
    await collector.ready;
    // The example petition, with the lightest proof-of-work (the bench measures the collector, not SHA-256).
    const session = await (await fetch(`${url}v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@ministere-demo.example', password: 'demo-participe-2026' }) })).json();
    const staff = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
    const current = await (await fetch(`${url}v1/staff/initiatives/${PETITION}`, { headers: staff })).json();
    const saved = await fetch(`${url}v1/staff/initiatives/${PETITION}`, { method: 'PUT', headers: staff, body: JSON.stringify({ ...current.settings, definition: { ...current.settings.definition, challengeRange: 100 } }) });
    if (!saved.ok) throw new Error(`could not set up the petition: ${saved.status} ${await saved.text()}`);

    const headers = (/** @type {number} */ i) => ({ 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
    let acknowledged = 0;
    let refused = 0;
    const latencies = [];
    const started = Date.now();
    const sent = await pool(TOTAL, CONCURRENCY, started + SECONDS * 1000, async (i) => {
      const t0 = performance.now();
      try {
        const challenge = await (await fetch(`${url}v1/initiatives/${PETITION}/challenge`, { headers: headers(i) })).json();
        const solution = await solveChallenge({ challenge, deriveKey });
        const response = await fetch(`${url}v1/initiatives/${PETITION}/signatures`, {
          method: 'POST',
          headers: headers(i),
          body: JSON.stringify({
            name: `Signataire ${letters(i)}`,
            email: `signataire-${i}-${randomUUID().slice(0, 8)}@example.ca`,
            postalCode: 'G5A 1B2',
            consent: true,
            language: 'fr',
            page: `${ORIGIN}/petition.html`,
            proof: { challenge, solution: { counter: solution?.counter, derivedKey: solution?.derivedKey } },
          }),
        });
        await response.arrayBuffer();
        if (response.status === 202) acknowledged += 1;
        else refused += 1;
      } catch {
        refused += 1;
      }
      latencies.push(performance.now() - t0);
    });
    const signSeconds = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    lines.push(`signing: ${sent} requests in ${signSeconds.toFixed(0)} s (${(sent / signSeconds).toFixed(0)}/s, challenge + sign, p99 ${p99.toFixed(0)} ms), ${acknowledged} acknowledged, ${refused} refused`);

    const stored = Number((await db.query(`SELECT count(*)::int AS n FROM petition_signatures WHERE initiative_id = $1`, [PETITION])).rows[0].n);
    lines.push(`stored: ${stored} signatures for ${acknowledged} acknowledged`);
    if (stored !== acknowledged) failures.push(`petition burst: ${acknowledged} signatures acknowledged, ${stored} stored`);

    // Every link through the outbox, confirmed by its button's POST (twice for a tenth: replays change nothing).
    const links = (await db.query(`SELECT body FROM outbox WHERE initiative_id = $1 AND kind = 'petition.confirm'`, [PETITION])).rows.map((row) => /#petition-confirm=([A-Za-z0-9_-]+)/.exec(row.body)?.[1]);
    let confirmed = 0;
    const confirmStarted = Date.now();
    await pool(links.length, CONCURRENCY, Number.POSITIVE_INFINITY, async (i) => {
      const post = () => fetch(`${url}v1/initiatives/${PETITION}/signatures/confirmation`, { method: 'POST', headers: headers(i), body: JSON.stringify({ token: links[i] }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
      const answer = await post();
      if (answer.status === 200 && answer.body.status === 'confirmed') confirmed += 1;
      if (i % 10 === 0) await post();
    });
    const confirmSeconds = (Date.now() - confirmStarted) / 1000;
    // The public count may be a second old in this process: wait for it to settle, then compare.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const count = (await (await fetch(`${url}v1/initiatives/${PETITION}/signatures/count`, { headers: { origin: ORIGIN } })).json()).signatures;
    const quarantined = Number((await db.query(`SELECT count(*)::int AS n FROM petition_signatures WHERE initiative_id = $1 AND state = 'quarantined'`, [PETITION])).rows[0].n);
    lines.push(`confirming: ${links.length} links in ${confirmSeconds.toFixed(0)} s (${(links.length / confirmSeconds).toFixed(0)}/s), ${confirmed} confirmed, ${quarantined} quarantined; public count ${count}`);
    if (count !== confirmed - quarantined) failures.push(`petition burst: count ${count}, but ${confirmed - quarantined} confirmations counted`);
    if (sent < TOTAL) failures.push(`petition burst: only ${sent} of ${TOTAL} signature requests sent within ${SECONDS} s`);
  } finally {
    await db.end();
    await collector.stop();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { lines, failures };
}
