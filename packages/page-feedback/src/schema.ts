import * as z from 'zod/mini';
import { coded, defineIssueCodes, initiativeOf, initiativeSettings, localizedText, Slug } from '@participe/core/schemas';

/** Most reasons a "No" can offer: a short list the citizen reads at a glance. */
export const maxReasons = 8;

/** One reason a citizen may give for "No" ("information hard to find"): a stable id, counted in results. */
export const PageFeedbackReason = z.strictObject({ id: Slug, label: localizedText(120) });
export type PageFeedbackReason = z.infer<typeof PageFeedbackReason>;

const duplicates = (ids: string[]) => [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];

/** "Did you find what you were looking for?" at the bottom of a page. */
export const PageFeedbackDefinition = z.strictObject({
  /** Replaces the default question. */
  question: z.optional(localizedText(200)),
  /** Longest comment accepted; 0 hides the comment box. */
  commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(2000)), 500),
  /** Reasons offered after "No", before the comment; none by default. */
  reasons: z._default(
    z.array(PageFeedbackReason).check(
      z.maxLength(maxReasons),
      z.superRefine((reasons, ctx) => {
        for (const id of duplicates(reasons.map((reason) => reason.id))) {
          ctx.addIssue({ code: 'custom', input: reasons, ...coded('duplicate_reason', `reason id "${id}" is used more than once`, { params: { id } }) });
        }
      }),
    ),
    [],
  ),
});
export type PageFeedbackDefinition = z.infer<typeof PageFeedbackDefinition>;

export const PageFeedbackSettings = initiativeSettings('page-feedback', PageFeedbackDefinition);
export const PageFeedbackInitiative = initiativeOf('page-feedback', PageFeedbackDefinition);
export type PageFeedbackInitiative = z.infer<typeof PageFeedbackInitiative>;

/** Page feedback's own issue codes (besides core's): a page address with `?` or `#`. */
export const pageFeedbackIssueCodes = defineIssueCodes({
  query_or_fragment: z.object({}),
  /** Two reasons of a definition share an id. */
  duplicate_reason: z.object({ id: z.string() }),
  /** A reason the definition does not list. */
  unknown_reason: z.object({}),
  /** A reason given with "yes": reasons explain a "No". */
  reason_with_yes: z.object({}),
});

/** The page a citizen rated, without query string or fragment (they can hold personal data). */
const PageAddress = z.url({ protocol: /^https?$/, error: 'must be a web address (http or https)' }).check(
  z.maxLength(2048),
  z.refine((url) => !/[?#]/.test(url), coded('query_or_fragment', 'must not contain a query string or fragment')),
);

/** What one citizen sends; the comment length and the reasons follow the initiative's own definition. */
export const pageFeedbackPayload = (definition: PageFeedbackDefinition) => {
  const ids = new Set(definition.reasons.map((reason) => reason.id));
  return z
    .strictObject({
      answer: z.enum(['yes', 'no']),
      /** One of the definition's reasons, with "no" only. */
      reason: z.optional(z.string().check(z.refine((id) => ids.has(id), coded('unknown_reason', 'must be one of the reasons this initiative lists')))),
      comment: z.optional(z.string().check(z.trim(), z.maxLength(definition.commentMaxLength))),
      page: PageAddress,
    })
    .check(z.refine((payload) => payload.answer === 'no' || payload.reason === undefined, coded('reason_with_yes', 'is given only with the answer "no"', { path: ['reason'] })));
};
export type PageFeedbackPayload = z.infer<ReturnType<typeof pageFeedbackPayload>>;

/** Published results: how many found what they were looking for. Rejected contributions are not counted. */
export const PageFeedbackResults = z.strictObject({
  initiative: Slug,
  type: z.literal('page-feedback'),
  total: z.int().check(z.minimum(0)),
  answers: z.strictObject({ yes: z.int().check(z.minimum(0)), no: z.int().check(z.minimum(0)) }),
  /** How many "No" gave each reason, in the definition's order (a "No" may give none). */
  reasons: z.array(z.strictObject({ id: Slug, count: z.int().check(z.minimum(0)) })),
});
export type PageFeedbackResults = z.infer<typeof PageFeedbackResults>;
