import type { Language, OfficialResponse, OfficialResponseRequest, ReportReason } from '@participe/core/schemas';
import type { Queryable, Row } from './database.js';
import { decodeCursor, encodeCursor, iso, isoOrNull } from './rows.js';

// The SQL of public contributions (types whose manifest has `publicContributions`): what the public
// may see, reports, official responses, corrections. The rules around it are in `domain/public-contributions.ts`.

/**
 * True for contributions the public may see, on the contributions table aliased `alias`: approved
 * (or, under post-moderation, not yet reviewed) and not hidden after reports. Inline literals only:
 * callers embed it in their own statements.
 */
export function visibleWhere(moderation: 'none' | 'pre' | 'post', alias: string): string {
  const states = moderation === 'post' ? `'approved', 'pending'` : `'approved'`;
  return `(${alias}.moderation_state IN (${states}) AND ${alias}.hidden_at IS NULL)`;
}

/** A contribution's public columns, with its official response (joined as `r`). */
const publicColumns = `c.id, c.language, c.received_at, c.channel, c.edited_at, c.payload,
  r.status AS response_status, r.text_fr AS response_fr, r.text_en AS response_en, r.duplicate_of AS response_duplicate_of, r.responded_at`;
const publicFrom = 'contributions c LEFT JOIN contribution_responses r ON r.contribution_id = c.id';

/** A public contribution as stored: the payload still whole (the domain projects it). */
export interface PublicRow {
  id: string;
  language: Language;
  receivedAt: string;
  byOrganisation: boolean;
  editedAt: string | null;
  payload: unknown;
  response: OfficialResponse | null;
}

export function responseOf(row: Row): OfficialResponse | null {
  if (row.response_status == null) return null;
  return {
    status: String(row.response_status),
    text: row.response_fr == null ? null : { fr: String(row.response_fr), en: String(row.response_en) },
    duplicateOf: row.response_duplicate_of == null ? null : String(row.response_duplicate_of),
    respondedAt: iso(row.responded_at),
  };
}

const toPublicRow = (row: Row): PublicRow => ({
  id: String(row.id),
  language: row.language as Language,
  receivedAt: iso(row.received_at),
  byOrganisation: row.channel === 'organisation',
  editedAt: isoOrNull(row.edited_at),
  payload: row.payload,
  response: responseOf(row),
});

