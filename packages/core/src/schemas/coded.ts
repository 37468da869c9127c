import * as z from 'zod/mini';
import type { IssueParams } from './errors.js';

/**
 * What a custom check reports, with a stable code and the figures its wording needs:
 * `z.refine(test, coded('dates_out_of_order', 'closesAt must come after opensAt', { path: ['closesAt'] }))`,
 * or inside `superRefine`, `ctx.addIssue({ code: 'custom', ...coded(…) })`. The code travels in
 * zod's `params` (as `params.code`); `toIssues` lifts it out. `message` is the English sentence.
 */
export function coded(code: string, message: string, options: { path?: PropertyKey[]; params?: IssueParams } = {}) {
  return { message, ...(options.path && { path: options.path }), params: { ...options.params, code } };
}

/**
 * `z.regex` naming what its pattern stands for: a failure is `invalid_format` with
 * `{ format: 'slug' }` where `z.regex` would say only "regex", so interfaces word it by name.
 * JSON Schema (OpenAPI) still gets the pattern.
 */
export function namedFormat(format: string, pattern: RegExp, message: string): z.core.$ZodCheck<string> {
  return new z.core.$ZodCheckStringFormat({ check: 'string_format', format, pattern, error: () => message });
}
