import type { TypeMigration } from '@participe/core/server';

/**
 * Upvotes: one row per (question, participant pseudonym), so a second vote changes nothing and
 * counts are always derived from rows (never one counter row every voter of a popular question
 * would queue on). Pins: at most one per event (the question being answered now).
 */
const votesAndPins: TypeMigration = {
  tag: '0000_votes_and_pins',
  when: Date.UTC(2026, 10, 25),
  sql: `CREATE TABLE qa_votes (
  question_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  participant_hash text NOT NULL,
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (question_id, participant_hash)
)
--> statement-breakpoint
CREATE INDEX qa_votes_by_participant ON qa_votes (initiative_id, participant_hash)
--> statement-breakpoint
CREATE TABLE qa_pins (
  initiative_id text PRIMARY KEY REFERENCES initiatives (id),
  question_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  pinned_at timestamptz NOT NULL DEFAULT now()
)`,
};

export const qaMigrations = [votesAndPins] as const;
