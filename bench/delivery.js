// @ts-check
// What a citizen's browser downloads until each widget is interactive, and in how many sequential
// round trips: the demo site and the built collector on this machine, a real Chromium, every
// request of the collector's origin recorded through the DevTools protocol (bytes as transferred,
// compressed bodies). Charts and the anti-bot challenge are left out: they load only
// when results are shown or a protected form gets focus.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgets } from './budgets.js';

const later = /chart|challenge|altcha/;

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

/** For each widget type, the first demo page that holds it (as an element or a `data-participe` container). */
function demoPages(/** @type {string} */ siteRoot) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const file of readdirSync(siteRoot).filter((name) => name.endsWith('.html')).sort()) {
    const html = readFileSync(join(siteRoot, file), 'utf8');
    for (const match of html.matchAll(/<participe-([a-z-]+)|data-participe="([a-z-]+)"/g)) {
      const type = match[1] ?? match[2];
      if (type && !pages.has(type)) pages.set(type, file);
    }
  }
  return pages;
}

/**
 * The longest chain of requests each started only after the previous one finished: how many round
 * trips stood one after another between the page and the interactive widget.
 * @param {Array<{ start: number, end: number }>} requests
 */
export function sequentialRoundTrips(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  /** @type {number[]} */
  const depth = [];
  sorted.forEach((request, index) => {
    let before = 0;
    for (let earlier = 0; earlier < index; earlier++) if (sorted[earlier].end <= request.start) before = Math.max(before, depth[earlier] ?? 0);
    depth[index] = before + 1;
  });
  return Math.max(0, ...depth);
}

/**
 * @param {string} root repository root
 * @returns {Promise<{ lines: string[], failures: string[] }>}
 */
export async function measureDelivery(root) {
  const lines = [];
  const failures = [];
  const { startDemo } = await import(join(root, 'apps/demo/src/demo.js'));
  const { launchChromium } = await import(join(root, 'packages/tooling/chromium.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-delivery-'));
  const demo = await startDemo({ collectorPort: await freePort(), sitePort: await freePort(), dataDir, quiet: true });
  const browser = await launchChromium();
  try {
    for (const [type, page] of demoPages(join(root, 'apps/demo/site'))) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      /** @type {Map<string, { url: string, start: number, end?: number, headers?: number, bytes?: number }>} */
      const requests = new Map();
      cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, start: event.timestamp }));
      // Bytes of the body as it crossed the network (compressed), without the response headers.
      cdp.on('Network.responseReceived', (event) => {
        const request = requests.get(event.requestId);
        if (request) request.headers = event.response.encodedDataLength;
      });
      cdp.on('Network.loadingFinished', (event) => {
        const request = requests.get(event.requestId);
        if (request) Object.assign(request, { end: event.timestamp, bytes: event.encodedDataLength - (request.headers ?? 0) });
      });
      await tab.goto(`${demo.siteUrl}${page}`);
      const tag = `participe-${type}`;
      await tab.waitForFunction((name) => document.querySelector(name)?.matches(':state(open)'), tag, { timeout: 60_000 });
      // Still recording: the requests finished by now are those that made the widget interactive.
      const needed = [...requests.values()].filter((request) => request.url.startsWith(demo.collectorUrl) && request.end !== undefined && !later.test(request.url));
      // Code (Lit, core, the widget, its schema and parser), as QUALITY.md counts it; the API's answers are round trips, not code.
      const code = needed.filter((request) => request.url.startsWith(`${demo.collectorUrl}widgets/`));
      const bytes = code.reduce((sum, request) => sum + (request.bytes ?? 0), 0);
      // The page itself is the first round trip; then what stood between it and the widget.
      const trips = sequentialRoundTrips(needed.map((request) => ({ start: request.start, end: /** @type {number} */ (request.end) })));
      if (process.env.BENCH_VERBOSE) for (const request of needed) lines.push(`       ${request.url.slice(demo.collectorUrl.length).padEnd(60)} ${((request.bytes ?? 0) / 1024).toFixed(2).padStart(8)} KB`);
      const kb = `${(bytes / 1024).toFixed(2)} KB`;
      const okBytes = bytes <= budgets.toInteractive;
      const okTrips = trips <= budgets.roundTrips;
      lines.push(`${okBytes ? 'ok  ' : 'OVER'} ${`<${tag}> bytes to interactive (${page}, ${code.length} files)`.padEnd(64)} ${kb.padStart(10)}  (budget ${(budgets.toInteractive / 1024).toFixed(0)} KB)`);
      lines.push(`${okTrips ? 'ok  ' : 'OVER'} ${`<${tag}> sequential round trips from embed.js`.padEnd(64)} ${String(trips).padStart(10)}  (budget ${budgets.roundTrips})`);
      if (!okBytes) failures.push(`<${tag}> bytes to interactive: ${kb}`);
      if (!okTrips) failures.push(`<${tag}> round trips: ${trips}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await demo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { lines, failures };
}
