import type { ServerFacet } from '@participe/core/server';
import type { AppConfig } from './config.js';
import type { Database } from './storage/database.js';
import type { GroupCommit } from './domain/group-commit.js';
import type { InitiativeCache } from './domain/initiative-cache.js';
import type { LiveHub } from './domain/live.js';
import type { StreamLimits } from './http/stream-limits.js';

/** What route plugins share: storage, live fan-out, settings and the clock (tests move it). */
export interface AppContext {
  db: Database;
  hub: LiveHub;
  /** The initiatives public requests name, looked up once a second at most. */
  initiatives: InitiativeCache;
  /** Web contributions, accepted many per transaction (group commit). */
  commits: GroupCommit;
  config: AppConfig;
  now: () => Date;
  /** Closers of the open event streams, ended when the server shuts down. */
  streams: Set<() => void>;
  /** Caps on open event streams, per client address and in all. */
  streamLimits: StreamLimits;
  /** The types whose own routes are mounted (the registry, unless a test says otherwise). */
  types: readonly ServerFacet[];
}
