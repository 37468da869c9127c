// @ts-check
// The mock ministry's web server: static pages, as a CMS would publish them. The collector's address
// is written into the pages when they are served (a CMS template would do the same).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteRoot = fileURLToPath(new URL('../site/', import.meta.url));

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

/**
 * The strictest policy a ministry could set: nothing inline, nothing evaluated, only its own scripts
 * and styles, and Trusted Types required. The widgets must work under it.
 * @param {string} collector
 */
export const strictPolicy = (collector) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${new URL(collector).origin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

/**
 * Widget bundles re-served from the site's own origin, as a ministry under `script-src 'self'` would host them.
 * @param {string} collector @param {string} path @param {import('node:http').ServerResponse} response
 */
async function proxyWidget(collector, path, response) {
  const upstream = await fetch(new URL(path.replace(/^\/participe\//, ''), collector)).catch(() => undefined);
  if (!upstream?.ok) {
    response.writeHead(upstream?.status ?? 502, { 'content-type': 'text/plain; charset=utf-8' }).end('Widget not available');
    return;
  }
  response.writeHead(200, { 'content-type': upstream.headers.get('content-type') ?? 'text/javascript' }).end(Buffer.from(await upstream.arrayBuffer()));
}

/**
 * @param {{ port: number, host?: string, collector: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startSite({ port, host = '127.0.0.1', collector }) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname));
    if (path.startsWith('/participe/widgets/')) {
      void proxyWidget(collector, path, response);
      return;
    }
    // Pages under /strict/ are served with the strict policy.
    if (path.startsWith('/strict/')) response.setHeader('content-security-policy', strictPolicy(collector));
    let file = join(siteRoot, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(siteRoot) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable / Page not found');
      return;
    }
    const type = types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      response.writeHead(200, { 'content-type': type }).end(readFileSync(file, 'utf8').replaceAll('%COLLECTOR%', collector));
    } else {
      response.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}
