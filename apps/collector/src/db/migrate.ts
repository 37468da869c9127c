import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrationsDir } from '../paths.js';

/** Arbitrary constant shared by every collector process: one of them migrates, the others wait. */
const MIGRATION_LOCK = 7_204_113;

/** Applies pending migrations to the embedded database (one process owns its directory). */
export async function migrateEmbedded(pglite: PGlite, folder = migrationsDir): Promise<void> {
  await migratePglite(drizzlePglite(pglite), { migrationsFolder: folder });
}

/**
 * Applies pending migrations to PostgreSQL under an advisory lock, so that several collector
 * processes starting together do not race (the migrator itself does not lock).
 */
export async function migratePostgresDatabase(connectionString: string, folder = migrationsDir): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: folder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
