import { createHmac } from 'node:crypto';
import type { Queryable } from '@participe/core/server';

const cache = new Map<string, string>();

/**
 * The petition's secret: made at its first use (two processes racing keep the same one), then
 * cached. 244 random bits from PostgreSQL's own generator.
 */
export async function petitionSecret(db: Queryable, initiativeId: string): Promise<string> {
  const cached = cache.get(initiativeId);
  if (cached) return cached;
  await db.query(
    `INSERT INTO petition_secrets (initiative_id, secret) VALUES ($1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))
     ON CONFLICT (initiative_id) DO NOTHING`,
    [initiativeId],
  );
  const [row] = await db.query<{ secret: string }>('SELECT secret FROM petition_secrets WHERE initiative_id = $1', [initiativeId]);
  cache.set(initiativeId, row!.secret);
  return row!.secret;
}

/** Retention deleted it: a later signature (a petition that never closes) gets a new one. */
export const forgetSecret = (initiativeId: string) => void cache.delete(initiativeId);

/** A keyed hash: stable for the petition, meaningless without its secret. */
export const keyed = (secret: string, purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}\0${value}`).digest('base64url');
