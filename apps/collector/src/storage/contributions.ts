import { randomUUID } from 'node:crypto';
import { payloadWhereEntries, type Channel, type Language, type ModerationState, type MyContribution, type StaffContribution } from '@participe/core/schemas';
import type { Queryable, Row } from './database.js';
import { decodeCursor, encodeCursor, iso, likePattern } from './rows.js';
import { responseOf } from './public-contributions.js';
import { answeredOn, pathArray } from './themes.js';

export interface NewContribution {
  initiativeId: string;
  idempotencyKey: string;
  bodyHash: string;
  /** `participantHash(initiative, id)`: the id the browser holds is never stored. */
  participantHash: string;
  channel: Channel;
  language: Language;
  payload: unknown;
  /** Context from the host page, checked against the initiative's declared fields; null when none. */
  context: Readonly<Record<string, string>> | null;
  moderationState: ModerationState;
  enteredBy: string | null;
}

export type StoreOutcome =
  | { outcome: 'created' | 'replayed'; id: string; receivedAt: string }
  | { outcome: 'conflict' };

/** What an earlier request with this idempotency key stored, if anything. */
export async function findByIdempotencyKey(
  db: Queryable,
  initiativeId: string,
  idempotencyKey: string,
  bodyHash: string,
): Promise<StoreOutcome | undefined> {
  const [row] = await db.query<{ id: string; received_at: Date; body_hash: string }>(
    'SELECT id, received_at, body_hash FROM contributions WHERE initiative_id = $1 AND idempotency_key = $2',
    [initiativeId, idempotencyKey],
  );
  if (!row) return undefined;
  return row.body_hash === bodyHash ? { outcome: 'replayed', id: row.id, receivedAt: iso(row.received_at) } : { outcome: 'conflict' };
}

/**
 * Stores one contribution, once per idempotency key. The unique constraint settles concurrent
 * duplicates: the loser's insert does nothing (waiting for the winner to commit), then it reads the
 * winner's row and answers as the winner did — or reports a conflict when the bodies differ.
 */
export async function storeContribution(db: Queryable, contribution: NewContribution): Promise<StoreOutcome> {
  const inserted = await db.query<{ id: string; received_at: Date }>(
    `INSERT INTO contributions
       (id, initiative_id, idempotency_key, body_hash, participant_hash, channel, language, payload, moderation_state, entered_by, context)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11::jsonb)
     ON CONFLICT (initiative_id, idempotency_key) DO NOTHING
     RETURNING id, received_at`,
    [
      randomUUID(),
      contribution.initiativeId,
      contribution.idempotencyKey,
      contribution.bodyHash,
      contribution.participantHash,
      contribution.channel,
      contribution.language,
      JSON.stringify(contribution.payload),
      contribution.moderationState,
      contribution.enteredBy,
      contribution.context && JSON.stringify(contribution.context),
    ],
  );
  const row = inserted[0];
  if (row) return { outcome: 'created', id: row.id, receivedAt: iso(row.received_at) };
  const earlier = await findByIdempotencyKey(db, contribution.initiativeId, contribution.idempotencyKey, contribution.bodyHash);
  // Unreachable unless the row vanished between the two statements (deleted by its participant or
  // an access request, or anonymised by retention, in that instant).
  if (!earlier) throw new Error('contribution disappeared after an idempotency conflict');
  return earlier;
}

/**
 * Stores many contributions in one statement, once per idempotency key each: what group commit
 * writes. Rows whose key is already stored (a retry, or the same key twice in the batch) answer as
 * `storeContribution` would: the first answer, or a conflict when the bodies differ. Outcomes come
 * back in the order of `rows`.
 */
