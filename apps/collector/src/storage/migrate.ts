import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { createHash } from 'node:crypto';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import type { TypeMigration } from '@participe/core/server';
import { migrationsDir } from '../paths.js';
import { serverTypes } from '../types.js';

/** Arbitrary constant shared by every collector process: one of them migrates, the others wait. */
const MIGRATION_LOCK = 7_204_113;

/** Each type's own migrations (its tables), by type: applied after the collector's, in the registry's order. */
type TypeMigrations = ReadonlyArray<{ type: string; migrations: readonly TypeMigration[] }>;
const registeredMigrations: TypeMigrations = serverTypes.map((facet) => ({ type: facet.manifest.type, migrations: facet.migrations }));

/** A type's migrations as drizzle's migrator reads a folder: statements split at breakpoints, ordered by `when`. */
const asDrizzle = (migrations: readonly TypeMigration[]): MigrationMeta[] =>
  migrations.map((migration) => ({
    sql: migration.sql.split('--> statement-breakpoint'),
    bps: true,
    folderMillis: migration.when,
    hash: createHash('sha256').update(migration.sql).digest('hex'),
  }));

/**
 * Drizzle's own migration step, fed with the SQL each type carries in its server facet (bundled,
 * not read from a folder). Each type keeps its history in a table of its own, so that types come
 * and go independently. `dialect` and `session` are what drizzle's folder migrators use.
 */
type Migratable = { dialect: { migrate(migrations: MigrationMeta[], session: unknown, config: { migrationsTable: string }): Promise<void> }; session: unknown };

async function migrateTypes(db: unknown, types: TypeMigrations): Promise<void> {
  const { dialect, session } = db as Migratable;
  for (const { type, migrations } of types) {
    if (migrations.length) await dialect.migrate(asDrizzle(migrations), session, { migrationsTable: `__participe_type_${type}` });
  }
}

/** Applies pending migrations to the embedded database (one process owns its directory). */
export async function migrateEmbedded(pglite: PGlite, folder = migrationsDir, types = registeredMigrations): Promise<void> {
  const db = drizzlePglite(pglite);
  await migratePglite(db, { migrationsFolder: folder });
  await migrateTypes(db, types);
}

/**
 * Applies pending migrations to PostgreSQL under an advisory lock, so that several collector
 * processes starting together do not race (the migrator itself does not lock).
 */
export async function migratePostgresDatabase(connectionString: string, folder = migrationsDir, types = registeredMigrations): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const db = drizzlePostgres(client);
    await migratePostgres(db, { migrationsFolder: folder });
    await migrateTypes(db, types);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
