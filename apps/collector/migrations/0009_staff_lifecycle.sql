-- Staff accounts have a lifecycle: a disabled account cannot sign in and keeps no session.
ALTER TABLE staff_accounts ADD COLUMN disabled_at timestamptz;
--> statement-breakpoint
-- API tokens may stop working on their own at a given time (null: until revoked).
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
--> statement-breakpoint
-- "Sign out everywhere" and ending a disabled account's sessions look sessions up by account.
CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id);
--> statement-breakpoint
-- Failed sign-ins per account, kept in the database so that every collector process sees the same
-- count. Keyed by a hash of the lowercased email (known or not), so that unknown emails are
-- throttled exactly like real ones and the table holds no address.
CREATE TABLE sign_in_failures (
  email_hash text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz NOT NULL
);