/** These contributions of one initiative, if public, in the order of `ids`. */
export async function publicRows(db: Queryable, initiativeId: string, visible: string, ids: readonly string[]): Promise<PublicRow[]> {
  if (!ids.length) return [];
  const rows = await db.query(`SELECT ${publicColumns} FROM ${publicFrom} WHERE c.initiative_id = $1 AND c.id = ANY($2::uuid[]) AND ${visible}`, [initiativeId, ids]);
  const byId = new Map(rows.map((row) => [String(row.id), toPublicRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Public contributions, newest first, one page at a time (optionally one topic); with how many there are. */
export async function listPublicRows(
  db: Queryable,
  initiativeId: string,
  visible: string,
  page: { topic?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: PublicRow[]; nextCursor: string | null; total: number } | 'bad_cursor'> {
  const params: unknown[] = [initiativeId];
  let where = `c.initiative_id = $1 AND ${visible}`;
  if (page.topic) {
    params.push(page.topic);
    where += ` AND c.payload->>'topic' = $${params.length}`;
  }
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM contributions c WHERE ${where}`, params);
  if (page.cursor) {
    const position = decodeCursor(page.cursor, 2);
    if (!position || Number.isNaN(Date.parse(position[0]!)) || !/^[0-9a-f-]{36}$/.test(position[1]!)) return 'bad_cursor';
    params.push(position[0], position[1]);
    where += ` AND (c.received_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(page.limit + 1);
  const rows = await db.query(`SELECT ${publicColumns} FROM ${publicFrom} WHERE ${where} ORDER BY c.received_at DESC, c.id DESC LIMIT $${params.length}`, params);
  const items = rows.slice(0, page.limit).map(toPublicRow);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.receivedAt, last.id]) : null, total: Number(count?.total ?? 0) };
}

/** Locks one contribution of the initiative for the rest of the transaction; false when there is none (or it is not public). */
export async function lockContribution(tx: Queryable, initiativeId: string, id: string, visible?: string): Promise<boolean> {
  const rows = await tx.query(`SELECT c.id FROM contributions c WHERE c.initiative_id = $1 AND c.id = $2${visible ? ` AND ${visible}` : ''} FOR UPDATE`, [initiativeId, id]);
  return rows.length === 1;
}

/**
 * Records a participant's report (once: a second one changes nothing); returns how many reports
 * not yet reviewed the contribution now has.
 */
export async function addReport(tx: Queryable, initiativeId: string, id: string, participantHash: string, reason: ReportReason): Promise<number> {
  await tx.query(
    `INSERT INTO contribution_reports (contribution_id, initiative_id, participant_hash, reason) VALUES ($1, $2, $3, $4)
     ON CONFLICT (contribution_id, participant_hash) DO NOTHING`,
    [id, initiativeId, participantHash, reason],
  );
  const [row] = await tx.query<{ open: number }>('SELECT count(*)::int AS open FROM contribution_reports WHERE contribution_id = $1 AND reviewed_at IS NULL', [id]);
  return Number(row?.open ?? 0);
}

/** Hides a contribution until a moderator reviews it; false when it already was hidden. */
export async function hide(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query('UPDATE contributions SET hidden_at = now() WHERE id = $1 AND hidden_at IS NULL RETURNING id', [id]);
  return rows.length === 1;
}

/** A moderator decided: open reports are closed (they no longer count towards hiding it again). */
export async function closeReports(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE contribution_reports SET reviewed_at = now() WHERE contribution_id = $1 AND reviewed_at IS NULL', [id]);
}

/** Sets or replaces a contribution's official response. */
export async function upsertResponse(tx: Queryable, initiativeId: string, id: string, response: OfficialResponseRequest, respondedBy: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO contribution_responses (contribution_id, initiative_id, status, text_fr, text_en, duplicate_of, responded_by, responded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (contribution_id) DO UPDATE SET status = EXCLUDED.status, text_fr = EXCLUDED.text_fr, text_en = EXCLUDED.text_en,
       duplicate_of = EXCLUDED.duplicate_of, responded_by = EXCLUDED.responded_by, responded_at = EXCLUDED.responded_at`,
    [id, initiativeId, response.status, response.text?.fr ?? null, response.text?.en ?? null, response.duplicateOf ?? null, respondedBy],
  );
}

export async function deleteResponse(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query('DELETE FROM contribution_responses WHERE contribution_id = $1 RETURNING contribution_id', [id]);
  return rows.length === 1;
}

/**
 * Replaces a contribution's payload with a correction, keeping the citizen's original (the first
 * one, if corrected twice) until retention. False when there is no such contribution, or it has
 * been anonymised (nothing personal left to correct, and its original is gone).
 */
export async function replacePayload(tx: Queryable, initiativeId: string, id: string, payload: unknown): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE contributions SET original_payload = COALESCE(original_payload, payload), payload = $3::jsonb, edited_at = now()
     WHERE initiative_id = $1 AND id = $2 AND anonymised_at IS NULL RETURNING id`,
    [initiativeId, id, JSON.stringify(payload)],
  );
  return rows.length === 1;
}

/** How many contributions each thread holds: all, public, and awaiting a moderator. */
export async function topicCounts(db: Queryable, initiativeId: string, visible: string): Promise<Array<{ topic: string | null; total: number; visible: number; review: number }>> {
  const rows = await db.query<{ topic: string | null; total: number; visible: number; review: number }>(
    `SELECT c.payload->>'topic' AS topic, count(*)::int AS total, count(*) FILTER (WHERE ${visible})::int AS visible,
       count(*) FILTER (WHERE c.moderation_state = 'pending' OR c.hidden_at IS NOT NULL)::int AS review
     FROM contributions c WHERE c.initiative_id = $1 GROUP BY 1 ORDER BY 1 NULLS FIRST`,
    [initiativeId],
  );
  return rows.map((row) => ({ topic: row.topic ?? null, total: Number(row.total), visible: Number(row.visible), review: Number(row.review) }));
}
