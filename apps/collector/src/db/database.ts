/** One row as both drivers return it: column name to value (jsonb parsed, timestamptz as Date). */
export type Row = Record<string, unknown>;

/** Something that runs parameterised SQL: the database itself, or an open transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The collector's only view of storage, implemented for PGlite and for PostgreSQL (`pg`).
 * SQL is written once, in the dialect both accept (PostgreSQL 15 and PGlite's 18).
 */
export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for each NOTIFY on `channel` (from this process or, on PostgreSQL, any other). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
