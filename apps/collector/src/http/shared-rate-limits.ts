import type { Queryable } from '../storage/database.js';

/** What `@fastify/rate-limit` asks of a store: count a hit, say how many in the window and how long it lasts. */
type Counted = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** How often, in hits, a process sweeps counters whose window ended long ago. */
const SWEEP_EVERY = 1000;

/**
 * A rate-limit store in the database, so that limits hold across every collector process on one
 * PostgreSQL (behind any load balancer) instead of multiplying by the number of processes. One
 * upsert per limited request: the window starts at the first hit and resets once over, as the
 * plugin's own in-memory store does. Keys are the plugin's (a salted hash of the client address),
 * prefixed by the route when a route has its own limit.
 */
export function sharedRateLimitStore(db: Queryable) {
  let hits = 0;
  return class SharedRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = 'all:',
    ) {}

    incr(key: string, done: Counted, timeWindow: number): void {
      if (++hits % SWEEP_EVERY === 0) void db.query(`DELETE FROM rate_limits WHERE resets_at < now() - interval '1 hour'`).catch(() => undefined);
      db.query<{ hits: number; ttl: number }>(
        `INSERT INTO rate_limits AS r (key, hits, resets_at) VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.resets_at <= clock_timestamp() THEN 1 ELSE r.hits + 1 END,
           resets_at = CASE WHEN r.resets_at <= clock_timestamp() THEN clock_timestamp() + $2 * interval '1 millisecond' ELSE r.resets_at END
         RETURNING hits, GREATEST(0, ceil(extract(epoch FROM r.resets_at - clock_timestamp()) * 1000))::int AS ttl`,
        [this.prefix + key, timeWindow],
      ).then(
        ([row]) => done(null, { current: row!.hits, ttl: row!.ttl }),
        (error: Error) => done(error),
      );
    }

    /** A route with its own limit counts apart (the plugin passes the route as `routeInfo`, whatever its types say). */
    child(options: object): SharedRateLimitStore {
      const route = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new SharedRateLimitStore(undefined, `${String(route?.method ?? '')} ${route?.url ?? ''}:`);
    }
  };
}
