-- Organisations (ministries) own everything else; staff never see another organisation's rows.
CREATE TABLE organisations (
  id text PRIMARY KEY,
  name_fr text NOT NULL,
  name_en text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  -- Stored lowercased, so that sign-in is case-insensitive and one address is one account.
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'moderator', 'analyst')),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- Console sign-ins: bearer tokens kept only as SHA-256 hashes, valid until expires_at.
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
--> statement-breakpoint
-- Long-lived tokens for scripts and integrations, with their own role; revoked, never deleted.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  token_hash text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'moderator', 'analyst')),
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
--> statement-breakpoint
CREATE TABLE initiatives (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  type text NOT NULL,
  -- What staff wrote, validated by the type's settings schema (id and type are repeated inside).
  settings jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  results_published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX initiatives_by_organisation ON initiatives (organisation_id, created_at);
--> statement-breakpoint
CREATE TABLE contributions (
  id uuid PRIMARY KEY,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  idempotency_key uuid NOT NULL,
  -- SHA-256 of the canonical request: a retry must carry the same body as the first try.
  body_hash text NOT NULL,
  participant uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('web', 'paper', 'phone')),
  language text NOT NULL CHECK (language IN ('fr', 'en')),
  payload jsonb NOT NULL,
  moderation_state text NOT NULL CHECK (moderation_state IN ('pending', 'approved', 'rejected')),
  -- Milliseconds, as the API shows it, so that paging cursors compare exactly.
  received_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  -- The staff account or API token that keyed in a paper or phone contribution.
  entered_by uuid,
  CONSTRAINT contributions_idempotency UNIQUE (initiative_id, idempotency_key),
  CONSTRAINT contributions_entered_by_staff CHECK ((channel = 'web') = (entered_by IS NULL))
);
--> statement-breakpoint
CREATE INDEX contributions_by_initiative ON contributions (initiative_id, received_at DESC, id DESC);
--> statement-breakpoint
-- Who did what, when: identifiers only, never personal data or contents.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  actor_kind text NOT NULL CHECK (actor_kind IN ('account', 'token')),
  actor_id uuid NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX audit_log_by_organisation ON audit_log (organisation_id, id DESC);
--> statement-breakpoint
-- Live updates, replayable by id after a reconnection (SSE Last-Event-ID).
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  initiative_id text NOT NULL REFERENCES initiatives (id),
  type text NOT NULL,
  data jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX events_by_initiative ON events (initiative_id, id);
