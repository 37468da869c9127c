import type { AnyInitiativeSettings, InitiativeStatus, Organisation } from '@participe/core/schemas';
import type { Queryable, Row } from './database.js';
import { iso } from './rows.js';

/** An initiative as stored, with its owner. `settings` passed the type's settings schema when written. */
export interface InitiativeRecord {
  id: string;
  type: string;
  organisation: Organisation;
  settings: AnyInitiativeSettings;
  status: InitiativeStatus;
  resultsPublished: boolean;
  createdAt: string;
  updatedAt: string;
  /** Web contributions accepted per minute at most, across processes; null or absent: no ceiling. */
  submissionsPerMinute?: number | null;
}

// The ceiling is read through to_jsonb so that these reads also work on a database not yet
// migrated to it (the demo seed runs on older schemas in the migration tests).
const columns = `i.id, i.type, i.settings, i.status, i.results_published, i.created_at, i.updated_at,
  (to_jsonb(i) ->> 'submissions_per_minute')::int AS submissions_per_minute,
  o.id AS organisation_id, o.name_fr, o.name_en`;

function toRecord(row: Row): InitiativeRecord {
  return {
    id: String(row.id),
    type: String(row.type),
    organisation: { id: String(row.organisation_id), name: { fr: String(row.name_fr), en: String(row.name_en) } },
    settings: row.settings as AnyInitiativeSettings,
    status: row.status as InitiativeStatus,
    resultsPublished: Boolean(row.results_published),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    submissionsPerMinute: row.submissions_per_minute == null ? null : Number(row.submissions_per_minute),
  };
}

/** Sets or lifts (null) an initiative's ceiling on web contributions per minute. */
export async function setSubmissionsPerMinute(db: Queryable, id: string, perMinute: number | null): Promise<void> {
  await db.query('UPDATE initiatives SET submissions_per_minute = $2 WHERE id = $1', [id, perMinute]);
}

/** Any organisation's initiative: for the public API, which then hides drafts. */
export async function findInitiative(db: Queryable, id: string): Promise<InitiativeRecord | undefined> {
  const [row] = await db.query(`SELECT ${columns} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1`, [id]);
  return row && toRecord(row);
}

/** One organisation's initiative: another organisation's id is simply not found. */
export async function findOwnInitiative(db: Queryable, organisationId: string, id: string, lock = false): Promise<InitiativeRecord | undefined> {
  const [row] = await db.query(
    `SELECT ${columns} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id
     WHERE i.id = $1 AND i.organisation_id = $2${lock ? ' FOR UPDATE OF i' : ''}`,
    [id, organisationId],
  );
  return row && toRecord(row);
}

export interface InitiativeWithCount extends InitiativeRecord {
  contributionCount: number;
  /** Contributions not rejected: what a response cap counts. */
  responseCount: number;
}

export async function listOwnInitiatives(db: Queryable, organisationId: string): Promise<InitiativeWithCount[]> {
  const rows = await db.query(
    `SELECT ${columns}, n.contribution_count, n.response_count
     FROM initiatives i JOIN organisations o ON o.id = i.organisation_id
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS contribution_count, count(*) FILTER (WHERE c.moderation_state <> 'rejected')::int AS response_count
       FROM contributions c WHERE c.initiative_id = i.id
     ) n
     WHERE i.organisation_id = $1 ORDER BY i.created_at DESC, i.id`,
    [organisationId],
  );
  return rows.map((row) => ({ ...toRecord(row), contributionCount: Number(row.contribution_count), responseCount: Number(row.response_count) }));
}

/** Every contribution, and those that count as responses (not rejected), in one pass. */
export async function countContributions(db: Queryable, initiativeId: string): Promise<{ contributionCount: number; responseCount: number }> {
  const [row] = await db.query<{ contributions: number; responses: number }>(
    `SELECT count(*)::int AS contributions, count(*) FILTER (WHERE moderation_state <> 'rejected')::int AS responses
     FROM contributions WHERE initiative_id = $1`,
    [initiativeId],
  );
  return { contributionCount: Number(row?.contributions ?? 0), responseCount: Number(row?.responses ?? 0) };
}

/** Inserts a draft; false when the id is already taken (ids are global: they appear in embed snippets). */
export async function insertInitiative(db: Queryable, organisationId: string, settings: AnyInitiativeSettings): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO initiatives (id, organisation_id, type, settings) VALUES ($1, $2, $3, $4::jsonb)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [settings.id, organisationId, settings.type, JSON.stringify(settings)],
  );
  return rows.length === 1;
}

export async function updateSettings(db: Queryable, id: string, settings: AnyInitiativeSettings): Promise<void> {
  await db.query('UPDATE initiatives SET settings = $2::jsonb, updated_at = now() WHERE id = $1', [id, JSON.stringify(settings)]);
}

export async function updateStatus(db: Queryable, id: string, status: InitiativeStatus): Promise<void> {
  await db.query('UPDATE initiatives SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

export async function updateResultsPublished(db: Queryable, id: string, published: boolean): Promise<void> {
  await db.query('UPDATE initiatives SET results_published = $2, updated_at = now() WHERE id = $1', [id, published]);
}

/**
 * Every organisation's initiatives that still hold contributions not anonymised: what the retention
 * job looks at (the collector's own work, not a staff request, hence no organisation scope).
 */
export async function initiativesWithPersonalData(db: Queryable): Promise<InitiativeRecord[]> {
  const rows = await db.query(
    `SELECT ${columns} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id
     WHERE EXISTS (SELECT 1 FROM contributions c WHERE c.initiative_id = i.id AND c.anonymised_at IS NULL)
     ORDER BY i.id`,
  );
  return rows.map(toRecord);
}

/** Every initiative of these types (those whose own tables keep personal data: retention looks there too). */
export async function initiativesOfTypes(db: Queryable, types: readonly string[]): Promise<InitiativeRecord[]> {
  if (!types.length) return [];
  const rows = await db.query(`SELECT ${columns} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id WHERE i.type = ANY($1::text[]) ORDER BY i.id`, [types]);
  return rows.map(toRecord);
}

/** One organisation's initiatives, any status: where an access request looks. */
export async function organisationInitiatives(db: Queryable, organisationId: string): Promise<InitiativeRecord[]> {
  const rows = await db.query(`SELECT ${columns} FROM initiatives i JOIN organisations o ON o.id = i.organisation_id WHERE i.organisation_id = $1 ORDER BY i.id`, [
    organisationId,
  ]);
  return rows.map(toRecord);
}
