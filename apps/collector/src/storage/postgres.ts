import pg from 'pg';
import { withCommitHooks } from './commit-hooks.js';
import type { Database, Queryable, Row } from './database.js';

type Log = { warn: (object: object, message: string) => void };

/** PostgreSQL through a connection pool; LISTEN runs on its own connection, reopened if it drops. */
export async function openPostgres(connectionString: string, log?: Log): Promise<Database & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its server (a restart) must not crash the process: the pool replaces it.
  pool.on('error', (error) => log?.warn({ err: error }, 'idle database connection lost'));
  await pool.query('SELECT 1');

  const run = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });

  const listeners = new Set<{ stop: () => Promise<void> }>();

  return {
    driver: 'postgres',
    pool,
    ...run(pool),
    async transaction(work) {
      // A connection the server cut (a restart) cannot even roll back: it must not go back to the
      // pool, or every later transaction handed that client would fail in turn.
      let broken = false;
      // The pool listens for errors only on idle clients: a checked-out one that loses its server
      // between two statements would otherwise crash the process with an unhandled 'error'.
      const onError = (error: Error) => {
        broken = true;
        log?.warn({ err: error }, 'database connection lost during a transaction');
      };
      // Listen from the very moment of checkout (the callback form), not after an `await`: the
      // server's "terminating connection" can arrive in the same network read that handed this
      // client over, before a promise continuation would run.
      const client = await new Promise<pg.PoolClient>((resolve, reject) =>
        pool.connect((error, connected) => {
          if (error || !connected) return reject(error);
          connected.on('error', onError);
          resolve(connected);
        }),
      );
      try {
        await client.query('BEGIN');
        const result = await withCommitHooks(run(client), work);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async listen(channel, onPayload) {
      const listener = listenWithReconnect(connectionString, channel, onPayload, log);
      listeners.add(listener);
      await listener.ready;
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.stop()));
      listeners.clear();
      await pool.end();
    },
  };
}

function listenWithReconnect(connectionString: string, channel: string, onPayload: (payload: string) => void, log?: Log) {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const quotedChannel = `"${channel.replace(/"/g, '""')}"`;

  const retryLater = (error: unknown) => {
    if (stopped) return;
    log?.warn({ err: error }, 'live updates connection lost, reconnecting');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void connect().catch(retryLater), 1000);
  };

  const connect = async (): Promise<void> => {
    const current = new pg.Client({ connectionString });
    client = current;
    current.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    current.on('error', (error) => {
      void current.end().catch(() => undefined);
      retryLater(error);
    });
    await current.connect();
    await current.query(`LISTEN ${quotedChannel}`);
  };

  return {
    // The first connection must work: a start-up failure is reported, later losses are retried.
    ready: connect(),
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
