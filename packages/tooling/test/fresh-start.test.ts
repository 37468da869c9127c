// A new user's first minutes: a clean clone, a machine with Node and npm but no pnpm on PATH,
// `npm start` — which must install what it needs, build, and serve the demo site, the console and
// the collector at the addresses it prints.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'participe-fresh-'));
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    // The whole group: npm, the bootstrap and the demo's collector.
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** This machine's PATH with every command but pnpm (one folder of links): a machine without pnpm. */
function pathWithoutPnpm(): string {
  const bin = join(scratch, 'bin');
  if (existsSync(bin)) return bin;
  mkdirSync(bin);
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const entries = existsSync(dir) ? readdirSync(dir) : [];
    for (const name of entries) {
      if (/^pnp[mx]$/.test(name) || existsSync(join(bin, name))) continue;
      symlinkSync(join(dir, name), join(bin, name));
    }
  }
  return bin;
}

it('npm start, from a clean clone with no pnpm on PATH, installs, builds and serves every address it prints', { timeout: 1_200_000 }, async () => {
  const clone = join(scratch, 'participe');
  execFileSync('git', ['clone', '--quiet', repo, clone]);
  const path = pathWithoutPnpm();
  expect(execFileSync('/bin/sh', ['-c', 'command -v pnpm || echo none'], { env: { PATH: path }, encoding: 'utf8' }).trim()).toBe('none');

  const [collectorPort, sitePort] = [await freePort(), await freePort()];
  child = spawn('npm', ['start'], {
    cwd: clone,
    detached: true,
    env: { PATH: path, HOME: process.env.HOME, PORT: String(collectorPort), DEMO_PORT: String(sitePort), TURBO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));

  // Waits for what it asserts: the banner with the addresses, or the process ending without it.
  const running = await Promise.race([
    new Promise<true>((resolve) => {
      const check = () => (output.includes('Ctrl+C stops everything.') ? resolve(true) : setTimeout(check, 200));
      check();
    }),
    exited.then(() => false),
  ]);
  expect(running, output.slice(-3000)).toBe(true);
  expect(output).toContain(`Installing pnpm`);
  expect(output).toContain('Installing dependencies');

  const addresses = [...output.matchAll(/\s(http:\/\/localhost:\d+\/\S*)/g)].map((match) => match[1]!);
  expect(addresses).toEqual(expect.arrayContaining([`http://localhost:${sitePort}/`, `http://localhost:${collectorPort}/console/`]));
  for (const address of addresses) {
    const response = await fetch(address);
    expect(response.status, address).toBe(200);
  }
});

it('says in one sentence when the package registry cannot be reached', { timeout: 120_000 }, () => {
  // A bare checkout of the bootstrap: no pnpm on PATH, a registry nobody answers on.
  const bare = join(scratch, 'offline');
  mkdirSync(join(bare, 'packages/tooling/bootstrap'), { recursive: true });
  for (const file of ['package.json', 'packages/tooling/package.json', 'packages/tooling/bootstrap/run.js']) writeFileSync(join(bare, file), readFileSync(join(repo, file)));
  const result = spawnSync(process.execPath, ['packages/tooling/bootstrap/run.js', 'start'], {
    cwd: bare,
    env: { PATH: pathWithoutPnpm(), HOME: process.env.HOME, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0', npm_config_cache: join(scratch, 'npm-cache') },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('[participe] could not install pnpm 10.34.8 from the npm registry (http://127.0.0.1:9/). Check the network connection to it');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});
