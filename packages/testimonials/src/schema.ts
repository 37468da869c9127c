import * as z from 'zod/mini';
import { initiativeOf, localizedText, Slug } from '@participe/core/schemas';

/** What staff define for a Testimonials initiative. */
export const TestimonialsDefinition = z.strictObject({
  /** The question or invitation shown above the message box. */
  prompt: localizedText(300),
  /** Longest message accepted, in characters. */
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 1000),
});
export type TestimonialsDefinition = z.infer<typeof TestimonialsDefinition>;

/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const TestimonialsInitiative = initiativeOf('testimonials', TestimonialsDefinition);
export type TestimonialsInitiative = z.infer<typeof TestimonialsInitiative>;

/** What one citizen sends, checked against the initiative's own length limit. */
export const testimonialsPayload = (definition: TestimonialsDefinition) =>
  z.strictObject({
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(definition.maxLength)),
  });
export type TestimonialsPayload = z.infer<ReturnType<typeof testimonialsPayload>>;

/** Published results: how many messages were received. Rejected contributions are not counted. */
export const TestimonialsResults = z.strictObject({
  initiative: Slug,
  type: z.literal('testimonials'),
  messages: z.int().check(z.minimum(0)),
});
export type TestimonialsResults = z.infer<typeof TestimonialsResults>;
