// @ts-check
// Sizes of the widget files the collector serves (apps/widgets/dist: every widget built together,
// sharing Lit and core), min+gzip: each widget's first chunk (its entry plus the chunks it imports
// statically — what blocks the widget from showing), its lazy chunks, and embed.js.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.js';

const gz = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Relative imports of an ES module: static (`import … from "./x.js"`) and dynamic (`import("./y.js")`). */
function importsOf(/** @type {string} */ file) {
  const code = readFileSync(file, 'utf8');
  const near = (/** @type {string} */ spec) => resolve(dirname(file), spec);
  const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => near(m[1] ?? ''));
  const dynamics = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => near(m[1] ?? ''));
  return { statics, dynamics };
}

/** The entry and everything it pulls in statically, then every lazy chunk reachable from there. */
function chunksOf(/** @type {string} */ entry) {
  const first = new Set([entry]);
  const lazy = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    const { statics, dynamics } = importsOf(file);
    for (const next of statics) if (!first.has(next) && !lazy.has(next)) (first.has(file) ? first : lazy).add(next), queue.push(next);
    for (const next of dynamics) if (!first.has(next) && !lazy.has(next)) lazy.add(next), queue.push(next);
  }
  return { first: [...first], lazy: [...lazy] };
}

/**
 * @param {string} root repository root
 * @returns {{ lines: string[], failures: string[] }}
 */
export function measureBundles(root) {
  const lines = [];
  const failures = [];
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const check = (/** @type {string} */ what, /** @type {number} */ bytes, /** @type {number} */ budget) => {
    const ok = bytes <= budget;
    lines.push(`${ok ? 'ok  ' : 'OVER'} ${what.padEnd(44)} ${kb(bytes).padStart(10)}  (budget ${kb(budget)})`);
    if (!ok) failures.push(`${what}: ${kb(bytes)} > ${kb(budget)}`);
  };

  const dist = join(root, 'apps/widgets/dist');
  const embed = join(dist, 'embed.js');
  if (!existsSync(embed)) return { lines, failures: ['apps/widgets/dist is missing: pnpm build first'] };
  check('embed.js', gz(embed), budgets.embed);

  for (const file of readdirSync(dist).filter((name) => /^participe-.+\.js$/.test(name))) {
    const entry = join(dist, file);
    const dir = file.replace(/^participe-|\.js$/g, '');
    const { first, lazy } = chunksOf(entry);
    const firstBytes = first.reduce((sum, file) => sum + gz(file), 0);
    check(`<participe-${dir}> first chunk (${first.length} file${first.length > 1 ? 's' : ''})`, firstBytes, budgets.firstChunk);
    for (const file of first.slice(1)) lines.push(`     ${`  with ${file.slice(dist.length + 1)}`.padEnd(44)} ${kb(gz(file)).padStart(10)}`);
    for (const file of lazy) {
      const name = file.slice(dist.length + 1);
      const bytes = gz(file);
      if (/chart-runtime/.test(name)) check(`  lazy ${name}`, bytes, budgets.chart);
      else lines.push(`     ${`  lazy ${name}`.padEnd(44)} ${kb(bytes).padStart(10)}`);
    }
  }
  return { lines, failures };
}