export async function storeContributions(db: Queryable, rows: readonly NewContribution[]): Promise<StoreOutcome[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(() => randomUUID());
  const inserted = await db.query<{ id: string; received_at: Date }>(
    `INSERT INTO contributions
       (id, initiative_id, idempotency_key, body_hash, participant_hash, channel, language, payload, moderation_state, entered_by, context)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::uuid[], $11::jsonb[])
     ON CONFLICT (initiative_id, idempotency_key) DO NOTHING
     RETURNING id, received_at`,
    [
      ids,
      rows.map((row) => row.initiativeId),
      rows.map((row) => row.idempotencyKey),
      rows.map((row) => row.bodyHash),
      rows.map((row) => row.participantHash),
      rows.map((row) => row.channel),
      rows.map((row) => row.language),
      rows.map((row) => JSON.stringify(row.payload)),
      rows.map((row) => row.moderationState),
      rows.map((row) => row.enteredBy),
      rows.map((row) => row.context && JSON.stringify(row.context)),
    ],
  );
  const created = new Map(inserted.map((row) => [row.id, iso(row.received_at)]));
  const outcomes: StoreOutcome[] = [];
  for (const [index, row] of rows.entries()) {
    const receivedAt = created.get(ids[index]!);
    if (receivedAt) {
      outcomes.push({ outcome: 'created', id: ids[index]!, receivedAt });
      continue;
    }
    // Stored before, or earlier in this very batch: answered as that row was.
    const earlier = await findByIdempotencyKey(db, row.initiativeId, row.idempotencyKey, row.bodyHash);
    if (!earlier) throw new Error('contribution disappeared after an idempotency conflict');
    outcomes.push(earlier);
  }
  return outcomes;
}

export interface ContributionFilter {
  channel?: Channel | undefined;
  language?: Language | undefined;
  moderation?: ModerationState | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  /** `needed`: pending, or hidden after reports. */
  review?: 'needed' | undefined;
  topic?: string | undefined;
  /** Coded with this theme on `field`. */
  theme?: string | undefined;
  /** Not coded with any theme on `field` yet (for a free-text answer: among those that answered it). */
  uncoded?: 'true' | undefined;
  /** `''` (default): the whole contribution; or a free-text answer's payload path. */
  field?: string | undefined;
  /** `field:value` pairs on the payload's top level (core's `PayloadWhere`). */
  where?: string | undefined;
}

export function toContribution(row: Row): StaffContribution {
  return {
    id: String(row.id),
    initiative: String(row.initiative_id),
    channel: row.channel as Channel,
    language: row.language as Language,
    participant: row.participant_hash == null ? null : String(row.participant_hash),
    payload: row.payload,
    moderationState: row.moderation_state as ModerationState,
    receivedAt: iso(row.received_at),
    enteredBy: row.entered_by == null ? null : String(row.entered_by),
    ...(row.context == null ? {} : { context: row.context as Record<string, string> }),
    ...(row.anonymised_at == null ? {} : { anonymisedAt: iso(row.anonymised_at) }),
    ...(row.moderation_reason == null ? {} : { moderationReason: String(row.moderation_reason) }),
    ...(row.reports == null ? {} : { reports: row.reports as Record<string, number> }),
    ...(row.hidden_at == null ? {} : { hiddenAt: iso(row.hidden_at) }),
    ...(row.edited_at == null ? {} : { editedAt: iso(row.edited_at) }),
    ...(row.response_status == null ? {} : { response: responseOf(row)! }),
    ...(row.themes == null ? {} : { themes: row.themes as Array<{ theme: string; field: string }> }),
  };
}

function whereClause(initiativeId: string, filter: ContributionFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [initiativeId];
  const conditions = ['initiative_id = $1'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.channel) add((p) => `channel = ${p}`, filter.channel);
  if (filter.language) add((p) => `language = ${p}`, filter.language);
  if (filter.moderation) add((p) => `moderation_state = ${p}`, filter.moderation);
  if (filter.from) add((p) => `received_at >= ${p}::timestamptz`, filter.from);
  if (filter.to) add((p) => `received_at < ${p}::timestamptz`, filter.to);
  if (filter.q) add((p) => `payload::text ILIKE ${p}`, likePattern(JSON.stringify(filter.q).slice(1, -1)));
  if (filter.review) conditions.push(`(moderation_state = 'pending' OR hidden_at IS NOT NULL)`);
  if (filter.topic) add((p) => `payload->>'topic' = ${p}`, filter.topic);
  const field = filter.field ?? '';
  if (filter.theme || filter.uncoded) {
    params.push(field);
    const fieldParam = `$${params.length}`;
    if (filter.theme) add((p) => `EXISTS (SELECT 1 FROM contribution_themes ct WHERE ct.contribution_id = contributions.id AND ct.field = ${fieldParam} AND ct.theme_id = ${p}::uuid)`, filter.theme);
    if (filter.uncoded) {
      conditions.push(`NOT EXISTS (SELECT 1 FROM contribution_themes ct WHERE ct.contribution_id = contributions.id AND ct.field = ${fieldParam})`);
      if (field !== '') add((p) => answeredOn(field, p), pathArray(field));
    }
  }
  for (const [field, value] of filter.where ? payloadWhereEntries(filter.where) : []) {
    params.push(field, value);
    conditions.push(`payload->>$${params.length - 1} = $${params.length}`);
  }
  return { sql: conditions.join(' AND '), params };
}

