import * as z from 'zod/mini';
import { coded, defineIssueCodes, initiativeOf, initiativeSettings, localizedText, Slug } from '@participe/core/schemas';

/** "Did you find what you were looking for?" at the bottom of a page. */
export const PageFeedbackDefinition = z.strictObject({
  /** Replaces the default question. */
  question: z.optional(localizedText(200)),
  /** Longest comment accepted; 0 hides the comment box. */
  commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(2000)), 500),
});
export type PageFeedbackDefinition = z.infer<typeof PageFeedbackDefinition>;

export const PageFeedbackSettings = initiativeSettings('page-feedback', PageFeedbackDefinition);
export const PageFeedbackInitiative = initiativeOf('page-feedback', PageFeedbackDefinition);
export type PageFeedbackInitiative = z.infer<typeof PageFeedbackInitiative>;

/** Page feedback's own issue codes (besides core's): a page address with `?` or `#`. */
export const pageFeedbackIssueCodes = defineIssueCodes({ query_or_fragment: z.object({}) });

/** The page a citizen rated, without query string or fragment (they can hold personal data). */
const PageAddress = z.url({ protocol: /^https?$/, error: 'must be a web address (http or https)' }).check(
  z.maxLength(2048),
  z.refine((url) => !/[?#]/.test(url), coded('query_or_fragment', 'must not contain a query string or fragment')),
);

/** What one citizen sends; the comment length follows the initiative's own limit. */
export const pageFeedbackPayload = (definition: PageFeedbackDefinition) =>
  z.strictObject({
    answer: z.enum(['yes', 'no']),
    comment: z.optional(z.string().check(z.trim(), z.maxLength(definition.commentMaxLength))),
    page: PageAddress,
  });
export type PageFeedbackPayload = z.infer<ReturnType<typeof pageFeedbackPayload>>;

/** Published results: how many found what they were looking for. Rejected contributions are not counted. */
export const PageFeedbackResults = z.strictObject({
  initiative: Slug,
  type: z.literal('page-feedback'),
  total: z.int().check(z.minimum(0)),
  answers: z.strictObject({ yes: z.int().check(z.minimum(0)), no: z.int().check(z.minimum(0)) }),
});
export type PageFeedbackResults = z.infer<typeof PageFeedbackResults>;
