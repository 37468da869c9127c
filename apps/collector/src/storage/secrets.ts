import { randomBytes } from 'node:crypto';
import type { Queryable } from './database.js';

/**
 * A random secret every process of this collector shares: made by whichever asks first, then read
 * by all (so that, say, a client's rate-limit key is the same on every process).
 */
export async function sharedSecret(db: Queryable, name: string): Promise<Buffer> {
  await db.query(`INSERT INTO instance_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, randomBytes(32)]);
  const [row] = await db.query<{ value: Uint8Array }>(`SELECT value FROM instance_secrets WHERE name = $1`, [name]);
  return Buffer.from(row!.value);
}
