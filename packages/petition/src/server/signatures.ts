// The SQL of the petition's signatures table: one row per person (unique address key), states
// moved by confirmation and staff review, never a counter row.
import { ANONYMISED } from '@participe/core/schemas';
import type { Queryable, RetentionCutoff } from '@participe/core/server';
import type { QuarantinedSignature, SignatureState } from '../schema.js';

export interface NewSignature {
  initiativeId: string;
  emailKey: string;
  email: string;
  emailDomain: string;
  name: string;
  postalCode: string;
  region: string;
  language: 'fr' | 'en';
  reasons: string[];
  tokenHash: string;
  now: Date;
}

/** Stores a new signature awaiting confirmation; undefined when this address already signed (the existing row is locked). */
export async function insertSignature(tx: Queryable, s: NewSignature): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO petition_signatures (initiative_id, email_key, email, email_domain, name, postal_code, region, language, reasons, token_hash, signed_at, mailed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $11)
     ON CONFLICT (initiative_id, email_key) DO NOTHING RETURNING id::text AS id`,
    [s.initiativeId, s.emailKey, s.email, s.emailDomain, s.name, s.postalCode, s.region, s.language, s.reasons, s.tokenHash, s.now.toISOString()],
  );
  return row?.id;
}

export interface ExistingSignature {
  id: string;
  state: SignatureState;
  email: string | null;
  mailedAt: Date | null;
}

export async function lockSignatureByKey(tx: Queryable, initiativeId: string, emailKey: string): Promise<ExistingSignature | undefined> {
  const [row] = await tx.query(
    'SELECT id::text AS id, state, email, mailed_at FROM petition_signatures WHERE initiative_id = $1 AND email_key = $2 FOR UPDATE',
    [initiativeId, emailKey],
  );
  return row && { id: String(row.id), state: row.state as SignatureState, email: row.email === null ? null : String(row.email), mailedAt: row.mailed_at ? new Date(row.mailed_at as string) : null };
}

/** A pending signature gets a new link (the old one stops working); any signature notes when it was last mailed. */
export async function remailed(tx: Queryable, id: string, now: Date, tokenHash?: string): Promise<void> {
  await tx.query('UPDATE petition_signatures SET mailed_at = $2, token_hash = coalesce($3, token_hash) WHERE id = $1', [
    id,
    now.toISOString(),
    tokenHash ?? null,
  ]);
}

export interface TokenSignature {
  id: string;
  state: SignatureState;
  reasons: string[];
  mailedAt: Date | null;
}

/** The signature a link's token names, on this petition only; locked when `lock`. */
export async function signatureByToken(db: Queryable, initiativeId: string, tokenHash: string, lock: boolean): Promise<TokenSignature | undefined> {
  const [row] = await db.query(
    `SELECT id::text AS id, state, reasons, mailed_at FROM petition_signatures WHERE token_hash = $1 AND initiative_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tokenHash, initiativeId],
  );
  return row && { id: String(row.id), state: row.state as SignatureState, reasons: (row.reasons as string[]) ?? [], mailedAt: row.mailed_at ? new Date(row.mailed_at as string) : null };
}

/** Confirmed (counted) or, when something looked wrong, quarantined for review; the address is no longer needed and goes. */
export async function confirmSignature(tx: Queryable, id: string, state: 'confirmed' | 'quarantined', now: Date): Promise<void> {
  await tx.query('UPDATE petition_signatures SET state = $2, confirmed_at = $3, email = NULL WHERE id = $1', [id, state, now.toISOString()]);
}

export async function quarantined(db: Queryable, initiativeId: string, limit: number): Promise<QuarantinedSignature[]> {
  const rows = await db.query(
    `SELECT id::text AS id, name, region, email_domain, reasons, signed_at FROM petition_signatures
     WHERE initiative_id = $1 AND state = 'quarantined' ORDER BY signed_at, id LIMIT $2`,
    [initiativeId, limit],
  );
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    postalPrefix: String(row.region),
    emailDomain: String(row.email_domain ?? ''),
    reasons: (row.reasons as string[]) ?? [],
    signedAt: new Date(row.signed_at as string).toISOString(),
  }));
}

/** Staff decide on quarantined signatures: counted, or not. Returns how many changed. */
export async function review(tx: Queryable, initiativeId: string, ids: readonly string[], decision: 'validate' | 'invalidate', now: Date): Promise<number> {
  const rows = await tx.query(
    `UPDATE petition_signatures SET state = $3, reviewed_at = $4 WHERE initiative_id = $1 AND id = ANY($2::uuid[]) AND state = 'quarantined' RETURNING id`,
    [initiativeId, ids, decision === 'validate' ? 'confirmed' : 'invalidated', now.toISOString()],
  );
  return rows.length;
}

/**
 * Retention: names, addresses, their keys and links go, the postal code keeps its region; states
 * (hence counts) stay. Returns how many rows changed.
 */
export async function anonymiseSignatures(tx: Queryable, initiativeId: string, cutoff: RetentionCutoff, now: Date): Promise<number> {
  const params: unknown[] = [initiativeId, ANONYMISED, now.toISOString()];
  let age = '';
  if ('receivedBefore' in cutoff) {
    params.push(cutoff.receivedBefore.toISOString());
    age = ' AND signed_at <= $4::timestamptz';
  }
  const rows = await tx.query(
    `UPDATE petition_signatures SET name = $2, email = NULL, email_domain = NULL, email_key = NULL, token_hash = NULL, postal_code = region, anonymised_at = $3::timestamptz
     WHERE initiative_id = $1 AND anonymised_at IS NULL${age} RETURNING id`,
    params,
  );
  if ('all' in cutoff) {
    await tx.query('DELETE FROM petition_attempts WHERE initiative_id = $1', [initiativeId]);
    await tx.query('DELETE FROM petition_secrets WHERE initiative_id = $1', [initiativeId]);
  }
  return rows.length;
}
