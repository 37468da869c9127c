import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { CollectorClient, memoryStore } from '@participe/core/client';
import { contributionFixtures } from '../support/types.js';
import type { Acknowledgement, ContributionEnvelope, InitiativeType } from '@participe/core/schemas';

export const serverScript = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
export const builtServerExists = () => existsSync(serverScript);

/**
 * What one fault test may take. Quiet, each takes 3–12 s; CI runs it beside browser suites on two
 * cores, where processes start several times slower. A hung test still ends, and says where.
 */
export const FAULT_BUDGET_MS = 240_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PGlite data directory started from the migrated template: the collector opens it in about a
 * second, where creating one takes ten on a busy machine.
 */
export async function preparedDataDir(): Promise<{ dir: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'participe-faults-'));
  const db = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
  await db.close();
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// Every collector a test started dies with the test file, even when the test timed out or threw
// before its own clean-up: a leftover process would hold a port and a core for the next suites.
const running = new Set<ChildProcess>();
const killAll = () => running.forEach((child) => child.kill('SIGKILL'));
process.once('exit', killAll);
afterAll(killAll);

/** The built collector in a process of its own, as in production, so that it can be killed. */
export class CollectorProcess {
  private child: ChildProcess | undefined;
  private stopping = false;
  /** Times it died without being stopped by the test. */
  crashes = 0;
  /** What it logged on standard output since it last started. */
  log = '';

  /** Resolves once its log holds `count` lines matching `pattern`. */
  async logged(pattern: RegExp, count: number): Promise<void> {
    const lines = () => this.log.split('\n').filter((line) => pattern.test(line)).length;
    const deadline = Date.now() + FAULT_BUDGET_MS / 2;
    while (lines() < count) {
      if (Date.now() > deadline) throw new Error(`the collector logged ${lines()} of ${count} lines matching ${pattern}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.url = `http://127.0.0.1:${port}/`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [serverScript], {
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', PARTICIPE_SEED_DEMO: '1', PARTICIPE_LOG_LEVEL: 'warn', PARTICIPE_RATE_LIMIT: '1000000', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    this.log = '';
    child.stdout!.on('data', (chunk) => (this.log += chunk));
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    // A collector that dies on its own (not stopped by the test) is a finding: say what it said.
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.crashes += 1;
      console.error(`[faults] the collector exited by itself (${code ?? signal}):\n${stderr}`);
    });
    const deadline = Date.now() + FAULT_BUDGET_MS / 2;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the collector exited with ${child.exitCode}: ${stderr}`);
      if (await fetch(`${this.url}healthz`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the collector did not become healthy: ${stderr}`);
  }

  /** Stops it: SIGKILL (a crash: nothing is finished) or SIGTERM (a graceful stop). */
  async stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    this.stopping = true;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const code = await exited;
    this.stopping = false;
    return code;
  }
}

/** Valid contributions for every type with fixtures: a new widget joins the load by adding its fixture. */
export function envelopes(count: number): ContributionEnvelope[] {
  const types = Object.entries(contributionFixtures) as Array<[InitiativeType, NonNullable<(typeof contributionFixtures)[InitiativeType]>]>;
  return Array.from({ length: count }, (_, index) => {
    const [type, fixture] = types[index % types.length]!;
    return {
      initiative: fixture.initiative.id,
      type,
      payload: fixture.payloads[index % fixture.payloads.length],
      idempotencyKey: randomUUID(),
      participant: randomUUID(),
      channel: 'web',
      language: index % 2 ? 'en' : 'fr',
    };
  });
}

export interface LoadOutcome {
  acknowledged: Map<string, Acknowledgement>;
  /** Idempotency keys acknowledged before the fault happened. */
  acknowledgedBeforeFault: Set<string>;
  retries: number;
}

/**
 * Sends every envelope through the widgets' own client (outbox, retries with backoff until
 * acknowledged), all at once, and runs `fault` once `faultAfter` acknowledgements have arrived.
 */
export async function sendThroughClients(url: string, sent: ContributionEnvelope[], faultAfter: number, fault: () => Promise<void>): Promise<LoadOutcome> {
  // Short waits between tries: the test is bounded, the retry logic is the production one.
  const client = new CollectorClient(url, { store: memoryStore(), random: () => 0.05 });
  const acknowledged = new Map<string, Acknowledgement>();
  const acknowledgedBeforeFault = new Set<string>();
  let retries = 0;
  let faulted: Promise<void> | undefined;
  await Promise.all(
    sent.map(async (envelope) => {
      const ack = await client.submit(envelope, () => void retries++);
      acknowledged.set(envelope.idempotencyKey, ack);
      if (!faulted) acknowledgedBeforeFault.add(envelope.idempotencyKey);
      if (!faulted && acknowledged.size >= faultAfter) faulted = fault();
    }),
  );
  await faulted;
  return { acknowledged, acknowledgedBeforeFault, retries };
}

/** What the database holds for the given idempotency keys: how many rows per key, and their ids. */
export async function storedRows(query: (sql: string, params: unknown[]) => Promise<Array<{ idempotency_key: string; id: string }>>, keys: string[]) {
  const rows = await query('SELECT idempotency_key, id::text AS id FROM contributions WHERE idempotency_key = ANY($1::uuid[])', [keys]);
  const perKey = new Map<string, string[]>();
  for (const row of rows) perKey.set(row.idempotency_key, [...(perKey.get(row.idempotency_key) ?? []), row.id]);
  return perKey;
}

/** A PostgreSQL database of its own on the server DATABASE_URL names, dropped afterwards. */
export async function scratchDatabase(serverUrl: string) {
  const name = `participe_faults_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Checks what reached the database against what the clients were told; returns the report line. */
export function verify(outcome: LoadOutcome, sent: ContributionEnvelope[], stored: Map<string, string[]>) {
  const problems: string[] = [];
  for (const envelope of sent) {
    const rows = stored.get(envelope.idempotencyKey) ?? [];
    const ack = outcome.acknowledged.get(envelope.idempotencyKey);
    if (rows.length !== 1) problems.push(`${envelope.idempotencyKey}: ${rows.length} rows`);
    else if (ack && rows[0] !== ack.id) problems.push(`${envelope.idempotencyKey}: acknowledged as ${ack.id}, stored as ${rows[0]}`);
  }
  return {
    problems,
    report: `${sent.length} sent, ${outcome.acknowledgedBeforeFault.size} acknowledged before the fault, ${outcome.retries} retries, ${outcome.acknowledged.size} acknowledged in the end, ${[...stored.values()].filter((rows) => rows.length === 1).length} stored exactly once`,
  };
}
