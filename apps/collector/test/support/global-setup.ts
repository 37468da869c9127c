import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateEmbedded } from '../../src/storage/migrate.js';
import { openPglite } from '../../src/storage/pglite.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated, empty PGlite database: each test file starts its own copy from it. */
    pgliteTemplate: string;
  }
}

/** Creating a PGlite database takes seconds; loading a dump of one takes under one. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'participe-template-'));
  const db = await openPglite({});
  try {
    await migrateEmbedded(db.pglite);
    const dump = await db.pglite.dumpDataDir('none');
    const path = join(dir, 'template.tar');
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', path);
  } finally {
    await db.close();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
