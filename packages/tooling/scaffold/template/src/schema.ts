import * as z from 'zod/mini';
import { initiativeOf, localizedText, Slug } from '@participe/core/schemas';

/** What staff define for a __title__ initiative. */
export const __Name__Definition = z.strictObject({
  /** The question or invitation shown above the message box. */
  prompt: localizedText(300),
  /** Longest message accepted, in characters. */
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 1000),
});
export type __Name__Definition = z.infer<typeof __Name__Definition>;

/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const __Name__Initiative = initiativeOf('__name__', __Name__Definition);
export type __Name__Initiative = z.infer<typeof __Name__Initiative>;

/** What one citizen sends, checked against the initiative's own length limit. */
export const __camel__Payload = (definition: __Name__Definition) =>
  z.strictObject({
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(definition.maxLength)),
  });
export type __Name__Payload = z.infer<ReturnType<typeof __camel__Payload>>;

/** Published results: how many messages were received. Rejected contributions are not counted. */
export const __Name__Results = z.strictObject({
  initiative: Slug,
  type: z.literal('__name__'),
  messages: z.int().check(z.minimum(0)),
});
export type __Name__Results = z.infer<typeof __Name__Results>;
