-- Contributions shown to the public (idea boards, testimonial walls, live Q&A): the organisation's
-- own posts, the reason a rejected author reads, corrections by staff, reports and official responses.
ALTER TABLE contributions DROP CONSTRAINT contributions_channel_check;
--> statement-breakpoint
ALTER TABLE contributions ADD CONSTRAINT contributions_channel_check CHECK (channel IN ('web', 'paper', 'phone', 'organisation'));
--> statement-breakpoint
-- Why a moderator rejected it, written for its author (who reads it in the widget).
ALTER TABLE contributions ADD COLUMN moderation_reason text;
--> statement-breakpoint
-- Set when enough reports hid it from the public; cleared when a moderator reviews it.
ALTER TABLE contributions ADD COLUMN hidden_at timestamptz;
--> statement-breakpoint
-- A correction by staff (a typo): the payload as the citizen sent it is kept until retention clears it.
ALTER TABLE contributions ADD COLUMN edited_at timestamptz;
--> statement-breakpoint
ALTER TABLE contributions ADD COLUMN original_payload jsonb;
--> statement-breakpoint
-- One report per participant (pseudonym) and contribution; reviewed_at closes it when a moderator decides.
CREATE TABLE contribution_reports (
  contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  participant_hash text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('spam', 'offensive', 'personal-data', 'off-topic', 'other')),
  reported_at timestamptz NOT NULL DEFAULT now(),
  reviewed_at timestamptz,
  PRIMARY KEY (contribution_id, participant_hash)
);
--> statement-breakpoint
CREATE INDEX contribution_reports_open ON contribution_reports (contribution_id) WHERE reviewed_at IS NULL;
--> statement-breakpoint
-- The organisation's official response to one contribution (status and words in both languages).
CREATE TABLE contribution_responses (
  contribution_id uuid PRIMARY KEY REFERENCES contributions (id) ON DELETE CASCADE,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  status text NOT NULL,
  text_fr text,
  text_en text,
  duplicate_of uuid REFERENCES contributions (id) ON DELETE SET NULL,
  responded_by uuid,
  responded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT contribution_responses_text CHECK ((text_fr IS NULL) = (text_en IS NULL))
);
