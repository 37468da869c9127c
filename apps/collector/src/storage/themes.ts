import { randomUUID } from 'node:crypto';
import type { CodableText, Theme, ThemeRequest } from '@participe/core/schemas';
import type { Queryable, Row } from './database.js';

/** A free-text answer's payload path as PostgreSQL's `#>>` reads it: `answers.q3` → `{answers,q3}` (ids are checked patterns). */
export const pathArray = (field: string) => `{${field.split('.').join(',')}}`;

/**
 * The SQL condition "this contribution is there to be coded on `field`": always for the whole
 * contribution, only when it holds a non-blank answer for a free-text answer. `$n` is the path.
 */
export const answeredOn = (field: string, placeholder: string) => (field === '' ? 'true' : `NULLIF(btrim(contributions.payload #>> ${placeholder}::text[]), '') IS NOT NULL`);

const toTheme = (row: Row, counts: Record<string, number> = {}): Theme => ({
  id: String(row.id),
  name: { fr: String(row.name_fr), en: String(row.name_en) },
  colour: row.colour == null ? null : String(row.colour),
  counts,
});

/** An initiative's themes, oldest first, each with its counts per field. */
export async function listThemes(db: Queryable, initiativeId: string): Promise<Theme[]> {
  const rows = await db.query(
    `SELECT t.id, t.name_fr, t.name_en, t.colour,
       (SELECT jsonb_object_agg(x.field, x.n) FROM (
          SELECT ct.field, count(*)::int AS n FROM contribution_themes ct WHERE ct.theme_id = t.id GROUP BY ct.field
        ) x) AS counts
     FROM themes t WHERE t.initiative_id = $1 ORDER BY t.created_at, t.id`,
    [initiativeId],
  );
  return rows.map((row) => toTheme(row, (row.counts as Record<string, number> | null) ?? {}));
}

export async function createTheme(db: Queryable, initiativeId: string, request: ThemeRequest): Promise<Theme> {
  const [row] = await db.query(
    'INSERT INTO themes (id, initiative_id, name_fr, name_en, colour) VALUES ($1, $2, $3, $4, $5) RETURNING id, name_fr, name_en, colour',
    [randomUUID(), initiativeId, request.name.fr, request.name.en, request.colour ?? null],
  );
  return toTheme(row!);
}

/** Renames or recolours a theme; undefined when the initiative has no such theme. */
export async function updateTheme(db: Queryable, initiativeId: string, id: string, request: ThemeRequest): Promise<Theme | undefined> {
  const [row] = await db.query(
    'UPDATE themes SET name_fr = $3, name_en = $4, colour = $5 WHERE initiative_id = $1 AND id = $2 RETURNING id, name_fr, name_en, colour',
    [initiativeId, id, request.name.fr, request.name.en, request.colour ?? null],
  );
  return row && (await listThemes(db, initiativeId)).find((theme) => theme.id === id);
}

/** Deletes a theme and its assignments (the contributions stay as they are); the number of contributions it was on, or undefined. */
export async function deleteTheme(db: Queryable, initiativeId: string, id: string): Promise<number | undefined> {
  const [counted] = await db.query<{ n: number }>('SELECT count(DISTINCT contribution_id)::int AS n FROM contribution_themes WHERE theme_id = $1 AND initiative_id = $2', [id, initiativeId]);
  const deleted = await db.query('DELETE FROM themes WHERE initiative_id = $1 AND id = $2 RETURNING id', [initiativeId, id]);
  return deleted.length ? Number(counted!.n) : undefined;
}

/** Which of `ids` are themes of this initiative. */
export async function ownThemes(db: Queryable, initiativeId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id FROM themes WHERE initiative_id = $1 AND id = ANY($2::uuid[])', [initiativeId, ids]);
  return new Set(rows.map((row) => String(row.id)));
}

/** Which of `ids` are contributions of this initiative. */
export async function ownContributions(db: Queryable, initiativeId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>('SELECT id FROM contributions WHERE initiative_id = $1 AND id = ANY($2::uuid[])', [initiativeId, ids]);
  return new Set(rows.map((row) => String(row.id)));
}

/** Adds `themes` to `contributions` on `field` (those already there stay); the rows added. */
export async function addThemes(db: Queryable, initiativeId: string, field: string, contributions: readonly string[], themes: readonly string[]): Promise<number> {
  if (!contributions.length || !themes.length) return 0;
  const rows = await db.query(
    `INSERT INTO contribution_themes (contribution_id, field, theme_id, initiative_id)
     SELECT c.id, $3, t.id, $1 FROM contributions c, themes t
     WHERE c.initiative_id = $1 AND c.id = ANY($2::uuid[]) AND t.initiative_id = $1 AND t.id = ANY($4::uuid[])
     ON CONFLICT DO NOTHING RETURNING contribution_id`,
    [initiativeId, contributions, field, themes],
  );
  return rows.length;
}

/** Removes `themes` (all of them when null) from `contributions` on `field`; the rows removed. */
export async function removeThemes(db: Queryable, initiativeId: string, field: string, contributions: readonly string[], themes: readonly string[] | null): Promise<number> {
  if (!contributions.length || themes?.length === 0) return 0;
  const rows = await db.query(
    `DELETE FROM contribution_themes WHERE initiative_id = $1 AND contribution_id = ANY($2::uuid[]) AND field = $3
     ${themes ? 'AND theme_id = ANY($4::uuid[])' : ''} RETURNING contribution_id`,
    themes ? [initiativeId, contributions, field, themes] : [initiativeId, contributions, field],
  );
  return rows.length;
}

/**
 * How many contributions there are to code on each field (the whole contribution, and each free-text
 * answer among those that answered it), and how many of them have no theme yet there. One pass.
 */
export async function codingProgress(db: Queryable, initiativeId: string, fields: readonly CodableText[]): Promise<{ total: Record<string, number>; uncoded: Record<string, number> }> {
  const all = ['', ...fields.map((field) => field.id)];
  const params: unknown[] = [initiativeId];
  const selects = all.flatMap((field, index) => {
    let answered = 'true';
    if (field !== '') {
      params.push(pathArray(field));
      answered = answeredOn(field, `$${params.length}`);
    }
    params.push(field);
    const uncoded = `NOT EXISTS (SELECT 1 FROM contribution_themes ct WHERE ct.contribution_id = contributions.id AND ct.field = $${params.length})`;
    return [`count(*) FILTER (WHERE ${answered})::int AS t${index}`, `count(*) FILTER (WHERE ${answered} AND ${uncoded})::int AS u${index}`];
  });
  const [row] = await db.query(`SELECT ${selects.join(', ')} FROM contributions WHERE initiative_id = $1`, params);
  const total: Record<string, number> = {};
  const uncoded: Record<string, number> = {};
  all.forEach((field, index) => {
    total[field] = Number(row![`t${index}`]);
    uncoded[field] = Number(row![`u${index}`]);
  });
  return { total, uncoded };
}
