import type { Queryable } from './database.js';

/** The NOTIFY channel that wakes the outbox sender of every process when a message is queued. */
export const OUTBOX_CHANNEL = 'participe_outbox';

export interface NewOutboxMessage {
  organisationId: string;
  initiativeId: string | null;
  channel: 'email';
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  language: 'fr' | 'en';
}

export interface OutboxMessage extends NewOutboxMessage {
  id: string;
  attempts: number;
}

/** A message as the console's outbox view shows it. */
export interface OutboxEntry {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  language: 'fr' | 'en';
  createdAt: string;
  sentAt: string | null;
  transport: string | null;
  failedAt: string | null;
  attempts: number;
  lastError: string | null;
}

/** Queues a message inside the caller's transaction; senders hear of it once it commits. */
export async function enqueueMessage(tx: Queryable, message: NewOutboxMessage): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO outbox (organisation_id, initiative_id, channel, kind, recipient, subject, body, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
    [message.organisationId, message.initiativeId, message.channel, message.kind, message.recipient, message.subject, message.body, message.language],
  );
  await tx.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, row!.id]);
  return row!.id;
}

/**
 * Claims up to `limit` due messages for this sender: their next attempt moves `leaseSeconds` ahead
 * (a sender that dies mid-way leaves them to another after that), skipping rows another sender holds.
 */
export async function claimDue(db: Queryable, limit: number, leaseSeconds: number): Promise<OutboxMessage[]> {
  const rows = await db.query(
    `UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
     WHERE o.id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING o.id::text AS id, o.organisation_id, o.initiative_id, o.channel, o.kind, o.recipient, o.subject, o.body, o.language, o.attempts`,
    [limit, leaseSeconds],
  );
  return rows.map((row) => ({
    id: String(row.id),
    organisationId: String(row.organisation_id),
    initiativeId: row.initiative_id === null ? null : String(row.initiative_id),
    channel: 'email',
    kind: String(row.kind),
    recipient: String(row.recipient),
    subject: String(row.subject),
    body: String(row.body),
    language: row.language === 'en' ? 'en' : 'fr',
    attempts: Number(row.attempts),
  }));
}

export async function markSent(db: Queryable, id: string, transport: string): Promise<void> {
  await db.query('UPDATE outbox SET sent_at = now(), transport = $2, last_error = NULL WHERE id = $1', [id, transport]);
}

/** A failed attempt: retried after `retryInSeconds`, or given up (`failed_at`) when there is none left. */
export async function markFailed(db: Queryable, id: string, error: string, retryInSeconds: number | null): Promise<void> {
  await db.query(
    `UPDATE outbox SET last_error = $2, next_attempt_at = CASE WHEN $3::float8 IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $3::float8) END,
       failed_at = CASE WHEN $3::float8 IS NULL THEN now() ELSE NULL END WHERE id = $1`,
    [id, error.slice(0, 500), retryInSeconds],
  );
}

/** Messages sent more than `days` ago go: they hold addresses, and their job is done. */
export async function purgeSent(db: Queryable, days: number): Promise<number> {
  const rows = await db.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1) RETURNING id`, [days]);
  return rows.length;
}

/** One initiative's messages, newest first (the console's outbox view). */
export async function initiativeOutbox(db: Queryable, initiativeId: string, limit: number): Promise<OutboxEntry[]> {
  const rows = await db.query(
    `SELECT id::text AS id, kind, recipient, subject, body, language, created_at, sent_at, transport, failed_at, attempts, last_error
     FROM outbox WHERE initiative_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [initiativeId, limit],
  );
  const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());
  return rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    recipient: String(row.recipient),
    subject: String(row.subject),
    body: String(row.body),
    language: row.language === 'en' ? 'en' : 'fr',
    createdAt: iso(row.created_at)!,
    sentAt: iso(row.sent_at),
    transport: row.transport === null ? null : String(row.transport),
    failedAt: iso(row.failed_at),
    attempts: Number(row.attempts),
    lastError: row.last_error === null ? null : String(row.last_error),
  }));
}

/** An initiative's messages go when its personal data does (retention). */
export async function deleteInitiativeOutbox(db: Queryable, initiativeId: string): Promise<number> {
  return (await db.query('DELETE FROM outbox WHERE initiative_id = $1 RETURNING id', [initiativeId])).length;
}
