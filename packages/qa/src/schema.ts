import * as z from 'zod/mini';
import { availability, initiativeOf, initiativeSettings, PublicContribution, RandomId, Slug, text, type Availability } from '@participe/core/schemas';

/**
 * What staff define for a live Q&A. The event's start and end are the initiative's own `opensAt`
 * and `closesAt` (and its status: staff open or close it by hand); its moderation mode is the
 * initiative's `moderation` (`pre` by default for an event: nothing shows before a moderator approves).
 */
export const QaDefinition = z.strictObject({
  /** Longest question, in characters. */
  questionMaxLength: z._default(z.int().check(z.minimum(20), z.maximum(1000)), 300),
  /** Most questions one participant may post during the event. */
  questionsPerParticipant: z._default(z.int().check(z.minimum(1), z.maximum(50)), 5),
  /** Whether a participant may sign a question with a name (otherwise every question is anonymous). */
  names: z._default(z.boolean(), true),
  /** Reports (one per participant) that hide a question until a moderator reviews it. */
  reportThreshold: z._default(z.int().check(z.minimum(1), z.maximum(100)), 3),
});
export type QaDefinition = z.infer<typeof QaDefinition>;
export type QaDefinitionInput = z.input<typeof QaDefinition>;

export const QaSettings = initiativeSettings('qa', QaDefinition);
/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const QaInitiative = initiativeOf('qa', QaDefinition);
export type QaInitiative = z.infer<typeof QaInitiative>;

/** The display name a participant may give. */
export const NAME_MAX_LENGTH = 60;

/** What one participant sends: a question, and a name when the event takes names. */
export interface QaPayload {
  question: string;
  name?: string;
}

export const qaPayload = (definition: QaDefinition): z.ZodMiniType<QaPayload, unknown> =>
  z.strictObject({
    question: text(definition.questionMaxLength),
    ...(definition.names ? { name: z.optional(text(NAME_MAX_LENGTH)) } : {}),
  }) as unknown as z.ZodMiniType<QaPayload, unknown>;

/** `upcoming`: before the start (questions not yet taken). `live`: questions and votes taken. `closed`: the archive. */
export const eventStates = ['upcoming', 'live', 'closed'] as const;
export type EventState = (typeof eventStates)[number];

const stateOf: Record<Availability, EventState> = { upcoming: 'upcoming', open: 'live', closed: 'closed' };

/** Where the event stands at `now`, from the initiative's status and dates. */
export function eventState(initiative: Pick<QaInitiative, 'status' | 'opensAt' | 'closesAt'>, now: Date = new Date()): EventState {
  return stateOf[availability(initiative, now)];
}

/**
 * Statuses of the organisation's answer: `answered` (with a written answer or not: answered
 * aloud), `duplicate` (merged into another question, whose votes it added to).
 */
export const answerStatuses = ['answered', 'duplicate'] as const;

/** A question as anyone reads it: its votes (one per participant) and whether it is pinned. */
export const Question = z.extend(PublicContribution, {
  votes: z.int().check(z.minimum(0)),
  pinned: z.boolean(),
});
export type Question = z.infer<typeof Question>;

export const questionSorts = ['top', 'newest'] as const;
export type QuestionSort = (typeof questionSorts)[number];

export const QuestionQuery = z.strictObject({ sort: z.optional(z.enum(questionSorts)) });

/** Every public question of the event (an event holds at most a few hundred), pinned first. */
export const QuestionList = z.strictObject({
  items: z.array(Question),
  /** The last live event included: a stream opened with it as `lastEventId` continues exactly from this list. */
  lastEventId: z.string(),
});
export type QuestionList = z.infer<typeof QuestionList>;

/** An upvote (`true`) or its withdrawal (`false`). */
export const VoteRequest = z.strictObject({ participant: RandomId, vote: z.boolean() });
export type VoteRequest = z.infer<typeof VoteRequest>;

export const VoteResult = z.strictObject({ question: z.uuid(), votes: z.int().check(z.minimum(0)), voted: z.boolean() });
export type VoteResult = z.infer<typeof VoteResult>;

/** The questions this participant upvoted. */
export const MyVotes = z.strictObject({ questions: z.array(z.uuid()) });
export type MyVotes = z.infer<typeof MyVotes>;

/** Staff merge a duplicate into the question kept: its votes move there, never counted twice. */
export const MergeRequest = z.strictObject({ into: z.uuid() });
export const MergeResult = z.strictObject({
  kept: z.uuid(),
  merged: z.uuid(),
  /** Votes moved to the question kept. */
  moved: z.int().check(z.minimum(0)),
  /** Votes of participants who had voted for both: only one remains. */
  dropped: z.int().check(z.minimum(0)),
});
export type MergeResult = z.infer<typeof MergeResult>;

/** Staff pin a question (the one being answered now) or unpin it; one pinned at a time. */
export const PinRequest = z.strictObject({ pinned: z.boolean() });
export const PinResult = z.strictObject({ pinned: z.nullable(z.uuid()) });
export type PinResult = z.infer<typeof PinResult>;

/** Live event `qa-votes`: a question's vote count changed. */
export const VotesEvent = z.strictObject({ question: z.uuid(), votes: z.int().check(z.minimum(0)) });
export type VotesEvent = z.infer<typeof VotesEvent>;
/** Live event `qa-pin`: the question now pinned (null: none). */
export const PinEvent = PinResult;
export type PinEvent = PinResult;

/** Published results: questions received, approved and answered, and votes cast. */
export const QaResults = z.strictObject({
  initiative: Slug,
  type: z.literal('qa'),
  questions: z.int().check(z.minimum(0)),
  published: z.int().check(z.minimum(0)),
  answered: z.int().check(z.minimum(0)),
  votes: z.int().check(z.minimum(0)),
});
export type QaResults = z.infer<typeof QaResults>;
