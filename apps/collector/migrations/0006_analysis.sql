-- Qualitative coding: each initiative's themes (names in both languages, an optional colour shown
-- beside the name, never alone), and which contributions analysts coded with them.
CREATE TABLE themes (
  id uuid PRIMARY KEY,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  colour text CHECK (colour ~ '^#[0-9a-f]{6}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX themes_by_initiative ON themes (initiative_id, created_at);
--> statement-breakpoint
-- `field` is '' for the contribution as a whole, or the payload path of one free-text answer
-- (`answers.q3`). The payload itself is never touched: coding lives beside it.
CREATE TABLE contribution_themes (
  contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  field text NOT NULL DEFAULT '',
  theme_id uuid NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  coded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (contribution_id, field, theme_id)
);
--> statement-breakpoint
-- Counting and filtering by theme.
CREATE INDEX contribution_themes_by_theme ON contribution_themes (theme_id, field, contribution_id);
