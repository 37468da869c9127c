// Contributions shown to the public (types whose manifest has `publicContributions`: an idea board,
// a testimonial wall, a live Q&A): what the public sees, reports that hide a contribution until a
// moderator looks, official responses, corrections, and the live events that keep every viewer's
// list current. One set of rules for every such type; each type adds only what is its own.
import type { PublicContributionSpec } from '@participe/core/manifest';
import { toIssues, type OfficialResponseRequest, type PublicContribution, type ReportReason } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { ApiProblem, invalid } from '../http/errors.js';
import type { Queryable } from '../storage/database.js';
import { recordEvent } from '../storage/events.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import {
  addReport,
  closeReports,
  deleteResponse,
  hide,
  listPublicRows,
  lockContribution,
  publicRows,
  replacePayload,
  upsertResponse,
  visibleWhere,
  type PublicRow,
} from '../storage/public-contributions.js';
import { facetOf } from '../slices/registry.js';
import { maskDeclaredDetails } from './personal-data.js';

/** The live event kind telling viewers a contribution appeared, changed or is no longer public (core's `ContributionEvent`). */
export const CONTRIBUTION_EVENT = 'contribution';

/** How the type shows its contributions; undefined for types that never show them. */
export function publicSpec(initiative: InitiativeRecord): PublicContributionSpec<unknown, unknown> | undefined {
  return facetOf(initiative.type)?.manifest.publicContributions ?? undefined;
}

/** The type's spec, or a 404 for types whose contributions are never public. */
export function requirePublicSpec(initiative: InitiativeRecord): PublicContributionSpec<unknown, unknown> {
  const spec = publicSpec(initiative);
  if (!spec) throw new ApiProblem(404, 'not_found', 'The contributions of this initiative are not public.');
  return spec;
}

/** A field name or value the collector writes into SQL (the manifest's `publicWhen`): lowercase words only. */
const sqlWord = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The SQL condition for contributions the public may see under this initiative's moderation mode,
 * and only those whose author chose to be public when the type asks (`publicWhen`).
 */
export function visibleFor(initiative: InitiativeRecord, alias = 'c'): string {
  const visible = visibleWhere(initiative.settings.moderation, alias);
  const when = publicSpec(initiative)?.publicWhen;
  if (!when) return visible;
  if (!sqlWord.test(when.field) || !sqlWord.test(when.equals)) throw new Error(`${initiative.type}: publicWhen takes lowercase words only`);
  return `(${visible} AND ${alias}.payload->>'${when.field}' = '${when.equals}')`;
}

function toPublic(spec: PublicContributionSpec<unknown, unknown>, initiative: InitiativeRecord, row: PublicRow): PublicContribution {
  return { ...row, payload: spec.publicPayload(initiative.settings.definition, row.payload) };
}

/** These contributions as the public sees them, in the order given; those not public are left out. */
export async function loadPublic(db: Queryable, initiative: InitiativeRecord, ids: readonly string[]): Promise<PublicContribution[]> {
  const spec = requirePublicSpec(initiative);
  return (await publicRows(db, initiative.id, visibleFor(initiative), ids)).map((row) => toPublic(spec, initiative, row));
}

/** Public contributions, newest first, a page at a time. */
export async function listPublic(db: Queryable, initiative: InitiativeRecord, page: { topic?: string | undefined; cursor?: string | undefined; limit: number }) {
  const spec = requirePublicSpec(initiative);
  const rows = await listPublicRows(db, initiative.id, visibleFor(initiative), page);
  if (rows === 'bad_cursor') return rows;
  return { ...rows, items: rows.items.map((row) => toPublic(spec, initiative, row)) };
}

/**
 * Tells live viewers where these contributions stand now, inside `tx` (sent once it commits): the
 * public view of those public, `removed` for the others. Nothing for types that show none.
 */
export async function announceContributions(tx: Queryable, initiative: InitiativeRecord, ids: readonly string[], { publicOnly = false } = {}): Promise<void> {
  const spec = publicSpec(initiative);
  if (!spec || !ids.length) return;
  const shown = new Map((await loadPublic(tx, initiative, ids)).map((item) => [item.id, item]));
  // One its author kept from the public was never shown: not even its id goes to viewers.
  const neverPublic = new Set<string>();
  if (spec.publicWhen && !publicOnly) {
    const rows = await tx.query<{ id: string }>('SELECT id::text AS id FROM contributions WHERE id = ANY($1::uuid[]) AND payload->>$2 IS DISTINCT FROM $3', [ids, spec.publicWhen.field, spec.publicWhen.equals]);
    for (const row of rows) neverPublic.add(row.id);
  }
  for (const id of ids) {
    if (neverPublic.has(id)) continue;
    const item = shown.get(id);
    // `publicOnly`: a new contribution awaiting a moderator is not news to anyone.
    if (item || !publicOnly) await recordEvent(tx, initiative.id, CONTRIBUTION_EVENT, item ? { item } : { id, removed: true });
  }
}

