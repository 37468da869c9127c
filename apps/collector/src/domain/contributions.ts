import { availability, contextProblems, toIssues, type Channel, type Language, type ModerationState } from '@participe/core/schemas';
import * as z from 'zod/mini';
import type { Queryable } from '../storage/database.js';
import { ApiProblem, invalid } from '../http/errors.js';
import { canonicalJson, participantHash, sha256 } from '../security/hash.js';
import { isFull, participationLimits } from './participation.js';
import { deleteContributions, findByIdempotencyKey, participantContributions, rejectWebContributionsBetween, setModerationState, storeContribution, type NewContribution, type StoreOutcome } from '../storage/contributions.js';
import { recordEvent } from '../storage/events.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { countParticipations, countResponses, hasParticipated, lockUntilCommit, participantLock, responsesLock } from '../storage/participation.js';
import { publicView } from './views.js';
import { maskDeclaredDetails } from './personal-data.js';
import { afterModeration, announceContributions, announceRemoved } from './public-contributions.js';
import { facetOf, serverInitiative } from '../slices/registry.js';

export interface Submission {
  idempotencyKey: string;
  participant: string;
  channel: Channel;
  language: Language;
  payload: unknown;
  /** Context from the host page (web contributions). */
  context?: Readonly<Record<string, string>> | undefined;
  enteredBy: string | null;
}

/**
 * `pre` waits for a moderator before showing; `post` shows at once and awaits review; `none` needs
 * none. The organisation's own posts need no moderator.
 */
const initialModeration = (initiative: InitiativeRecord, channel: Channel): ModerationState =>
  initiative.settings.moderation === 'none' || channel === 'organisation' ? 'approved' : 'pending';

const formatDate = (instant: string) => new Date(instant).toISOString();

/** Why the initiative cannot take this contribution now, if it cannot. */
function stateRefusal(initiative: InitiativeRecord, submission: Submission, now: Date): ApiProblem | undefined {
  const { opensAt, closesAt } = initiative.settings;
  const state = availability({ status: initiative.status, opensAt, closesAt }, now);
  // Paper forms posted before the deadline may arrive after it: staff can still key them in.
  if (state === 'closed' && submission.channel === 'web') {
    return new ApiProblem(409, 'initiative_closed', `This initiative is closed${closesAt ? ` since ${formatDate(closesAt)}` : ''}: it no longer accepts contributions.`);
  }
  if (state === 'upcoming') {
    return new ApiProblem(409, 'initiative_not_open', opensAt ? `This initiative opens on ${formatDate(opensAt)}; try again then.` : 'This initiative is not open yet.');
  }
  return undefined;
}

/** Each initiative's payload schema, made once per looked-up record (the cache hands out the same one for a while). */
const payloadSchemas = new WeakMap<InitiativeRecord, z.ZodMiniType>();

function payloadSchema(initiative: InitiativeRecord): z.ZodMiniType {
  const made = payloadSchemas.get(initiative);
  if (made) return made;
  const manifest = facetOf(initiative.type)?.manifest;
  if (!manifest) throw new ApiProblem(409, 'initiative_not_open', `This collector cannot take ${initiative.type} contributions.`);
  const schema = manifest.payload(initiative.settings.definition);
  payloadSchemas.set(initiative, schema);
  return schema;
}