/**
 * What staff see of a contribution: its row, its open reports counted by reason and its official
 * response (types that show contributions publicly; nothing for the others). Correlated on
 * `contributions.id`, so every query reads `FROM contributions` unaliased.
 */
export const contributionColumns = `id, initiative_id, channel, language, participant_hash, payload, context, moderation_state, received_at, entered_by, anonymised_at,
  moderation_reason, hidden_at, edited_at,
  (SELECT jsonb_object_agg(x.reason, x.n) FROM (
     SELECT cr.reason, count(*)::int AS n FROM contribution_reports cr WHERE cr.contribution_id = contributions.id AND cr.reviewed_at IS NULL GROUP BY cr.reason
   ) x) AS reports,
  r.response_status, r.response_fr, r.response_en, r.response_duplicate_of, r.responded_at,
  (SELECT jsonb_agg(jsonb_build_object('theme', ct.theme_id, 'field', ct.field) ORDER BY ct.field, ct.coded_at, ct.theme_id)
     FROM contribution_themes ct WHERE ct.contribution_id = contributions.id) AS themes`;

/** Where `contributionColumns` reads from (the response's columns renamed, so that none is ambiguous). */
export const contributionSource = `contributions LEFT JOIN (
  SELECT contribution_id, status AS response_status, text_fr AS response_fr, text_en AS response_en, duplicate_of AS response_duplicate_of, responded_at
  FROM contribution_responses) r ON r.contribution_id = contributions.id`;

/** Newest first, one page at a time; `nextCursor` is null on the last page. */
export async function listContributions(
  db: Queryable,
  initiativeId: string,
  filter: ContributionFilter,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: StaffContribution[]; nextCursor: string | null } | 'bad_cursor'> {
  const where = whereClause(initiativeId, filter);
  if (page.cursor) {
    const position = decodeCursor(page.cursor, 2);
    if (!position || Number.isNaN(Date.parse(position[0]!))) return 'bad_cursor';
    where.params.push(position[0], position[1]);
    const n = where.params.length;
    where.sql += ` AND (received_at, id) < ($${n - 1}::timestamptz, $${n}::uuid)`;
  }
  where.params.push(page.limit + 1);
  const rows = await db.query(
    `SELECT ${contributionColumns} FROM ${contributionSource} WHERE ${where.sql}
     ORDER BY received_at DESC, id DESC LIMIT $${where.params.length}`,
    where.params,
  );
  const items = rows.slice(0, page.limit).map(toContribution);
  const last = items.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodeCursor([last.receivedAt, last.id]) : null;
  return { items, nextCursor };
}

/**
 * Every contribution, oldest first, a page at a time (keyset pagination, each page its own short
 * query): what exports stream, in constant memory, without holding the database for the whole run.
 */
export async function* contributionPages(db: Queryable, initiativeId: string, pageSize = 1000, filter: ContributionFilter = {}): AsyncGenerator<StaffContribution[]> {
  let after: [string, string] | undefined;
  for (;;) {
    const where = whereClause(initiativeId, filter);
    if (after) {
      where.params.push(after[0], after[1]);
      where.sql += ` AND (received_at, id) > ($${where.params.length - 1}::timestamptz, $${where.params.length}::uuid)`;
    }
    where.params.push(pageSize);
    const rows = await db.query(`SELECT ${contributionColumns} FROM ${contributionSource} WHERE ${where.sql} ORDER BY received_at, id LIMIT $${where.params.length}`, where.params);
    if (rows.length === 0) return;
    const page = rows.map(toContribution);
    yield page;
    if (rows.length < pageSize) return;
    const last = page.at(-1)!;
    after = [last.receivedAt, last.id];
  }
}

/**
 * Every leaf path the initiative's payloads hold (`comment`, `answers.q3`, `answers.q4.other`;
 * arrays are leaves), sorted: found in SQL, so that an export knows its columns before its rows.
 */