/** Contributions deleted for good (by their author, an access request): viewers drop them. */
export async function announceRemoved(tx: Queryable, initiative: InitiativeRecord, ids: readonly string[]): Promise<void> {
  if (!publicSpec(initiative)) return;
  for (const id of ids) await recordEvent(tx, initiative.id, CONTRIBUTION_EVENT, { id, removed: true });
}

/**
 * A participant reports a public contribution. Once enough participants did (the type's
 * threshold), it is hidden from the public until a moderator reviews it, and viewers drop it.
 * Under the contribution's row lock, so racing reports count exactly. False when it is not public.
 */
export async function reportContribution(tx: Queryable, initiative: InitiativeRecord, id: string, participantHash: string, reason: ReportReason): Promise<boolean> {
  const spec = requirePublicSpec(initiative);
  if (!(await lockContribution(tx, initiative.id, id, visibleFor(initiative)))) return false;
  const open = await addReport(tx, initiative.id, id, participantHash, reason);
  if (open >= spec.reportThreshold(initiative.settings.definition) && (await hide(tx, id))) {
    await recordEvent(tx, initiative.id, CONTRIBUTION_EVENT, { id, removed: true });
  }
  return true;
}

/** A moderator decided about it: open reports no longer count, and viewers see where it stands. */
export async function afterModeration(tx: Queryable, initiative: InitiativeRecord, id: string): Promise<void> {
  await closeReports(tx, id);
  await announceContributions(tx, initiative, [id]);
}

/**
 * Gives a contribution its official response (null withdraws it). The status must be one the type
 * offers, a duplicate must point at another contribution of the same initiative. False when the
 * initiative has no such contribution.
 */
export async function respond(tx: Queryable, initiative: InitiativeRecord, id: string, response: OfficialResponseRequest | null, respondedBy: string | null): Promise<boolean> {
  const spec = requirePublicSpec(initiative);
  if (!(await lockContribution(tx, initiative.id, id))) return false;
  if (response === null) {
    await deleteResponse(tx, id);
  } else {
    if (!spec.responseStatuses.includes(response.status)) {
      throw invalid('This status is not one this initiative offers.', [{ path: 'status', code: 'invalid_value', params: { values: [...spec.responseStatuses] }, message: `must be one of ${spec.responseStatuses.map((s) => JSON.stringify(s)).join(', ')}` }]);
    }
    if (response.duplicateOf !== undefined) {
      const duplicateOf = response.duplicateOf;
      const [target] = await tx.query('SELECT id FROM contributions WHERE initiative_id = $1 AND id = $2', [initiative.id, duplicateOf]);
      if (duplicateOf === id || !target) {
        throw invalid('A duplicate must point at another contribution of this initiative.', [{ path: 'duplicateOf', code: 'not_another_contribution', message: 'must be the id of another contribution of this initiative' }]);
      }
    }
    await upsertResponse(tx, initiative.id, id, response, respondedBy);
  }
  await announceContributions(tx, initiative, [id]);
  return true;
}

/**
 * Staff correct a contribution (a typo, a personal detail): the new payload is checked like a new
 * contribution's, the citizen's original kept until retention. False when there is no such
 * contribution; 409 once it has been anonymised.
 */
export async function correctContribution(tx: Queryable, initiative: InitiativeRecord, id: string, payload: unknown): Promise<boolean> {
  const manifest = facetOf(initiative.type)?.manifest;
  if (!manifest) throw new ApiProblem(409, 'initiative_not_open', `This collector cannot check ${initiative.type} contributions.`);
  const checked = z.safeParse(manifest.payload(initiative.settings.definition), payload);
  if (!checked.success) throw invalid('The correction does not fit this initiative.', toIssues(checked.error.issues, ['payload']));
  if (!(await lockContribution(tx, initiative.id, id))) return false;
  // The author's choice of publication (`publicWhen`) is theirs: a correction keeps it.
  const when = publicSpec(initiative)?.publicWhen;
  if (when) {
    const [row] = await tx.query<{ choice: string | null }>('SELECT payload->>$3 AS choice FROM contributions WHERE initiative_id = $1 AND id = $2', [initiative.id, id, when.field]);
    const corrected = (checked.data as Record<string, unknown> | null)?.[when.field];
    if (row && corrected !== row.choice) {
      throw invalid('A correction keeps the author’s choice of publication.', [{ path: `payload.${when.field}`, code: 'author_choice', message: `must stay ${JSON.stringify(row.choice)}, as its author chose` }]);
    }
  }
  if (!(await replacePayload(tx, initiative.id, id, maskDeclaredDetails(initiative, checked.data)))) {
    throw new ApiProblem(409, 'anonymised', 'This contribution has been anonymised: there is nothing left to correct.');
  }
  await announceContributions(tx, initiative, [id]);
  return true;
}
