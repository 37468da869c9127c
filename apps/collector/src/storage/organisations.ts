import type { Organisation } from '@participe/core/schemas';
import type { Queryable } from './database.js';

export async function upsertOrganisation(db: Queryable, organisation: Organisation): Promise<void> {
  await db.query(
    `INSERT INTO organisations (id, name_fr, name_en) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en`,
    [organisation.id, organisation.name.fr, organisation.name.en],
  );
}

export async function findOrganisation(db: Queryable, id: string): Promise<Organisation | undefined> {
  const [row] = await db.query<{ id: string; name_fr: string; name_en: string }>(
    'SELECT id, name_fr, name_en FROM organisations WHERE id = $1',
    [id],
  );
  return row && { id: row.id, name: { fr: row.name_fr, en: row.name_en } };
}
