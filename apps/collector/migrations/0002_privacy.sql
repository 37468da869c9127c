-- Pseudonymous participants: the collector keeps only SHA-256 of "<initiative>:<participant id>",
-- never the id the browser holds, so that an export or a copy of the database does not let anyone
-- act as that participant (read or delete their contributions). Existing ids are hashed in place.
ALTER TABLE contributions ALTER COLUMN participant DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE contributions ALTER COLUMN participant TYPE text
  USING encode(sha256(convert_to(initiative_id || ':' || lower(participant::text), 'UTF8')), 'hex');
--> statement-breakpoint
ALTER TABLE contributions RENAME COLUMN participant TO participant_hash;
--> statement-breakpoint
-- Retention: once anonymised, a contribution keeps no participant, idempotency key or request hash.
ALTER TABLE contributions ALTER COLUMN idempotency_key DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE contributions ALTER COLUMN body_hash DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE contributions ADD COLUMN anonymised_at timestamptz;
--> statement-breakpoint
ALTER TABLE contributions ADD CONSTRAINT contributions_anonymised
  CHECK (anonymised_at IS NULL OR (participant_hash IS NULL AND idempotency_key IS NULL AND body_hash IS NULL));
--> statement-breakpoint
ALTER TABLE contributions ADD CONSTRAINT contributions_identified
  CHECK (anonymised_at IS NOT NULL OR (participant_hash IS NOT NULL AND idempotency_key IS NOT NULL AND body_hash IS NOT NULL));
--> statement-breakpoint
-- What the retention job looks for: contributions not yet anonymised, by initiative and age.
CREATE INDEX contributions_to_anonymise ON contributions (initiative_id, received_at) WHERE anonymised_at IS NULL;
--> statement-breakpoint
-- Participants (deleting their own contributions) and the collector itself (retention) act too;
-- neither has an id in the audit log, which never identifies a citizen. Details are counts only.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_kind_check;
--> statement-breakpoint
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_kind_check CHECK (actor_kind IN ('account', 'token', 'participant', 'system'));
--> statement-breakpoint
ALTER TABLE audit_log ALTER COLUMN actor_id DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_id CHECK ((actor_kind IN ('account', 'token')) = (actor_id IS NOT NULL));
--> statement-breakpoint
ALTER TABLE audit_log ADD COLUMN details jsonb;
--> statement-breakpoint
-- One row per run of the retention job: when, and how many contributions it anonymised. Counts only.
CREATE TABLE retention_runs (
  id bigserial PRIMARY KEY,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  initiatives integer NOT NULL,
  contributions integer NOT NULL
);
