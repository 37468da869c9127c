-- Rate-limit counters shared by every collector process on one PostgreSQL: one row per client key
-- (a salted hash, never an address) and limited route, counting hits until `resets_at`.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX rate_limits_resets_at ON rate_limits (resets_at);
--> statement-breakpoint
-- Secrets every process of one collector shares (the salt of rate-limit keys), made once, kept in the database.
CREATE TABLE instance_secrets (
  name text PRIMARY KEY,
  value bytea NOT NULL
);
