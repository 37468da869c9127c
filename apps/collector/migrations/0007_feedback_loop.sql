-- "You said, we did": each initiative's report (both languages), the day it is published, the
-- day it is promised by, what it cites, and whether its figures are open data.
CREATE TABLE initiative_reports (
  initiative_id text PRIMARY KEY REFERENCES initiatives (id),
  -- { heard, decided, changes }, each { fr, en }; null while nothing is written.
  text jsonb,
  expected_by date,
  publish_on date,
  cited_themes uuid[] NOT NULL DEFAULT '{}',
  cited_answers uuid[] NOT NULL DEFAULT '{}',
  figures_published boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT initiative_reports_published_text CHECK (publish_on IS NULL OR text IS NOT NULL)
);
