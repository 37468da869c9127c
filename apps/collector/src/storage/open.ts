import { resolve } from 'node:path';
import type { Database } from './database.js';
import { migrateEmbedded, migratePostgresDatabase } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

type Log = { warn: (object: object, message: string) => void };

export interface StorageConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

/** PostgreSQL when `DATABASE_URL` is set, the embedded database otherwise; migrated before use. */
export async function openDatabase({ databaseUrl, dataDir }: StorageConfig, log?: Log): Promise<Database> {
  if (databaseUrl) {
    await migratePostgresDatabase(databaseUrl);
    return openPostgres(databaseUrl, log);
  }
  const db = await openPglite({ dataDir: resolve(dataDir) });
  try {
    await migrateEmbedded(db.pglite);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
