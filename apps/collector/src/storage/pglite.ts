import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { withCommitHooks } from './commit-hooks.js';
import type { Database, Queryable, Row } from './database.js';

export interface PgliteOptions {
  /** Directory holding the database files, created when missing; in memory when absent (tests). */
  dataDir?: string;
  /** A tarball from `dumpDataDir()` to start from (tests use one migrated template). */
  loadDataDir?: Blob | File;
}

/** Embedded PostgreSQL (WASM) in a data directory: nothing to install. One process owns the directory. */
export async function openPglite({ dataDir, loadDataDir }: PgliteOptions): Promise<Database & { pglite: PGlite }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // PostgreSQL's default 128 MB of shared buffers is resident for good in the WebAssembly heap; a
  // collector's working set fits in far less (≈ 100 MB less resident memory, measured in docs/performance.md).
  const pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}), postgresqlconf: ['shared_buffers=32MB'] });
  const run = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  return {
    driver: 'pglite',
    pglite,
    ...run(pglite),
    // PGlite runs one statement or one transaction at a time, so transactions never interleave.
    transaction: (work) => pglite.transaction((tx) => withCommitHooks(run(tx), work)),
    async listen(channel, onPayload) {
      const unlisten = await pglite.listen(channel, onPayload);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
