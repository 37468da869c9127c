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
 * @param {{ port: number, host?: string, collector: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startSite({ port, host = '127.0.0.1', collector }) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname));
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
