import { ANONYMISED } from '@participe/core/schemas';
import type { Queryable } from '@participe/core/server';

/**
 * Confirmed web signatures plus paper and phone ones staff keyed in (and did not reject): two
 * index-only counts, never a counter row every signature would queue on.
 */
export async function countSignatures(db: Queryable, initiativeId: string): Promise<number> {
  const [row] = await db.query<{ signatures: number }>(
    `SELECT (SELECT count(*) FROM petition_signatures WHERE initiative_id = $1 AND state = 'confirmed')
          + (SELECT count(*) FROM contributions WHERE initiative_id = $1 AND channel IN ('paper', 'phone') AND moderation_state <> 'rejected') AS signatures`,
    [initiativeId],
  );
  return Number(row?.signatures ?? 0);
}

/** Confirmed signatures by region (web and paper), most first. */
export async function countByRegion(db: Queryable, initiativeId: string): Promise<{ region: string; signatures: number }[]> {
  const rows = await db.query<{ region: string; signatures: number }>(
    `SELECT region, sum(n)::int AS signatures FROM (
       SELECT region, count(*) AS n FROM petition_signatures WHERE initiative_id = $1 AND state = 'confirmed' GROUP BY region
       UNION ALL
       -- Paper signatures past retention have no postal code left: their region is '' (unknown).
       SELECT CASE WHEN payload->>'postalCode' = $2 THEN '' ELSE upper(left(replace(payload->>'postalCode', ' ', ''), 3)) END AS region, count(*) AS n FROM contributions
       WHERE initiative_id = $1 AND channel IN ('paper', 'phone') AND moderation_state <> 'rejected' GROUP BY 1
     ) r GROUP BY region ORDER BY signatures DESC, region`,
    [initiativeId, ANONYMISED],
  );
  return rows.map((row) => ({ region: row.region, signatures: Number(row.signatures) }));
}

/** Web signatures not counted (yet): awaiting confirmation, or held for review. */
export async function uncounted(db: Queryable, initiativeId: string): Promise<{ pending: number; quarantined: number }> {
  const [row] = await db.query<{ pending: number; quarantined: number }>(
    `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending, count(*) FILTER (WHERE state = 'quarantined')::int AS quarantined
     FROM petition_signatures WHERE initiative_id = $1 AND state IN ('pending', 'quarantined')`,
    [initiativeId],
  );
  return { pending: Number(row?.pending ?? 0), quarantined: Number(row?.quarantined ?? 0) };
}
