import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The collector package's own directory, found from this module whether it runs from `src/`
 * (tests, dev) or bundled into `dist/server.js`.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@participe/collector') return dir;
    if (dirname(dir) === dir) throw new Error('[participe] cannot find the @participe/collector package directory');
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const migrationsDir = join(packageRoot, 'migrations');
export const defaultConsoleDir = resolve(packageRoot, '../console/dist');

/**
 * `apps/widgets/dist`: every widget and embed.js built together, sharing Lit and core, as pages
 * should load them (one copy of Lit per page, one Trusted Types policy).
 */
export function defaultWidgetDirs(): string[] {
  const dir = resolve(packageRoot, '../widgets/dist');
  return existsSync(dir) ? [dir] : [];
}
