import * as z from 'zod/mini';
import { localizedText } from './common.js';
import { initiativeOf, initiativeSettings } from './initiative.js';

/** What staff define for a __title__ initiative. */
export const __Name__Definition = z.strictObject({
  /** The question or invitation shown above the form. */
  prompt: localizedText(300),
  /** Longest message accepted. */
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(5000)), 1000),
});
export type __Name__Definition = z.infer<typeof __Name__Definition>;

export const __Name__Settings = initiativeSettings('__name__', __Name__Definition);
export const __Name__Initiative = initiativeOf('__name__', __Name__Definition);
export type __Name__Initiative = z.infer<typeof __Name__Initiative>;

/** What one citizen sends. */
export const __camel__Payload = (definition: __Name__Definition) =>
  z.strictObject({
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(definition.maxLength)),
  });
export type __Name__Payload = z.infer<ReturnType<typeof __camel__Payload>>;
