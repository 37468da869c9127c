-- Messages the collector sends on behalf of a type (a petition's confirmation email; later, webhooks):
-- written in the same transaction as what they announce, sent after it commits by the outbox sender.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id text NOT NULL REFERENCES organisations (id),
  initiative_id text REFERENCES initiatives (id),
  channel text NOT NULL CHECK (channel IN ('email')),
  kind text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  transport text,
  failed_at timestamptz,
  last_error text
);
--> statement-breakpoint
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
--> statement-breakpoint
CREATE INDEX outbox_by_initiative ON outbox (initiative_id, created_at DESC);
--> statement-breakpoint
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
