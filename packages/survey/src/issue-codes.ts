import * as z from 'zod/mini';
import { defineIssueCodes, type Issue } from '@participe/core/schemas';
import type { AnswerProblem } from './rules.js';

// The survey's own issue codes with the figures their wording needs: what its definition checks
// and its answer rules report, on the wire as in the browser. The widget words the answer codes
// (form/problems.ts); the console words all of them (staff/issue-words.ts).

const none = z.object({});
const question = z.string();

type ParamsOf<C extends AnswerProblem['code']> = Extract<AnswerProblem, { code: C }> extends { params: infer P } ? P : object;

/** The rules' `AnswerProblem` codes; a code or figure the rules report and this list lacks does not compile. */
export const answerIssueCodes = defineIssueCodes({
  required: none,
  consent_required: none,
  not_answerable: none,
  hidden: none,
  unknown_question: none,
  wrong_kind: none,
  not_a_choice: none,
  other_missing: none,
  too_long: z.object({ maximum: z.number() }),
  choose_at_least: z.object({ minimum: z.number() }),
  choose_at_most: z.object({ maximum: z.number() }),
  /** A number, or a date written YYYY-MM-DD. */
  below_minimum: z.object({ minimum: z.union([z.number(), z.string()]) }),
  above_maximum: z.object({ maximum: z.union([z.number(), z.string()]) }),
  not_whole: none,
  invalid_date: none,
  invalid_email: none,
  invalid_postal_code: none,
  ranking_incomplete: z.object({ count: z.number() }),
  matrix_incomplete: none,
} satisfies { [C in AnswerProblem['code']]: z.ZodMiniType<ParamsOf<C>> });

/** What the definition's own checks report (besides core's codes, and `invalid_format` with `item_id`). */
export const definitionIssueCodes = defineIssueCodes({
  /** A page, question or choice id used twice. */
  duplicate_id: z.object({ kind: z.enum(['page', 'question', 'choice']), id: z.string() }),
  /** A condition on a question that is not an answerable one asked earlier. */
  condition_refers_later: z.object({ question }),
  /** `includes` on a question that is not multiple choice, or with a choice it does not have. */
  condition_needs_choice: z.object({ question, choice: z.string() }),
  /** `atLeast`/`atMost` on a question that is not a number or rating. */
  condition_needs_number: z.object({ question, type: z.string() }),
  /** `equals` with a value the question cannot take. */
  condition_value_unfit: z.object({ question, value: z.union([z.string(), z.number(), z.boolean()]), type: z.string() }),
  min_above_max: none,
  /** A maximum (or a ranking's limit) above the `count` choices offered. */
  more_than_choices: z.object({ count: z.number() }),
  static_takes_no_answer: none,
});

export const surveyIssueCodes = defineIssueCodes({ ...answerIssueCodes, ...definitionIssueCodes });

/** A collector issue as the rules' problem, when it is one (with its figures). */
export function answerProblemOf(issue: Pick<Issue, 'code' | 'params'>): AnswerProblem | undefined {
  if (!Object.hasOwn(answerIssueCodes, issue.code)) return undefined;
  const params = z.safeParse(answerIssueCodes[issue.code as AnswerProblem['code']], issue.params ?? {});
  if (!params.success) return undefined;
  return (Object.keys(params.data).length ? { code: issue.code, params: params.data } : { code: issue.code }) as AnswerProblem;
}
