import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppConfig } from '../config.js';

const isDirectory = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

/** Only the public widget files of a package's `dist`: never its maps, types or anything else. */
const WIDGET_FILE = /^\/(?:participe-[a-z0-9-]+\.js|embed\.js|chunks\/[A-Za-z0-9._-]+\.js)$/;

const consolePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const consoleMissingPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Participe console not built</title></head>
<body><h1>The staff console is not built</h1>
<p>Build it with <code>pnpm --filter @participe/console build</code>, or point <code>PARTICIPE_CONSOLE_DIR</code> at its files, then restart the collector.</p>
</body></html>`;

/**
 * `/console/`: the staff console's built files. `/widgets/`: widget bundles from every configured
 * directory (by default `apps/widgets/dist`), the first directory holding a file wins, served
 * precompressed (brotli or gzip, by Accept-Encoding). Both are optional: a missing directory answers
 * 404, it never stops the collector.
 */
export async function staticRoutes(app: FastifyInstance, config: Pick<AppConfig, 'consoleDir' | 'widgetDirs'>): Promise<void> {
  if (isDirectory(config.consoleDir)) {
    await app.register(fastifyStatic, {
      root: config.consoleDir,
      prefix: '/console/',
      index: ['index.html'],
      decorateReply: false,
      // The console needs nothing inline and nothing evaluated: it gets the strictest policy, with
      // Trusted Types, rather than helmet's general one. Hashed assets are cached for good; the page
      // itself is checked each time, so a new version is picked up at once.
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('content-security-policy', consolePolicy);
        reply.header('cache-control', /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/console/*', { schema: { hide: true }, config: { rateLimit: false } }, (_request, reply) =>
      reply.code(404).type('text/html; charset=utf-8').send(consoleMissingPage),
    );
  }
  app.get('/console', { schema: { hide: true } }, (_request, reply) => reply.redirect('/console/', 301));

  const widgetDirs = [...new Set(config.widgetDirs)].filter(isDirectory);
  if (widgetDirs.length === 0) return;
  await app.register(async (widgets) => {
    // Public scripts, embedded by any site (set after helmet's same-origin default, so they win).
    widgets.addHook('onRequest', async (_request, reply) => {
      reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
    });
    const served = { decorateReply: false, index: false, allowedPath: (pathName: string) => WIDGET_FILE.test(pathName), preCompressed: true, cacheControl: false } as const;
    // `/widgets/…`: hashed chunks are cached for good; embed.js and the entries (stable names, the
    // addresses webmasters paste) briefly, then revalidated (ETag, Last-Modified).
    await widgets.register(fastifyStatic, {
      ...served,
      root: widgetDirs,
      prefix: '/widgets/',
      setHeaders: (reply: FastifyReply, path: string) => void reply.header('cache-control', /\/chunks\//.test(path) ? immutable : 'public, max-age=300, must-revalidate'),
    });
    // `/widgets/<release>/…`: the same files under the id of the build that made them, cached for
    // good — the address to paste for a page that should change only when its webmaster decides.
    for (const [root, release] of widgetDirs.map((dir) => [dir, releaseOf(dir)] as const)) {
      if (!release) continue;
      await widgets.register(fastifyStatic, { ...served, root, prefix: `/widgets/${release}/`, setHeaders: (reply: FastifyReply) => void reply.header('cache-control', immutable) });
    }
  });
}

const immutable = 'public, max-age=31536000, immutable';

/** The id `apps/widgets` gives its build (`release.txt`), if the folder has one. */
function releaseOf(dir: string): string | undefined {
  const file = join(dir, 'release.txt');
  const release = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return /^r[0-9a-f]{12}$/.test(release) ? release : undefined;
}
