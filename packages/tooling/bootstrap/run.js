#!/usr/bin/env node
// @ts-check
// `npm start` / `npm test` (and `pnpm start` / `pnpm test`): prepares a machine that has only Node
// and npm, then runs the demo or every test. Plain Node, no dependency: it runs before any install.
//
//   1. Node recent enough, else one sentence.
//   2. The pinned pnpm: the one on PATH if it is that version, else installed into .tools/ (no
//      global write access needed).
//   3. Dependencies installed when node_modules is missing or stale (the lockfile or a package.json
//      changed since the last install).
//   4. For `test`: Chromium where missing (Debian's package; never a browser downloaded by a tool).
//   5. Then the build and the demo, or every test through Turborepo.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = String(rootPackage.packageManager).replace(/^pnpm@/, '');
const minimumNode = String(rootPackage.engines?.node ?? '>=20.19').replace(/^>=/, '');
const command = process.argv[2];

/** A step the person sees: one line, then the tool's own output below it. @param {string} text */
const step = (text) => console.log(`\n[participe] ${text}`);

/** Stops with one clear sentence (and no stack trace). @param {string} sentence @returns {never} */
function fail(sentence) {
  console.error(`\n[participe] ${sentence}`);
  process.exit(1);
}

/**
 * Runs a command in the repository, its output shown as it comes; returns its exit status.
 * @param {string} file @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(file, args, options = {}) {
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${file}: ${result.error.message}`);
  return result.status ?? 1;
}

/** @param {string} version @param {string} than */
const newer = (version, than) => {
  const [a, b] = [version, than].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

function checkNode() {
  if (!newer(process.versions.node, minimumNode)) {
    fail(`Participe needs Node ${minimumNode} or newer; this is Node ${process.versions.node}. Install a current Node 20 or 22 (https://nodejs.org) and try again.`);
  }
}

/** The version a pnpm executable reports, or undefined when there is none. @param {string} pnpm */
function versionOf(pnpm) {
  const result = spawnSync(pnpm, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The pinned pnpm: on PATH if it is that version, else a copy installed into `.tools/`. */
function findPnpm() {
  if (versionOf('pnpm') === pnpmVersion) return 'pnpm';
  const local = join(root, '.tools/node_modules/.bin/pnpm');
  if (existsSync(local) && versionOf(local) === pnpmVersion) return local;
  step(`Installing pnpm ${pnpmVersion} into .tools/ (once) …`);
  const status = run('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pnpmVersion}`]);
  if (status !== 0 || versionOf(local) !== pnpmVersion) {
    fail(`could not install pnpm ${pnpmVersion} from the npm registry (${registry()}). Check the network connection to it (or a proxy setting), then try again.`);
  }
  return local;
}

const registry = () => spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout?.trim() || 'https://registry.npmjs.org/';

/** What an install depends on: the lockfile and every workspace package.json. */
function installInputs() {
  const hash = createHash('sha256').update(readFileSync(join(root, 'pnpm-lock.yaml')));
  for (const folder of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const file = join(root, folder, name, 'package.json');
      if (existsSync(file)) hash.update(readFileSync(file));
    }
  }
  for (const file of ['package.json', 'bench/package.json', 'pnpm-workspace.yaml']) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** PATH with the pnpm found first: Turborepo and package scripts look for `pnpm` by name. @param {string} pnpm */
const withPnpm = (pnpm) => (pnpm === 'pnpm' ? process.env.PATH ?? '' : [dirname(pnpm), process.env.PATH].join(delimiter));

/** @param {string} pnpm */
function installDependencies(pnpm) {
  const stamp = join(root, 'node_modules/.participe-install');
  const inputs = installInputs();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return;
  step(existsSync(join(root, 'node_modules')) ? 'Dependencies changed: installing them …' : 'Installing dependencies (a few minutes the first time) …');
  if (run(pnpm, ['install', '--frozen-lockfile'], { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PATH: withPnpm(pnpm) } }) !== 0) {
    fail(`installing dependencies failed (see above). If the npm registry (${registry()}) cannot be reached, check the network connection, then try again.`);
  }
  writeFileSync(stamp, inputs);
}

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const asRoot = process.getuid?.() === 0;
  if (!asRoot || !existsSync('/usr/bin/apt-get')) {
    fail(`the browser tests need Chromium at ${chromium}. On Debian or Ubuntu: sudo apt-get install chromium (or set CHROME_PATH to a Chromium you have).`);
  }
  step('Installing Chromium from Debian (once) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0) {
    fail('could not install Chromium with apt-get (see above): check the network connection to the Debian mirrors.');
  }
}

checkNode();
if (command !== 'start' && command !== 'test') fail('usage: node packages/tooling/bootstrap/run.js start|test');
const pnpm = findPnpm();
installDependencies(pnpm);
const env = {
  ...process.env,
  PATH: withPnpm(pnpm),
  CHROME_PATH: chromium,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  TURBO_TELEMETRY_DISABLED: '1',
};
if (command === 'test') {
  ensureChromium();
  step('Building and running every test (unit, collector, browser, end to end) …');
  process.exit(run(pnpm, ['exec', 'turbo', 'run', 'test', 'boundaries', '--concurrency=2'], { env }));
}
step('Building the widgets, the collector, the console and the demo site …');
if (run(pnpm, ['exec', 'turbo', 'run', 'build', '--filter=@participe/demo...'], { env }) !== 0) fail('the build failed (see above).');
step('Starting …');
Object.assign(process.env, env);
// In this process, so that Ctrl+C reaches the demo's own clean shutdown.
await import(join(root, 'apps/demo/start.js'));
