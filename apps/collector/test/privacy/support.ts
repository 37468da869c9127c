import type { Database, Queryable } from '../../src/storage/database.js';
import type { Harness } from '../support/harness.js';

/** Every table the collector owns (its migrations' bookkeeping aside). */
export async function tables(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

/**
 * The tables holding `needle` anywhere in a row (every column, as text, case-insensitively): a
 * participant id, an address, an email must appear in none of those they must not reach.
 */
export async function tablesContaining(db: Queryable, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tables(db)) {
    const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}" t WHERE strpos(lower(t::text), lower($1)) > 0`, [needle]);
    if (Number(row!.count) > 0) found.push(table);
  }
  return found;
}

/** The contribution rows of one initiative as stored, oldest first. */
export async function storedRows(db: Queryable, initiativeId: string) {
  return db.query<{
    id: string;
    payload: unknown;
    participant_hash: string | null;
    idempotency_key: string | null;
    body_hash: string | null;
    anonymised_at: Date | null;
    received_at: Date;
  }>(
    `SELECT id, payload, participant_hash, idempotency_key, body_hash, anonymised_at, received_at FROM contributions WHERE initiative_id = $1 ORDER BY received_at, id`,
    [initiativeId],
  );
}

/** Audit rows of an action, newest last, as stored. */
export async function auditRows(db: Database, action: string) {
  return db.query<{ actor_kind: string; actor_id: string | null; target_type: string; target_id: string | null; details: unknown; organisation_id: string }>(
    'SELECT actor_kind, actor_id, target_type, target_id, details, organisation_id FROM audit_log WHERE action = $1 ORDER BY id',
    [action],
  );
}

/** A participant's own request, as the widget sends it from an allowed page. */
export const selfService = (h: Harness, initiative: string, origin: string, participant: unknown, route: 'read' | 'delete' = 'read') =>
  h.app.inject({
    method: 'POST',
    url: `/v1/initiatives/${initiative}/my-contributions${route === 'delete' ? '/deletion' : ''}`,
    headers: { origin },
    payload: { participant },
  });

/** Every leaf of a JSON value, by dotted path (`answers.services.other`). */
export function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) for (const [path, leaf] of leaves(item, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  } else {
    out.set(prefix, value);
  }
  return out;
}
