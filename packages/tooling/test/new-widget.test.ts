// `pnpm new:widget`: quick checks of what it writes and refuses, on a copy of the few files it
// reads and edits; then the whole promise, once, in a scratch copy of the repository — the new
// type installs, builds, passes its own tests, and the collector, the console and Storybook take it
// with no other edit.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const script = fileURLToPath(new URL('../scaffold/new-widget.js', import.meta.url));

/** Every file of a tree, relative to it. */
function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry}` : entry;
    return statSync(join(dir, path)).isDirectory() ? filesOf(dir, path) : [path];
  });
}

const scaffold = (root: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr || `exit ${run.status}`);
  return run.stdout;
};

describe('pnpm new:widget', () => {
  // What the scaffold reads and edits: package manifests (for taken names and versions) and the registries.
  const edited = ['packages/core/package.json', 'packages/page-feedback/package.json', 'packages/survey/package.json', 'apps/collector/src/types.ts', 'apps/console/src/types.ts', ...['collector', 'console', 'storybook', 'widgets', 'demo'].map((app) => `apps/${app}/package.json`)];
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-widget-'));
    for (const path of edited) cpSync(join(repo, path), join(root, path));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const json = (path: string) => JSON.parse(read(path));

  it('writes one slice: manifest, element, staff and server facets, tests, stories, README', () => {
    scaffold(root, 'opinion-poll', '--title', 'Opinion poll', '--title-fr', 'Sondage éclair');
    const files = filesOf(join(root, 'packages/opinion-poll')).sort();
    expect(files).toEqual(
      [
        'README.md',
        'package.json',
        'tsconfig.json',
        'tsconfig.build.json',
        'src/manifest.ts',
        'src/schema.ts',
        'src/fixtures.ts',
        'src/personal-data.ts',
        'src/element/opinion-poll.ts',
        'src/element/opinion-poll.styles.ts',
        'src/element/define.ts',
        'src/element/strings.ts',
        'src/staff/index.ts',
        'src/server/index.ts',
        'src/server/results.ts',
        'src/server/export.ts',
        'test/opinion-poll.browser.test.ts',
        'test/manifest.test.ts',
        'stories/opinion-poll.stories.ts',
      ].sort(),
    );
    for (const file of files) expect(read(`packages/opinion-poll/${file}`), file).not.toMatch(/__[A-Za-z]+__/);
    expect(read('packages/opinion-poll/src/element/define.ts')).toContain("ParticipeOpinionPoll.define('participe-opinion-poll');");
    expect(read('packages/opinion-poll/src/manifest.ts')).toContain("type: 'opinion-poll'");
    expect(read('packages/opinion-poll/src/server/index.ts')).toContain('export const opinionPollServer = defineServer({');
    expect(read('packages/opinion-poll/src/staff/index.ts')).toContain('export const opinionPollStaff = defineStaff({');
    expect(read('packages/opinion-poll/src/staff/index.ts')).toContain("label: 'Sondage éclair'");
    expect(read('packages/opinion-poll/stories/opinion-poll.stories.ts')).toContain("title: 'Widgets/Opinion poll'");
  });

  it('gives the package the reference type’s exports and scripts, and core’s versions of Lit and zod', () => {
    scaffold(root, 'opinion-poll');
    const created = json('packages/opinion-poll/package.json');
    const reference = json('packages/page-feedback/package.json');
    const named = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('page-feedback', 'opinion-poll'));
    expect(created.name).toBe('@participe/opinion-poll');
    expect(created.exports).toEqual(named(reference.exports));
    expect(created.scripts).toEqual(reference.scripts);
    expect(created.sideEffects).toEqual(named(reference.sideEffects));
    const core = json('packages/core/package.json');
    expect(created.dependencies).toEqual({ '@participe/core': 'workspace:*', lit: core.dependencies.lit, zod: core.dependencies.zod });
  });

  it('adds one line to each registry and the workspace dependency of each app that takes every type', () => {
    scaffold(root, 'opinion-poll');
    expect(read('apps/collector/src/types.ts')).toContain("import { opinionPollServer } from '@participe/opinion-poll/server';");
    expect(read('apps/collector/src/types.ts')).toMatch(/export const serverTypes = \[[^\]]*, opinionPollServer\] as const;/);
    expect(read('apps/console/src/types.ts')).toContain("import { opinionPollStaff } from '@participe/opinion-poll/staff';");
    expect(read('apps/console/src/types.ts')).toMatch(/export const staffTypes = \[[^\]]*, opinionPollStaff\] as const;/);
    for (const [app, section] of [['collector', 'dependencies'], ['console', 'dependencies'], ['storybook', 'devDependencies'], ['widgets', 'devDependencies'], ['demo', 'devDependencies']] as const) {
      const dependencies = json(`apps/${app}/package.json`)[section] as Record<string, string>;
      expect(dependencies['@participe/opinion-poll'], app).toBe('workspace:*');
      expect(Object.keys(dependencies), app).toEqual(Object.keys(dependencies).sort());
    }
  });

  it('refuses bad or taken names and unsafe titles, writing nothing', () => {
    const before = edited.map((path) => read(path));
    expect(() => scaffold(root, 'Idea_Board')).toThrow(/lowercase words joined by hyphens/);
    expect(() => scaffold(root)).toThrow(/lowercase words joined by hyphens/);
    expect(() => scaffold(root, 'page-feedback')).toThrow(/is taken/);
    expect(() => scaffold(root, 'collector')).toThrow(/is taken/);
    expect(() => scaffold(root, 'core')).toThrow(/is taken/);
    expect(() => scaffold(root, 'opinion-poll', '--title', 'Opinion "poll"')).toThrow(/plain words/);
    expect(edited.map((path) => read(path))).toEqual(before);
    expect(existsSync(join(root, 'packages/opinion-poll'))).toBe(false);
    scaffold(root, 'opinion-poll');
    expect(() => scaffold(root, 'opinion-poll')).toThrow(/is taken/);
  });

  it('writes nothing when a registry changed shape, and says which', () => {
    writeFileSync(join(root, 'apps/console/src/types.ts'), 'export const types = [];\n');
    expect(() => scaffold(root, 'opinion-poll')).toThrow(/apps\/console\/src\/types\.ts/);
    expect(existsSync(join(root, 'packages/opinion-poll'))).toBe(false);
    expect(read('apps/collector/src/types.ts')).toBe(readFileSync(join(repo, 'apps/collector/src/types.ts'), 'utf8'));
  });
});

// ---------------------------------------------------------------------------------------------
// The whole promise, in a scratch copy of the repository (the files git tracks or would track:
// no node_modules, no dist). Slow: it installs, builds and runs real suites — 7 to 10 minutes on
// a shared 2-core machine under load; it prints each step's time. Generous budgets, per step and
// in all; a step that overruns is killed with its process group.

const name = 'suggestion-box';
let scratch: string | undefined;
/** Process groups still running (killed, with their browsers, if the test stops early). */
const running = new Set<number>();

afterAll(() => {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The environment of a fresh shell: nothing from the pnpm, turbo or vitest running this test. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|TURBO_|VITEST|PNPM_SCRIPT|INIT_CWD$|NODE_ENV$|TEST$)/.test(key)));
  const result: NodeJS.ProcessEnv = {
    ...env,
    CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    STORYBOOK_DISABLE_TELEMETRY: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete result[key];
  return result;
}

/**
 * Runs a command in the scratch copy, in its own process group (so that a timeout takes its
 * browsers and workers with it). Resolves with its output; rejects with the output's end.
 */
function run(command: string, args: string[], { cwd = '.', timeoutMs = 600_000, env = {} as Record<string, string | undefined> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: join(scratch!, cwd), env: cleanEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[timed out after ${timeoutMs / 1000} s]`;
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child.pid!);
      const plain = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      if (code === 0) resolve(plain);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed with ${code}:\n${plain.slice(-6000)}`));
    });
  });
}

/** The full names of the tests that passed, from Vitest's JSON report (the run failed otherwise). */
function passed(report: string): string[] {
  const results = JSON.parse(readFileSync(report, 'utf8')) as { testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }> };
  return results.testResults.flatMap((file) => file.assertionResults.filter((test) => test.status === 'passed').map((test) => test.fullName));
}

/** Copies the files git tracks or would track (uncommitted work included, ignored files not). */
function copyRepository(to: string) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const source = join(repo, file);
    if (!existsSync(source)) continue; // deleted, not yet committed
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(source, join(to, file));
  }
}

it(`scaffolds a type that installs, builds, passes its tests, and joins the collector, console and Storybook with no other edit`, { timeout: 2_400_000 }, async () => {
  const started = performance.now();
  const timings: string[] = [];
  const step = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    const at = performance.now();
    const result = await work();
    timings.push(`${label} ${((performance.now() - at) / 1000).toFixed(0)} s`);
    return result;
  };

  const root = (scratch = mkdtempSync(join(tmpdir(), 'participe-scaffold-')));
  await step('copy', () => copyRepository(root));
  await step('scaffold', () => run(process.execPath, ['packages/tooling/scaffold/new-widget.js', name, '--title', 'Suggestion box', '--title-fr', 'Boîte à suggestions']));
  // The store is local: nothing to download. Without cached registry metadata, --offline cannot
  // resolve the new package's dependencies; then pnpm may ask the registry for metadata only. The
  // lockfile gains the new package, so the install may not be frozen (CI=true would make it so).
  const install = (mode: string) => run('pnpm', ['install', mode, '--no-frozen-lockfile']);
  await step('install', () => install('--offline').catch(() => install('--prefer-offline')));

  // The scaffolded type keeps the dependency boundaries.
  const boundaries = await step('boundaries', () => run('pnpm', ['boundaries']));
  expect(boundaries).toMatch(new RegExp(`types .*${name}.*: no violation`));

  // The type, and everything that takes every type: collector, console, widgets, Storybook.
  await step('build', () => run('pnpm', ['turbo', 'run', 'build', `--filter=...@participe/${name}`, '--concurrency=2', '--output-logs=errors-only'], { timeoutMs: 900_000 }));
  const widgets = join(root, 'apps/widgets/dist');
  expect(existsSync(join(widgets, `participe-${name}.js`))).toBe(true);
  expect(readFileSync(join(widgets, 'embed.js'), 'utf8')).toContain(`"${name}":"12rem"`);

  // Its own tests (Node and Chromium, axe in every state) and types.
  await step('own tests', () => run('pnpm', ['--filter', `@participe/${name}`, 'test']));
  const typechecked = [`@participe/${name}`, '@participe/collector', '@participe/console'].flatMap((pkg) => ['--filter', pkg]);
  await step('typecheck', () => run('pnpm', ['--workspace-concurrency=1', ...typechecked, 'typecheck'], { timeoutMs: 900_000 }));

  // The collector's cross-cutting suites, on PGlite: the new type is among theirs. (Not the
  // retention command-line run: a fresh database, nothing about types, and its own test.)
  const suites = ['test/types.test.ts', 'test/every-type.test.ts', 'test/privacy/retention.test.ts'];
  const report = ['--reporter=json', `--outputFile=${join(root, 'collector.json')}`, '--testNamePattern', '^(?!.*runs once from the command line)'];
  await step('collector suites', () => run('npx', ['vitest', 'run', '--config', 'vitest.config.js', ...report, ...suites], { cwd: 'apps/collector', env: { DATABASE_URL: undefined } }));
  const collector = passed(join(root, 'collector.json'));
  expect(collector.filter((test) => test.startsWith(`the ${name} type `)).length, 'types.test.ts').toBeGreaterThanOrEqual(4);
  for (const route of ['lists every contribution', 'computes its results in SQL', 'exports every contribution as CSV', 'gives a participant a copy']) {
    expect(collector.some((test) => test.startsWith(`every registered type on pglite ${name} ${route}`)), route).toBe(true);
  }
  expect(collector, 'retention.test.ts').toContain(`privacy hooks remove exactly the personal fields of ${name} that contributionFixtures names`);

  // The console's type picker offers it, with its template and live previews.
  await step('console picker', () => run('npx', ['web-test-runner', '--config', '../../packages/tooling/web-test-runner.config.js', '--files', 'test/type-picker.browser.test.ts'], { cwd: 'apps/console' }));

  // Its stories, from the built Storybook: every one renders, ends in its state, and axe is clean
  // (in the default theme; the dark and ministry themes are the smoke test's in the repository).
  const storyRuns = ['--reporter=json', `--outputFile=${join(root, 'stories.json')}`, '--testNamePattern', `widgets-${name}--[a-z-]+ \\(quebec\\)`];
  await step('stories', () => run('npx', ['vitest', 'run', '--config', '../../packages/tooling/vitest.config.js', ...storyRuns], { cwd: 'apps/storybook', timeoutMs: 900_000 }));
  const stories = passed(join(root, 'stories.json')).filter((test) => test.includes(`widgets-${name}--`));
  for (const state of ['loading', 'open', 'closed', 'upcoming', 'offline', 'could-not-load', 'submitted']) {
    expect(stories, state).toContain(`Storybook stories widgets-${name}--${state} (quebec)`);
    expect(stories, state).toContain(`Storybook stories widgets-${name}--${state}-english (quebec)`);
  }

  console.log(`new:widget end to end: ${((performance.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')})`);
});