export async function payloadLeafPaths(db: Queryable, initiativeId: string): Promise<string[]> {
  const rows = await db.query<{ path: string }>(
    `WITH RECURSIVE nodes(path, value) AS (
       SELECT entry.key, entry.value FROM contributions c, jsonb_each(CASE WHEN jsonb_typeof(c.payload) = 'object' THEN c.payload ELSE '{}'::jsonb END) entry
       WHERE c.initiative_id = $1
       UNION ALL
       SELECT nodes.path || '.' || entry.key, entry.value FROM nodes, jsonb_each(nodes.value) entry WHERE jsonb_typeof(nodes.value) = 'object'
     )
     SELECT DISTINCT path FROM nodes WHERE jsonb_typeof(value) <> 'object' ORDER BY path`,
    [initiativeId],
  );
  return rows.map((row) => row.path);
}

/**
 * A moderator's decision: the state, the reason its author reads (rejections only), and an end to
 * hiding after reports (the moderator has looked at it).
 */
export async function setModerationState(db: Queryable, initiativeId: string, id: string, state: ModerationState, reason?: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE contributions SET moderation_state = $3, moderation_reason = $4, hidden_at = NULL WHERE initiative_id = $1 AND id = $2 RETURNING id`,
    [initiativeId, id, state, state === 'rejected' ? (reason ?? null) : null],
  );
  return rows.length === 1;
}

/** Rejects the web contributions received in `[from, to)` not rejected yet; returns their ids. */
export async function rejectWebContributionsBetween(db: Queryable, initiativeId: string, from: string, to: string, reason?: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `UPDATE contributions SET moderation_state = 'rejected', moderation_reason = $4, hidden_at = NULL
     WHERE initiative_id = $1 AND channel = 'web' AND received_at >= $2 AND received_at < $3 AND moderation_state <> 'rejected' RETURNING id`,
    [initiativeId, from, to, reason ?? null],
  );
  return rows.map((row) => String(row.id));
}

/** A participant's own web contributions to one initiative (by the hash kept of its id), oldest first. */
export async function participantContributions(db: Queryable, initiativeId: string, participantHash: string, lock = false): Promise<MyContribution[]> {
  const rows = await db.query(
    `SELECT id, channel, language, payload, moderation_state, moderation_reason, received_at FROM contributions
     WHERE initiative_id = $1 AND participant_hash = $2 AND channel = 'web' ORDER BY received_at, id${lock ? ' FOR UPDATE' : ''}`,
    [initiativeId, participantHash],
  );
  return rows.map((row) => ({
    id: String(row.id),
    receivedAt: iso(row.received_at),
    channel: row.channel as Channel,
    language: row.language as Language,
    moderationState: row.moderation_state as ModerationState,
    ...(row.moderation_reason == null ? {} : { moderationReason: String(row.moderation_reason) }),
    payload: row.payload,
  }));
}

/** Deletes these contributions of one initiative for good; returns the ids deleted. */
export async function deleteContributions(db: Queryable, initiativeId: string, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query('DELETE FROM contributions WHERE initiative_id = $1 AND id = ANY($2::uuid[]) RETURNING id', [initiativeId, ids]);
  return rows.map((row) => String(row.id));
}

/**
 * One organisation's contributions holding `email` (trimmed, lowercased) at one of `paths` of
 * their payload, compared trimmed and lowercased, in the given initiatives; oldest first.
 */
export async function contributionsWithEmail(
  db: Queryable,
  searches: ReadonlyArray<{ initiativeId: string; paths: string[][] }>,
  email: string,
): Promise<StaffContribution[]> {
  const found: StaffContribution[] = [];
  for (const { initiativeId, paths } of searches) {
    if (!paths.length) continue;
    // Paths as PostgreSQL text arrays ('{answers,courriel}'); ids are [a-z0-9_-], quoted anyway.
    const literals = paths.map((path) => `{${path.map((part) => `"${part.replace(/["\\]/g, '')}"`).join(',')}}`);
    const rows = await db.query(
      `SELECT ${contributionColumns} FROM ${contributionSource}
       WHERE initiative_id = $1 AND EXISTS (
         SELECT 1 FROM unnest($2::text[]) AS p(path) WHERE lower(btrim(payload #>> p.path::text[])) = $3
       )
       ORDER BY received_at, id`,
      [initiativeId, literals, email],
    );
    found.push(...rows.map(toContribution));
  }
  return found;
}
