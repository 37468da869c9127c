// @ts-check
// pnpm bench: prints sizes and speeds against the budgets of docs/quality.md and exits non-zero
// when one is missed. Figures, not tests: run it on a quiet machine.
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundle-size.js';
import { measureCollector } from './collector-throughput.js';
import { measureDelivery } from './delivery.js';
import { measureBudgetDrag } from './budget-drag.js';
import { measureLighthouse } from './lighthouse.js';
import { measureDashboard } from './dashboard.js';
import { measurePetitionBurst } from './petition-burst.js';
import { measureLiveFanout } from './live-fanout.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
const failures = [];

if (!only || only === 'size') {
  console.log('Bundle sizes (min+gzip)');
  const sizes = measureBundles(root);
  for (const line of sizes.lines) console.log(`  ${line}`);
  failures.push(...sizes.failures);
}

if (!only || only === 'delivery') {
  console.log('\nDelivery: the demo site in Chromium, until each widget is interactive');
  const delivery = await measureDelivery(root);
  for (const line of delivery.lines) console.log(`  ${line}`);
  failures.push(...delivery.failures);
}

if (!only || only === 'interaction') {
  console.log('\nInteraction: long tasks while moving budget lines');
  const drag = await measureBudgetDrag(root);
  for (const line of drag.lines) console.log(`  ${line}`);
  failures.push(...drag.failures);
}

if (!only || only === 'lighthouse') {
  console.log('\nLighthouse: every demo page, mobile profile');
  const lighthouse = await measureLighthouse(root);
  for (const line of lighthouse.lines) console.log(`  ${line}`);
  failures.push(...lighthouse.failures);
}

if (!only || only === 'collector') {
  console.log('\nCollector: contributions acknowledged after commit');
  const collector = await measureCollector(root);
  for (const line of collector.lines) console.log(`  ${line}`);
  failures.push(...collector.failures);
}

if (!only || only === 'dashboard') {
  console.log('\nDashboard: every initiative\'s figures on 100,000 contributions');
  const dashboard = await measureDashboard(root);
  for (const line of dashboard.lines) console.log(`  ${line}`);
  failures.push(...dashboard.failures);
}

if (!only || only === 'petition') {
  console.log(`\nPetition: a burst of signatures, then their confirmations (BENCH_SIGNATURES, default 100,000, within BENCH_BURST_SECONDS, default 600)`);
  const burst = await measurePetitionBurst(root);
  for (const line of burst.lines) console.log(`  ${line}`);
  failures.push(...burst.failures);
}

if (!only || only === 'live') {
  console.log('\nLive fan-out: an approved question reaching the viewers of one Q&A event');
  const live = await measureLiveFanout(root);
  for (const line of live.lines) console.log(`  ${line}`);
  failures.push(...live.failures);
}

if (failures.length) {
  console.error(`\n${failures.length} budget(s) missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nEvery budget met.');
