import type { TypeMigration } from '@participe/core/server';

/**
 * Votes: one row per (idea, participant pseudonym), so that a second vote can only change the first
 * and counts are always derived from rows — never one counter row updated by every vote, which
 * would make every voter of a popular idea queue on it.
 */
const votes: TypeMigration = {
  tag: '0000_votes',
  when: Date.UTC(2026, 10, 25),
  sql: `CREATE TABLE idea_board_votes (
  idea_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  participant_hash text NOT NULL,
  value smallint NOT NULL CHECK (value BETWEEN -1 AND 5 AND value <> 0),
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (idea_id, participant_hash)
)
--> statement-breakpoint
CREATE INDEX idea_board_votes_by_participant ON idea_board_votes (initiative_id, participant_hash)
--> statement-breakpoint
CREATE INDEX idea_board_votes_by_initiative ON idea_board_votes (initiative_id, idea_id)`,
};

/**
 * Accents folded before full-text search, so that "velo" finds "vélo": PGlite ships no "unaccent"
 * extension (and a production server may not allow creating one), "translate" works on both.
 */
const fold: TypeMigration = {
  tag: '0001_fold',
  when: Date.UTC(2026, 10, 26),
  sql: `CREATE FUNCTION idea_board_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(input), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
$$`,
};

export const ideaBoardMigrations = [votes, fold] as const;
