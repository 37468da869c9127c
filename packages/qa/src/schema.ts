import * as z from 'zod/mini';
import { initiativeOf, localizedText, Slug } from '@participe/core/schemas';

/** What staff define for a Live Q&A initiative. */
export const QaDefinition = z.strictObject({
  /** The question or invitation shown above the message box. */
  prompt: localizedText(300),
  /** Longest message accepted, in characters. */
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 1000),
});
export type QaDefinition = z.infer<typeof QaDefinition>;

/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const QaInitiative = initiativeOf('qa', QaDefinition);
export type QaInitiative = z.infer<typeof QaInitiative>;

/** What one citizen sends, checked against the initiative's own length limit. */
export const qaPayload = (definition: QaDefinition) =>
  z.strictObject({
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(definition.maxLength)),
  });
export type QaPayload = z.infer<ReturnType<typeof qaPayload>>;

/** Published results: how many messages were received. Rejected contributions are not counted. */
export const QaResults = z.strictObject({
  initiative: Slug,
  type: z.literal('qa'),
  messages: z.int().check(z.minimum(0)),
});
export type QaResults = z.infer<typeof QaResults>;