/** Context values the initiative declares, each fitting its field; refused otherwise, never stored as sent. */
function checkContext(initiative: InitiativeRecord, context: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> | null {
  if (!context || Object.keys(context).length === 0) return null;
  const problems = contextProblems(initiative.settings.context, context);
  if (problems.length) {
    throw invalid(
      'The context does not fit this initiative.',
      problems.map(({ name, code, message, params }) => ({ path: `context.${name}`, code, message, params })),
    );
  }
  return context;
}

/** The payload as stored: the schema's output, with the details its type says must not be kept masked. */
function checkPayload(initiative: InitiativeRecord, payload: unknown): unknown {
  const result = z.safeParse(payloadSchema(initiative), payload);
  if (!result.success) throw invalid('The contribution does not fit this initiative.', toIssues(result.error.issues, ['payload']));
  return maskDeclaredDetails(initiative, result.data);
}

const alreadyParticipated = () =>
  new ApiProblem(409, 'already_participated', 'This participant has already answered: this initiative accepts one response per participant.');

const participantLimitReached = (limit: number) =>
  new ApiProblem(409, 'participant_limit_reached', `This participant has already sent ${limit} contributions, the most this initiative accepts from one participant.`);

const capReachedRefusal = (cap: number) =>
  new ApiProblem(409, 'initiative_closed', `This survey has reached its maximum number of responses (${cap}): it no longer accepts contributions.`);

/** A contribution checked without the database: the row to store, or why it is refused. */
export type Prepared =
  | { row: NewContribution; limited: boolean; refusal?: undefined }
  | { row?: undefined; refusal: ApiProblem; bodyHash: string; idempotencyKey: string };

/**
 * What can be decided without the database: whether the initiative takes contributions now, and
 * whether the payload fits it (the stored payload is the schema's output: texts trimmed, codes
 * normalised). `limited` marks initiatives whose limits need locks and counts at insert time.
 */
export function prepareContribution(initiative: InitiativeRecord, submission: Submission, now: Date): Prepared {
  const bodyHash = sha256(
    canonicalJson({
      participant: submission.participant,
      channel: submission.channel,
      language: submission.language,
      payload: submission.payload,
      enteredBy: submission.enteredBy,
      // Only when sent: contributions stored before context existed keep their hash.
      ...(submission.context && { context: submission.context }),
    }),
  );
  let payload: unknown;
  let context: Readonly<Record<string, string>> | null;
  try {
    const refusal = stateRefusal(initiative, submission, now);
    if (refusal) throw refusal;
    payload = checkPayload(initiative, submission.payload);
    context = checkContext(initiative, submission.context);
  } catch (refusal) {
    if (!(refusal instanceof ApiProblem)) throw refusal;
    return { refusal, bodyHash, idempotencyKey: submission.idempotencyKey };
  }
  const { onePerParticipant, responseCap, perParticipant } = participationLimits(initiative);
  return {
    limited: responseCap !== undefined || ((onePerParticipant || perParticipant !== undefined) && submission.channel === 'web'),
    row: {
      initiativeId: initiative.id,
      idempotencyKey: submission.idempotencyKey,
      bodyHash,
      // Only this pseudonym is stored, checked and locked on: never the id the browser holds.
      participantHash: participantHash(initiative.id, submission.participant),
      channel: submission.channel,
      language: submission.language,
      payload,
      context,
      moderationState: initialModeration(initiative, submission.channel),
      enteredBy: submission.enteredBy,
    },
  };
}

/**
 * Checks and stores a contribution, once per idempotency key, inside the caller's transaction. A
 * retry of an accepted contribution gets the first answer even if the initiative has closed (or
 * its definition changed, or its cap was reached) since.
 */
export async function acceptContribution(tx: Queryable, initiative: InitiativeRecord, submission: Submission, now: Date): Promise<StoreOutcome> {
  return acceptPrepared(tx, initiative, prepareContribution(initiative, submission, now));
}

/**
 * Stores a prepared contribution (see `acceptContribution`). Limits are checked under advisory
 * locks held until the transaction ends, so concurrent submissions cannot both pass a check: per
 * initiative when it has a response cap (every insert queues, staff entries too, so the count is
 * exact), per participant when it takes one response each. Staff entries are never refused by either
 * limit (paper forms arrive late, and carry no browser's participant id), but they count as responses.
 */
export async function acceptPrepared(tx: Queryable, initiative: InitiativeRecord, prepared: Prepared): Promise<StoreOutcome> {
  if (prepared.refusal) {
    const earlier = await findByIdempotencyKey(tx, initiative.id, prepared.idempotencyKey, prepared.bodyHash);
    if (earlier) return earlier;
    throw prepared.refusal;
  }
  const { row } = prepared;
  const { onePerParticipant, responseCap, perParticipant } = participationLimits(initiative);
  const limitedParticipant = (onePerParticipant || perParticipant !== undefined) && row.channel === 'web';
  const participant = row.participantHash;
  // Always in this order (initiative, then participant), so that two transactions never wait on each other.
  if (responseCap !== undefined) await lockUntilCommit(tx, responsesLock(initiative.id));
  if (limitedParticipant) await lockUntilCommit(tx, participantLock(initiative.id, participant));
  if (responseCap !== undefined || limitedParticipant) {
    // Under the lock, a retry that raced its first try now sees it committed.
    const earlier = await findByIdempotencyKey(tx, initiative.id, row.idempotencyKey, row.bodyHash);
    if (earlier) return earlier;
  }
  if (onePerParticipant && limitedParticipant && (await hasParticipated(tx, initiative.id, participant))) throw alreadyParticipated();
  if (perParticipant !== undefined && limitedParticipant && (await countParticipations(tx, initiative.id, participant)) >= perParticipant) {
    throw participantLimitReached(perParticipant);
  }
  const responses = responseCap === undefined ? 0 : await countResponses(tx, initiative.id);
  if (responseCap !== undefined && responses >= responseCap && row.channel === 'web') throw capReachedRefusal(responseCap);

  const stored = await storeContribution(tx, row);
  if (stored.outcome === 'created' && responses + 1 === responseCap) {
    // The response that fills the survey tells live widgets it is now closed (on commit only).
    await recordEvent(tx, initiative.id, 'initiative', publicView(initiative, true));
  }
  // Shown at once (no moderation, post-moderation, the organisation's post): live walls add it.
  if (stored.outcome === 'created') await announceContributions(tx, initiative, [stored.id], { publicOnly: true });
  return stored;
}

/**
 * Approves or rejects a contribution (false when the initiative has no such contribution), with
 * the reason its author reads when rejected. On a capped initiative a rejection frees a place and
 * an approval may take one back: under the same lock as inserts, live viewers hear when that opens
 * or closes it. Public walls hear that it appeared or left, and its open reports are closed.
 */
export async function moderateContribution(tx: Queryable, initiative: InitiativeRecord, id: string, state: ModerationState, reason?: string): Promise<boolean> {
  const capped = participationLimits(initiative).responseCap !== undefined;
  if (capped) await lockUntilCommit(tx, responsesLock(initiative.id));
  const wasFull = capped && (await isFull(tx, initiative));
  if (!(await setModerationState(tx, initiative.id, id, state, reason))) return false;
  if (capped) {
    const full = await isFull(tx, initiative);
    if (full !== wasFull) await recordEvent(tx, initiative.id, 'initiative', publicView(initiative, full));
  }
  await afterModeration(tx, initiative, id);
  return true;
}

/**
 * Rejects, in one go, the web contributions received in `[from, to)` that are not rejected yet (a
 * burst of made-up participants): on a capped initiative this frees their places, under the same
 * lock as inserts, and live viewers hear when that reopens it. Returns how many were rejected.
 */
export async function rejectReceivedBetween(tx: Queryable, initiative: InitiativeRecord, from: string, to: string, reason?: string): Promise<number> {
  const capped = participationLimits(initiative).responseCap !== undefined;
  if (capped) await lockUntilCommit(tx, responsesLock(initiative.id));
  const wasFull = capped && (await isFull(tx, initiative));
  const ids = await rejectWebContributionsBetween(tx, initiative.id, from, to, reason);
  if (capped) {
    const full = await isFull(tx, initiative);
    if (full !== wasFull) await recordEvent(tx, initiative.id, 'initiative', publicView(initiative, full));
  }
  for (const id of ids) await afterModeration(tx, initiative, id);
  return ids.length;
}

/**
 * Deletes contributions of one initiative for good (a participant's own, or those an access
 * request names). On a capped initiative this frees places: under the same lock as inserts, live
 * viewers hear when that reopens it. Returns how many were deleted.
 */
export async function eraseContributions(tx: Queryable, initiative: InitiativeRecord, ids: readonly string[]): Promise<number> {
  const capped = participationLimits(initiative).responseCap !== undefined;
  if (capped) await lockUntilCommit(tx, responsesLock(initiative.id));
  const wasFull = capped && (await isFull(tx, initiative));
  const deleted = await deleteContributions(tx, initiative.id, ids);
  if (capped) {
    const full = await isFull(tx, initiative);
    if (full !== wasFull) await recordEvent(tx, initiative.id, 'initiative', publicView(initiative, full));
  }
  // Public walls drop them (their viewers may have been shown them).
  await announceRemoved(tx, initiative, deleted);
  return deleted.length;
}

/**
 * Deletes every web contribution of one participant (by the hash kept of its id) to the
 * initiative; 0 when there is none. Takes the locks a submission takes, in the same order, so that
 * a response racing the deletion is either deleted with the rest or stored after it.
 */
export async function eraseParticipant(tx: Queryable, initiative: InitiativeRecord, participantHash: string): Promise<number> {
  if (participationLimits(initiative).responseCap !== undefined) await lockUntilCommit(tx, responsesLock(initiative.id));
  await lockUntilCommit(tx, participantLock(initiative.id, participantHash));
  const mine = await participantContributions(tx, initiative.id, participantHash, true);
  // What the type keeps of its own under this pseudonym (votes, say) goes too.
  await facetOf(initiative.type)?.forgetParticipant?.(tx, serverInitiative(initiative), participantHash);
  return mine.length ? eraseContributions(tx, initiative, mine.map((contribution) => contribution.id)) : 0;
}

export const idempotencyConflict = () =>
  new ApiProblem(409, 'idempotency_conflict', 'This idempotency key was already used for a different contribution; generate a new key for new content.');
