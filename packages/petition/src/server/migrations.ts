import type { TypeMigration } from '@participe/core/server';

/**
 * Web signatures, one row each. The address is kept only until it is confirmed (to send the link);
 * `email_key` (a keyed hash of the normalised address) makes "one signature per person" a unique
 * constraint. Counts are `count(*)` over the partial index of confirmed rows: nothing is updated
 * per signature but the signature's own row.
 */
const signatures: TypeMigration = {
  tag: '0000_signatures',
  when: Date.UTC(2026, 10, 25),
  sql: `CREATE TABLE petition_signatures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id text NOT NULL REFERENCES initiatives (id),
  email_key text,
  email text,
  email_domain text,
  name text NOT NULL,
  postal_code text NOT NULL,
  region text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'en')),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'quarantined', 'invalidated')),
  reasons text[] NOT NULL DEFAULT '{}',
  token_hash text,
  signed_at timestamptz NOT NULL,
  mailed_at timestamptz,
  confirmed_at timestamptz,
  reviewed_at timestamptz,
  anonymised_at timestamptz,
  CONSTRAINT petition_signatures_once UNIQUE (initiative_id, email_key)
)
--> statement-breakpoint
CREATE INDEX petition_signatures_counted ON petition_signatures (initiative_id, region) WHERE state = 'confirmed'
--> statement-breakpoint
CREATE INDEX petition_signatures_quarantined ON petition_signatures (initiative_id, signed_at) WHERE state = 'quarantined'
--> statement-breakpoint
CREATE UNIQUE INDEX petition_signatures_token ON petition_signatures (token_hash) WHERE token_hash IS NOT NULL
--> statement-breakpoint
CREATE INDEX petition_signatures_retention ON petition_signatures (initiative_id) WHERE anonymised_at IS NULL`,
};

/**
 * A random secret per petition (made once, shared by every collector process): it keys the hashes
 * of addresses and requesters and signs proof-of-work challenges. Deleted when retention ends, so
 * the hashes kept can no longer be linked to anyone.
 *
 * Signing attempts per requester (a keyed hash of the IP address) and per address, per petition
 * and per window: a row per key and window, so limits hold across collector processes. Old
 * windows are deleted as new ones start.
 */
const attempts: TypeMigration = {
  tag: '0001_attempts',
  when: Date.UTC(2026, 10, 25, 1),
  sql: `CREATE TABLE petition_attempts (
  initiative_id text NOT NULL REFERENCES initiatives (id),
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL,
  PRIMARY KEY (initiative_id, key, window_start)
)
--> statement-breakpoint
CREATE INDEX petition_attempts_by_age ON petition_attempts (window_start)
--> statement-breakpoint
CREATE TABLE petition_challenges_used (
  signature text PRIMARY KEY,
  expires_at timestamptz NOT NULL
)
--> statement-breakpoint
CREATE INDEX petition_challenges_used_by_age ON petition_challenges_used (expires_at)
--> statement-breakpoint
CREATE TABLE petition_secrets (
  initiative_id text PRIMARY KEY REFERENCES initiatives (id),
  secret text NOT NULL
)`,
};

export const petitionMigrations = [signatures, attempts] as const;
