// @ts-check
// Lighthouse (the npm package, with Debian's Chromium) on every demo page, mobile profile: the
// scores of docs/quality.md, and what weighs on them — total blocking time, the longest task,
// layout shift. Lab figures with simulated throttling: run on a quiet machine.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgets } from './budgets.js';

function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolve(address.port));
      });
    })
  );
}

/** The demo's pages, French and English (the strict-CSP page included). */
function demoPages(/** @type {string} */ siteRoot) {
  const pages = [];
  for (const folder of ['', 'en/', 'strict/']) {
    for (const file of readdirSync(join(siteRoot, folder)).filter((name) => name.endsWith('.html')).sort()) pages.push(`${folder}${file === 'index.html' ? '' : file}`);
  }
  return pages;
}

/**
 * @param {string} root repository root
 * @returns {Promise<{ lines: string[], failures: string[] }>}
 */
export async function measureLighthouse(root) {
  const lines = [];
  const failures = [];
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { startDemo } = await import(join(root, 'apps/demo/src/demo.js'));
  const { chromiumPath, chromiumArgs } = await import(join(root, 'packages/tooling/chromium.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-lighthouse-'));
  const demo = await startDemo({ collectorPort: await freePort(), sitePort: await freePort(), dataDir, quiet: true });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  try {
    for (const page of demoPages(join(root, 'apps/demo/site'))) {
      const result = await lighthouse(`${demo.siteUrl}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const lhr = result?.lhr;
      if (!lhr) {
        failures.push(`${page || 'index'}: Lighthouse returned no report`);
        continue;
      }
      const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? 0;
      const longest = Math.max(0, ...(/** @type {{ items?: Array<{ duration: number }> }} */ (lhr.audits['long-tasks']?.details ?? {}).items ?? []).map((task) => task.duration));
      const scores = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') };
      const missed = [
        scores.performance < budgets.lighthouse.performance && `performance ${scores.performance} < ${budgets.lighthouse.performance}`,
        scores.accessibility < budgets.lighthouse.accessibility && `accessibility ${scores.accessibility} < ${budgets.lighthouse.accessibility}`,
        scores.bestPractices < budgets.lighthouse.bestPractices && `best practices ${scores.bestPractices} < ${budgets.lighthouse.bestPractices}`,
      ].filter(Boolean);
      lines.push(
        `${missed.length ? 'OVER' : 'ok  '} ${(page || 'index').padEnd(26)} perf ${String(scores.performance).padStart(3)}  a11y ${String(scores.accessibility).padStart(3)}  bp ${String(scores.bestPractices).padStart(3)}  TBT ${audit('total-blocking-time').toFixed(0).padStart(4)} ms  longest task ${longest.toFixed(0).padStart(4)} ms  CLS ${audit('cumulative-layout-shift').toFixed(3)}`,
      );
      for (const failed of missed) failures.push(`Lighthouse ${page || 'index'}: ${failed}`);
    }
  } finally {
    chrome.kill();
    await demo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { lines, failures };
}
