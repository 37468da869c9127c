import { availability, toIssues, typeSchemas, type Channel, type Language, type ModerationState } from '@participe/core/schemas';
import * as z from 'zod/mini';
import type { Queryable } from './db/database.js';
import { ApiProblem, invalid } from './errors.js';
import { canonicalJson, sha256 } from './hash.js';
import { findByIdempotencyKey, storeContribution, type StoreOutcome } from './store/contributions.js';
import type { InitiativeRecord } from './store/initiatives.js';

export interface Submission {
  idempotencyKey: string;
  participant: string;
  channel: Channel;
  language: Language;
  payload: unknown;
  enteredBy: string | null;
}

/** `pre` waits for a moderator before showing; `post` shows at once and awaits review; `none` needs none. */
const initialModeration = (initiative: InitiativeRecord): ModerationState => (initiative.settings.moderation === 'none' ? 'approved' : 'pending');

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

function checkPayload(initiative: InitiativeRecord, payload: unknown): unknown {
  const schemas = typeSchemas[initiative.type];
  if (!schemas) throw new ApiProblem(409, 'initiative_not_open', `This collector cannot take ${initiative.type} contributions yet.`);
  const result = z.safeParse(schemas.payload(initiative.settings.definition), payload);
  if (!result.success) throw invalid('The contribution does not fit this initiative.', toIssues(result.error.issues, ['payload']));
  return result.data;
}

/**
 * Checks and stores a contribution, once per idempotency key. A retry of an accepted contribution
 * gets the first answer even if the initiative has closed (or its definition changed) since.
 */
export async function acceptContribution(db: Queryable, initiative: InitiativeRecord, submission: Submission, now: Date): Promise<StoreOutcome> {
  const bodyHash = sha256(
    canonicalJson({
      participant: submission.participant,
      channel: submission.channel,
      language: submission.language,
      payload: submission.payload,
      enteredBy: submission.enteredBy,
    }),
  );
  let payload: unknown;
  try {
    const refusal = stateRefusal(initiative, submission, now);
    if (refusal) throw refusal;
    payload = checkPayload(initiative, submission.payload);
  } catch (refusal) {
    const earlier = await findByIdempotencyKey(db, initiative.id, submission.idempotencyKey, bodyHash);
    if (earlier) return earlier;
    throw refusal;
  }
  return storeContribution(db, {
    initiativeId: initiative.id,
    idempotencyKey: submission.idempotencyKey,
    bodyHash,
    participant: submission.participant,
    channel: submission.channel,
    language: submission.language,
    payload,
    moderationState: initialModeration(initiative),
    enteredBy: submission.enteredBy,
  });
}

export const idempotencyConflict = () =>
  new ApiProblem(409, 'idempotency_conflict', 'This idempotency key was already used for a different contribution; generate a new key for new content.');
