import type { AuditActorKind, AuditEntry } from '@participe/core/schemas';
import type { Queryable } from './database.js';
import { decodeCursor, encodeCursor, iso } from './rows.js';

/**
 * Who acted: a staff account or API token, by id; or a participant (from a widget) or the
 * collector itself (retention), never identified.
 */
export type Actor =
  | { kind: 'account' | 'token'; id: string; organisationId: string }
  | { kind: 'participant' | 'system'; id: null; organisationId: string };

/** Counts only: the type itself keeps contents and personal data out of the audit log. */
export type AuditDetails = Record<string, number>;

/** One action, written in the same transaction as the change it describes. Identifiers and counts only. */
export async function recordAudit(
  tx: Queryable,
  actor: Actor,
  action: string,
  target: { type: string; id?: string | null },
  details?: AuditDetails,
): Promise<void> {
  await tx.query(
    'INSERT INTO audit_log (organisation_id, actor_kind, actor_id, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
    [actor.organisationId, actor.kind, actor.id, action, target.type, target.id ?? null, details ? JSON.stringify(details) : null],
  );
}

export async function listAudit(
  db: Queryable,
  organisationId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: AuditEntry[]; nextCursor: string | null } | 'bad_cursor'> {
  const params: unknown[] = [organisationId];
  let before = '';
  if (page.cursor) {
    const position = decodeCursor(page.cursor, 1);
    if (!position || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(position[0]!)) return 'bad_cursor';
    const [anchor] = await db.query<{ id: string }>('SELECT id::text AS id FROM audit_log WHERE organisation_id = $1 AND public_id = $2', [organisationId, position[0]]);
    if (!anchor) return 'bad_cursor';
    params.push(anchor.id);
    before = ' AND audit_log.id < $2::bigint';
  }
  params.push(page.limit + 1);
  // Ordered by the internal sequence; shown by `public_id`, which says nothing of other organisations.
  const rows = await db.query(
    `SELECT public_id::text AS id, actor_kind, actor_id, action, target_type, target_id, details, at FROM audit_log
     WHERE organisation_id = $1${before} ORDER BY audit_log.id DESC LIMIT $${params.length}`,
    params,
  );
  const items: AuditEntry[] = rows.slice(0, page.limit).map((row) => ({
    id: String(row.id),
    actor: { kind: row.actor_kind as AuditActorKind, id: row.actor_id == null ? null : String(row.actor_id) },
    action: String(row.action),
    target: { type: String(row.target_type), id: row.target_id == null ? null : String(row.target_id) },
    ...(row.details == null ? {} : { details: row.details as AuditDetails }),
    at: iso(row.at),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.id]) : null };
}
