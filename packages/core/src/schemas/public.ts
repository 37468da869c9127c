import * as z from 'zod/mini';
import { Cursor, Instant, Language, localizedText, queryInteger, RandomId, text } from './common.js';

// Contributions shown to the public (an idea board, a testimonial wall, a live Q&A): what anyone may
// read of them, how a citizen reports one, and the organisation's official response to one. Types
// opt in with their manifest's `publicContributions`; the collector applies the same rules to all.

/** Why a citizen reports a contribution. */
export const reportReasons = ['spam', 'offensive', 'personal-data', 'off-topic', 'other'] as const;
export const ReportReason = z.enum(reportReasons);
export type ReportReason = z.infer<typeof ReportReason>;

/** A citizen reports a public contribution: once per participant (a second report changes nothing). */
export const ReportRequest = z.strictObject({ participant: RandomId, reason: ReportReason });
export type ReportRequest = z.infer<typeof ReportRequest>;

/** The same answer whether the report is new or repeated, and whether it hid the contribution. */
export const ReportReceipt = z.strictObject({ reported: z.literal(true) });
export type ReportReceipt = z.infer<typeof ReportReceipt>;

/** A status a type offers for its official responses (`accepted`, `in-progress`, `change-made`…). */
export const ResponseStatus = z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be a status such as "accepted"'), z.maxLength(40));

/** The organisation's official response to one contribution: a status, and words in both languages. */
export const OfficialResponse = z.strictObject({
  status: ResponseStatus,
  text: z.nullable(localizedText(4000)),
  /** For a duplicate: the contribution it duplicates (shown as a link). */
  duplicateOf: z.nullable(z.uuid()),
  respondedAt: Instant,
});
export type OfficialResponse = z.infer<typeof OfficialResponse>;

/** What staff send to give (or replace) a contribution's official response. */
export const OfficialResponseRequest = z.strictObject({
  status: ResponseStatus,
  text: z.optional(localizedText(4000)),
  duplicateOf: z.optional(z.uuid()),
});
export type OfficialResponseRequest = z.infer<typeof OfficialResponseRequest>;

/** One contribution as anyone may read it: the type's public part of its payload, never who sent it. */
export const PublicContribution = z.strictObject({
  id: z.uuid(),
  language: Language,
  receivedAt: Instant,
  /** Posted by the organisation itself (a prompt question), not by a citizen. */
  byOrganisation: z.boolean(),
  /** When a moderator last corrected it (a typo); null when never. */
  editedAt: z.nullable(Instant),
  /** What the type shows of the payload (`publicContributions.publicPayload`). */
  payload: z.unknown(),
  response: z.nullable(OfficialResponse),
});
export type PublicContribution = z.infer<typeof PublicContribution>;

/** Threads of one initiative (`topic`, e.g. one per question of a consultation page). */
export const Topic = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be a topic id: lowercase letters, digits and hyphens'));

/** A page of public contributions, newest first. */
export const PublicContributionQuery = z.strictObject({
  topic: z.optional(Topic),
  cursor: z.optional(Cursor),
  limit: z.optional(queryInteger(1, 50)),
});
export type PublicContributionQuery = z.input<typeof PublicContributionQuery>;

export const PublicContributionPage = z.strictObject({
  items: z.array(PublicContribution),
  nextCursor: z.nullable(Cursor),
  /** How many public contributions the list holds (in this topic when one is asked). */
  total: z.int().check(z.minimum(0)),
});
export type PublicContributionPage = z.infer<typeof PublicContributionPage>;

/**
 * Live event `contribution`: one contribution became public or changed (its public view), or is no
 * longer public (`removed`: rejected, hidden after reports, deleted by its author).
 */
export const ContributionEvent = z.union([
  z.strictObject({ item: PublicContribution }),
  z.strictObject({ id: z.uuid(), removed: z.literal(true) }),
]);
export type ContributionEvent = z.infer<typeof ContributionEvent>;

/** Staff correct a contribution (a typo, a personal detail): the payload is checked like a new one. */
export const PayloadEdit = z.strictObject({ payload: z.unknown() });
export type PayloadEdit = z.infer<typeof PayloadEdit>;

/** Why a moderator rejected a contribution, written for its author (who reads it in the widget). */
export const ModerationReason = text(1000);

/** How many contributions each thread of an initiative holds (staff). */
export const TopicCounts = z.strictObject({
  topics: z.array(
    z.strictObject({
      /** Null: contributions outside any thread. */
      topic: z.nullable(z.string()),
      total: z.int().check(z.minimum(0)),
      /** What the public sees now. */
      visible: z.int().check(z.minimum(0)),
      /** Pending, or hidden after reports. */
      review: z.int().check(z.minimum(0)),
    }),
  ),
});
export type TopicCounts = z.infer<typeof TopicCounts>;
