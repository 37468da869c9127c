// The wall's SQL: published testimonials of one service a page at a time, and the per-service
// summary. Visibility is the collector's rule (`visibleWhere`), never rewritten here.
import type { Queryable } from '@participe/core/server';
import type { ServiceSummary } from '../schema.js';

/** A position in the wall: the last testimonial shown (received at, id). */
export type WallPosition = readonly [receivedAt: string, id: string];

/** Published testimonials' ids, newest first, after `after`; with how many match. */
export async function wallPage(
  db: Queryable,
  page: { initiativeId: string; visible: string; service: string | undefined; after: WallPosition | undefined; limit: number },
): Promise<{ ids: string[]; next: WallPosition | null; total: number }> {
  const params: unknown[] = [page.initiativeId];
  let where = `c.initiative_id = $1 AND ${page.visible}`;
  if (page.service) {
    params.push(page.service);
    where += ` AND c.payload->>'service' = $${params.length}`;
  }
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM contributions c WHERE ${where}`, params);
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    where += ` AND (c.received_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(page.limit + 1);
  const rows = await db.query<{ id: string; received_at: string | Date }>(
    `SELECT c.id::text AS id, c.received_at FROM contributions c WHERE ${where} ORDER BY c.received_at DESC, c.id DESC LIMIT $${params.length}`,
    params,
  );
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const next: WallPosition | null = rows.length > page.limit && last ? [new Date(last.received_at).toISOString(), last.id] : null;
  return { ids: shown.map((row) => row.id), next, total: Number(count?.total ?? 0) };
}

/**
 * Per service, every testimonial a moderator approved, whatever its author's visibility (that is
 * what "statistics only" is for): how many, how many rated, their mean rating to one decimal.
 */
export async function serviceSummary(db: Queryable, initiativeId: string, services: readonly string[]): Promise<ServiceSummary[]> {
  const rows = await db.query<{ service: string; count: number; rated: number; average: string | number | null }>(
    `SELECT c.payload->>'service' AS service, count(*)::int AS count,
       count(*) FILTER (WHERE jsonb_typeof(c.payload->'rating') = 'number')::int AS rated,
       round(avg((c.payload->>'rating')::numeric) FILTER (WHERE jsonb_typeof(c.payload->'rating') = 'number'), 1) AS average
     FROM contributions c WHERE c.initiative_id = $1 AND c.moderation_state = 'approved' GROUP BY 1`,
    [initiativeId],
  );
  const byService = new Map(rows.map((row) => [row.service, row]));
  // Every service the definition lists, in its order (none yet: zero), then any it no longer lists.
  const order = [...services, ...rows.map((row) => row.service).filter((service) => !services.includes(service))];
  return order.map((service) => {
    const row = byService.get(service);
    return { service, count: Number(row?.count ?? 0), rated: Number(row?.rated ?? 0), average: row?.average == null ? null : Number(row.average) };
  });
}
