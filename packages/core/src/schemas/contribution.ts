import * as z from 'zod/mini';
import { Instant, Language, RandomId, Slug } from './common.js';
import { ContextValues } from './context.js';
import { InitiativeType, ModerationState } from './initiative.js';

/**
 * How a contribution reached the ministry: on the web, keyed in by staff from paper or a phone call,
 * or posted by the organisation itself on a public wall (a prompt question), marked as such.
 */
export const Channel = z.enum(['web', 'paper', 'phone', 'organisation']);
export type Channel = z.infer<typeof Channel>;

/**
 * What every widget sends. `payload` is checked against the initiative type's own schema;
 * the idempotency key makes retries safe: the collector stores one row per key.
 */
export const ContributionEnvelope = z.strictObject({
  initiative: Slug,
  type: InitiativeType,
  payload: z.unknown(),
  idempotencyKey: RandomId,
  /** Random per initiative and per browser: it links a person's contributions to one initiative, never across. */
  participant: RandomId,
  channel: Channel,
  language: Language,
  /** Context from the host page, as the initiative declares it (`context.ts`). */
  context: z.optional(ContextValues),
});
export type ContributionEnvelope = z.infer<typeof ContributionEnvelope>;

/** The collector's answer once a contribution is durably stored. */
export const Acknowledgement = z.strictObject({
  id: z.uuid(),
  receivedAt: Instant,
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/**
 * What replaces a personal field once its retention period is over (`apps/collector/src/privacy`):
 * the answer is gone, but that there was one still counts in published results.
 */
export const ANONYMISED = '[anonymised]';

/**
 * A participant exercising their rights from the widget: the anonymous participant id their
 * browser holds for this initiative, in the body (never in a URL, which proxies and logs keep).
 */
export const ParticipantRequest = z.strictObject({ participant: RandomId });
export type ParticipantRequest = z.infer<typeof ParticipantRequest>;

/** One of my contributions, as the collector keeps it (without any identifier of mine). */
export const MyContribution = z.strictObject({
  id: z.uuid(),
  receivedAt: Instant,
  channel: Channel,
  language: Language,
  moderationState: ModerationState,
  /** Why a moderator rejected it, in words written for its author (absent otherwise). */
  moderationReason: z.optional(z.string()),
  payload: z.unknown(),
});
export type MyContribution = z.infer<typeof MyContribution>;

/** Everything the collector keeps that this participant sent to one initiative, oldest first. */
export const MyContributions = z.strictObject({
  initiative: Slug,
  contributions: z.array(MyContribution),
});
export type MyContributions = z.infer<typeof MyContributions>;

export const MyContributionsDeleted = z.strictObject({
  initiative: Slug,
  deleted: z.int().check(z.minimum(1)),
});
export type MyContributionsDeleted = z.infer<typeof MyContributionsDeleted>;
