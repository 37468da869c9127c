import * as z from 'zod/mini';
import { coded, namedFormat } from './coded.js';
import { localizedText } from './common.js';

/**
 * Context from the host page (hidden fields): where a contribution came from — the page, a program
 * code, a campaign. An initiative declares the fields it takes; the host passes them as attributes
 * (`context-program="…"`, or `context='{"program":"…"}'`); they are checked on both sides, stored
 * with the contribution, shown and exported. Undeclared or malformed ones are refused, never
 * silently stored.
 */

/** A context field's name, as it appears in `context-<name>` attributes: lowercase words joined by hyphens. */
export const contextNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ContextName = z.string().check(z.maxLength(40), namedFormat('context_name', contextNamePattern, 'must be lowercase letters and digits, words joined by hyphens'));

const compiles = (pattern: string) => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

export const ContextField = z.strictObject({
  name: ContextName,
  /** What staff see in the console and exports (the name otherwise). */
  label: z.optional(localizedText(100)),
  /** A regular expression the whole value must match, e.g. `[0-9]{4}`. */
  pattern: z.optional(z.string().check(z.maxLength(200), z.refine(compiles, coded('invalid_format', 'must be a valid regular expression', { params: { format: 'regular_expression' } })))),
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(500)), 100),
});
export type ContextField = z.infer<typeof ContextField>;

const uniqueNames = (fields: ReadonlyArray<{ name: string }>) => new Set(fields.map((field) => field.name)).size === fields.length;

/** The context fields an initiative takes (none when absent). */
export const ContextFields = z.array(ContextField).check(z.maxLength(10), z.refine(uniqueNames, coded('taken', 'names must be unique')));

/** What a widget sends: values by field name. */
export const ContextValues = z.record(ContextName, z.string().check(z.maxLength(500)));
export type ContextValues = z.infer<typeof ContextValues>;

/** One reason a context value is refused: the field's name and an English sentence. */
export interface ContextProblem {
  name: string;
  code: 'context_undeclared' | 'too_big' | 'invalid_format';
  message: string;
  /** The figures the code's wording needs (`issue-codes.ts`). */
  params: { maximum: number; origin: 'string' } | { format: 'context' } | Record<string, never>;
}

/** Why these values do not fit the declared fields; empty when they do. Shared by widgets and the collector. */
export function contextProblems(fields: readonly ContextField[] | undefined, values: Readonly<Record<string, string>>): ContextProblem[] {
  const declared = new Map((fields ?? []).map((field) => [field.name, field]));
  return Object.entries(values).flatMap(([name, value]): ContextProblem[] => {
    const field = declared.get(name);
    if (!field) {
      const known = [...declared.keys()];
      return [{ name, code: 'context_undeclared', message: `the initiative declares no context field "${name}"${known.length ? ` (it declares ${known.map((n) => `"${n}"`).join(', ')})` : ' (it declares none)'}`, params: {} }];
    }
    if (value.length > field.maxLength) return [{ name, code: 'too_big', message: `must be at most ${field.maxLength} characters`, params: { maximum: field.maxLength, origin: 'string' } }];
    if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) return [{ name, code: 'invalid_format', message: `must match ${field.pattern}`, params: { format: 'context' } }];
    return [];
  });
}
