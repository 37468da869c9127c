import * as z from 'zod/mini';
import type { Language } from './common.js';
import type { Issue } from './errors.js';

/**
 * Issue codes with the figures each one's wording needs, as schemas. An interface words an issue by
 * its code only when the figures are there; otherwise (an unknown code, figures missing) it shows
 * the English `message`, marked as English.
 */
export type IssueCodes = Readonly<Record<string, z.ZodMiniType<object>>>;

export const defineIssueCodes = <const C extends IssueCodes>(codes: C): C => codes;

/** Each code's wording from its figures. */
export type IssueWords<C extends IssueCodes> = { readonly [K in keyof C]: (params: z.output<C[K]>) => string };

/** Codes and their wording in both languages: a code missing in either does not compile. */
export interface IssueWording<C extends IssueCodes> {
  codes: C;
  words: Readonly<Record<Language, IssueWords<C>>>;
}

export const defineIssueWording = <C extends IssueCodes>(codes: C, words: { fr: IssueWords<C>; en: IssueWords<C> }): IssueWording<C> => ({ codes, words });

/** `issue` in `language` by its code; undefined when the wording does not know the code or the figures are not there. */
export function wordIssue<C extends IssueCodes>(wording: IssueWording<C>, issue: Pick<Issue, 'code' | 'params'>, language: Language): string | undefined {
  if (!Object.hasOwn(wording.codes, issue.code)) return undefined;
  const params = z.safeParse(wording.codes[issue.code]!, issue.params ?? {});
  if (!params.success) return undefined;
  const word = wording.words[language][issue.code] as (params: object) => string;
  return word(params.data);
}

const figure = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const bounds = { origin: z.string(), inclusive: z.optional(z.boolean()), exact: z.optional(z.boolean()) };
/** Said of a field name rather than a value. */
const inKey = z.object({ key: z.optional(z.boolean()) });

/**
 * The codes every type's issues may carry: zod's own (from `toIssues`), core's checks and the
 * collector's. A type's own codes (a survey's `required`…) are the type's to declare and word.
 * `invalid_format` names its format: zod's (`email`, `uuid`, `url`, `datetime`, `date`) or one of
 * `namedFormat`'s (`slug`, `origin`, `type_name`, `whole_number`, `cursor`, a type's own).
 */
export const coreIssueCodes = defineIssueCodes({
  invalid_type: z.object({ expected: z.string() }),
  too_small: z.object({ minimum: z.number(), ...bounds }),
  too_big: z.object({ maximum: z.number(), ...bounds }),
  invalid_format: z.object({ format: z.string() }),
  invalid_value: z.object({ values: z.array(figure) }),
  unrecognized_keys: z.object({ keys: z.array(z.string()) }),
  /** Without `discriminator`: matches none of the allowed shapes. */
  invalid_union: z.object({ discriminator: z.optional(z.string()), options: z.optional(z.array(figure)) }),
  invalid_key: z.object({}),
  not_multiple_of: z.object({ divisor: z.number() }),
  /** An initiative closing before it opens (at `closesAt`). */
  dates_out_of_order: z.object({}),
  /** An id already in use (the collector's 409). */
  taken: z.object({}),
  /** A field fixed once created (an initiative's id or type): it must stay `value`. */
  cannot_change: z.object({ value: z.string() }),
  /** Text PostgreSQL cannot keep (the collector's body checks). */
  nul_character: inKey,
  unpaired_surrogate: inKey,
  too_deep: z.object({ maximum: z.number() }),
  /** A context value the initiative declares no field for (`context.ts`). */
  context_undeclared: z.object({}),
});
export type CoreIssueCodes = typeof coreIssueCodes;
