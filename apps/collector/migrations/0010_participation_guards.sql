-- "One response per participant" rests on an id the browser picks: a courtesy, not an integrity
-- control. These are: an optional ceiling on web contributions per minute for each initiative,
-- counted in the database so that every collector process shares it.
ALTER TABLE initiatives ADD COLUMN submissions_per_minute integer CHECK (submissions_per_minute > 0);
--> statement-breakpoint
CREATE TABLE submission_windows (
  initiative_id text NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (initiative_id, window_start)
);
--> statement-breakpoint
-- Audit entries are shown by a random id: the global sequence would let one organisation count
-- another's activity from the gaps. The sequence still orders them, inside the collector only.
ALTER TABLE audit_log ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
--> statement-breakpoint
CREATE UNIQUE INDEX audit_log_public_id ON audit_log (public_id);
