import * as z from 'zod/mini';
import { coded, initiativeOf, initiativeSettings, localizedText, namedFormat, Slug, type IssueParams } from '@participe/core/schemas';
import { checkAnswers, checkComments, describeProblem, isAnswerable, normalizePostalCode, UNSURE } from './rules.js';

/** Ids of questions, pages and choices: short, stable, used as CSV columns and in conditions (`invalid_format`, `item_id`). */
export const ItemId = z.string().check(namedFormat('item_id', /^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_" (1–64)'));

export const SurveyChoice = z.strictObject({ id: ItemId, label: localizedText(300) });
export type SurveyChoice = z.infer<typeof SurveyChoice>;
const choices = (min: number, max: number) => z.array(SurveyChoice).check(z.minLength(min), z.maxLength(max));

/** When a page or question is shown: a test on an earlier answer, or a combination of tests. */
export type SurveyCondition =
  | { question: string; equals: string | number | boolean }
  | { question: string; includes: string }
  | { question: string; answered: boolean }
  | { question: string; atLeast: number }
  | { question: string; atMost: number }
  | { all: SurveyCondition[] }
  | { any: SurveyCondition[] };

export const SurveyCondition: z.ZodMiniType<SurveyCondition> = z.union([
  z.strictObject({ question: ItemId, equals: z.union([z.string(), z.number(), z.boolean()]) }),
  z.strictObject({ question: ItemId, includes: ItemId }),
  z.strictObject({ question: ItemId, answered: z.boolean() }),
  z.strictObject({ question: ItemId, atLeast: z.number() }),
  z.strictObject({ question: ItemId, atMost: z.number() }),
  z.strictObject({
    get all() {
      return z.array(SurveyCondition).check(z.minLength(1), z.maxLength(20));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(SurveyCondition).check(z.minLength(1), z.maxLength(20));
    },
  }),
]);

const common = {
  id: ItemId,
  label: localizedText(500),
  hint: z.optional(localizedText(1000)),
  required: z._default(z.boolean(), false),
  showIf: z.optional(SurveyCondition),
};
/** A closed question may carry an optional comment box ("Yes/no — why?"): `comment` is its label; the text travels in the payload's `comments`. */
const commentable = { comment: z.optional(localizedText(300)) };
/** Yes/no and scales may offer "Don't know / unsure": answered with the string `"unsure"`, counted apart, never in a mean. */
const unsurable = { unsure: z.optional(z.boolean()) };
const bound = z.optional(z.number());
const isoDate = z.optional(z.iso.date());

export const SurveyQuestion = z.discriminatedUnion('type', [
  z.strictObject({ ...common, ...commentable, type: z.literal('single'), choices: choices(2, 50), other: z._default(z.boolean(), false) }),
  z.strictObject({
    ...common,
    ...commentable,
    type: z.literal('multiple'),
    choices: choices(2, 50),
    other: z._default(z.boolean(), false),
    /** Whether a chosen "Other" counts toward `min` and `max` ("choose three principles, and suggest others" when false). */
    otherCounts: z._default(z.boolean(), true),
    min: z.optional(z.int().check(z.minimum(1))),
    max: z.optional(z.int().check(z.minimum(1))),
  }),
  z.strictObject({ ...common, type: z.literal('text'), maxLength: z._default(z.int().check(z.minimum(1), z.maximum(500)), 200) }),
  z.strictObject({ ...common, type: z.literal('long-text'), maxLength: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 2000) }),
  z.strictObject({ ...common, type: z.literal('number'), min: bound, max: bound, integer: z._default(z.boolean(), true), unit: z.optional(localizedText(40)) }),
  z.strictObject({
    ...common,
    ...commentable,
    ...unsurable,
    type: z.literal('rating'),
    min: z._default(z.int().check(z.minimum(0), z.maximum(1)), 1),
    max: z._default(z.int().check(z.minimum(2), z.maximum(10)), 5),
    minLabel: z.optional(localizedText(100)),
    maxLabel: z.optional(localizedText(100)),
  }),
  z.strictObject({ ...common, ...commentable, ...unsurable, type: z.literal('likert'), choices: choices(2, 11) }),
  z.strictObject({ ...common, ...commentable, ...unsurable, type: z.literal('yes-no') }),
  z.strictObject({ ...common, ...commentable, type: z.literal('ranking'), choices: choices(2, 20), limit: z.optional(z.int().check(z.minimum(1))) }),
  z.strictObject({ ...common, ...commentable, type: z.literal('matrix'), rows: choices(1, 30), columns: choices(2, 11) }),
  z.strictObject({ ...common, type: z.literal('date'), min: isoDate, max: isoDate }),
  z.strictObject({ ...common, type: z.literal('email') }),
  z.strictObject({ ...common, type: z.literal('postal-code') }),
  z.strictObject({ ...common, type: z.literal('consent') }),
  z.strictObject({ ...common, type: z.literal('static'), heading: z._default(z.boolean(), false), text: z.optional(localizedText(4000)) }),
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;
export type SurveyQuestionType = SurveyQuestion['type'];

export const SurveyPage = z.strictObject({
  id: ItemId,
  title: z.optional(localizedText(300)),
  description: z.optional(localizedText(2000)),
  showIf: z.optional(SurveyCondition),
  questions: z.array(SurveyQuestion).check(z.minLength(1), z.maxLength(100)),
});
export type SurveyPage = z.infer<typeof SurveyPage>;

/** The part of zod's refinement context the checks below use. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[]; params: Record<string, unknown>; input?: unknown }): void;
}
/** One problem with its code (see `definitionIssueCodes`, `answerIssueCodes`), figures and English sentence. */
const report = (ctx: IssueSink, path: PropertyKey[], code: string, message: string, params?: IssueParams) =>
  ctx.addIssue({ code: 'custom', ...coded(code, message, { path, ...(params && { params }) }) });

/** Ids referenced by a condition. */
function referencedIds(condition: SurveyCondition): Array<SurveyCondition & { question: string }> {
  if ('all' in condition) return condition.all.flatMap(referencedIds);
  if ('any' in condition) return condition.any.flatMap(referencedIds);
  return [condition];
}

/** A condition must look at an answerable question shown before it, with a test that fits that question. */
function checkCondition(ctx: IssueSink, path: PropertyKey[], condition: SurveyCondition, earlier: Map<string, SurveyQuestion>) {
  for (const test of referencedIds(condition)) {
    const target = earlier.get(test.question);
    if (!target) {
      report(ctx, path, 'condition_refers_later', `refers to "${test.question}", which is not a question asked earlier`, { question: test.question });
      continue;
    }
    if ('includes' in test && (target.type !== 'multiple' || !target.choices.some((c) => c.id === test.includes))) {
      report(ctx, path, 'condition_needs_choice', `"includes" needs a choice of a multiple-choice question; "${test.includes}" is not one of "${test.question}"`, {
        question: test.question,
        choice: test.includes,
      });
    }
    if (('atLeast' in test || 'atMost' in test) && target.type !== 'number' && target.type !== 'rating') {
      report(ctx, path, 'condition_needs_number', `"atLeast"/"atMost" need a number or rating question; "${test.question}" is ${target.type}`, {
        question: test.question,
        type: target.type,
      });
    }
    if ('equals' in test) {
      const fits =
        target.type === 'single' || target.type === 'likert'
          ? target.choices.some((c) => c.id === test.equals)
          : target.type === 'yes-no'
            ? typeof test.equals === 'boolean'
            : target.type === 'number' || target.type === 'rating'
              ? typeof test.equals === 'number'
              : false;
      if (!fits) {
        report(ctx, path, 'condition_value_unfit', `"equals" ${JSON.stringify(test.equals)} cannot be an answer to "${test.question}" (${target.type})`, {
          question: test.question,
          value: test.equals,
          type: target.type,
        });
      }
    }
  }
}

const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

export const SurveyDefinition = z
  .strictObject({
    pages: z.array(SurveyPage).check(z.minLength(1), z.maxLength(50)),
    /** The survey closes itself after this many responses. */
    responseCap: z.optional(z.int().check(z.minimum(1))),
    /** One response per participant (per browser, through the anonymous participant id). */
    onePerParticipant: z._default(z.boolean(), true),
    /** A last step listing every answer before sending. */
    review: z._default(z.boolean(), true),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const sink: IssueSink = ctx;
      for (const id of new Set(duplicates(definition.pages.map((page) => page.id)))) {
        report(sink, ['pages'], 'duplicate_id', `page id "${id}" is used more than once`, { kind: 'page', id });
      }
      const allQuestions = definition.pages.flatMap((page) => page.questions.map((question) => question.id));
      for (const id of new Set(duplicates(allQuestions))) report(sink, ['pages'], 'duplicate_id', `question id "${id}" is used more than once`, { kind: 'question', id });
      const earlier = new Map<string, SurveyQuestion>();
      definition.pages.forEach((page, pageIndex) => {
        if (page.showIf) checkCondition(sink, ['pages', pageIndex, 'showIf'], page.showIf, earlier);
        page.questions.forEach((question, questionIndex) => {
          const path = ['pages', pageIndex, 'questions', questionIndex];
          if (question.showIf) checkCondition(sink, [...path, 'showIf'], question.showIf, earlier);
          const lists = 'choices' in question ? [question.choices] : question.type === 'matrix' ? [question.rows, question.columns] : [];
          for (const list of lists) {
            for (const id of new Set(duplicates(list.map((choice) => choice.id)))) report(sink, path, 'duplicate_id', `choice id "${id}" is used more than once`, { kind: 'choice', id });
          }
          if (question.type === 'multiple') {
            const available = question.choices.length + (question.other && question.otherCounts ? 1 : 0);
            if (question.min !== undefined && question.max !== undefined && question.min > question.max) report(sink, [...path, 'min'], 'min_above_max', 'must not be more than max');
            if ((question.max ?? 0) > available) report(sink, [...path, 'max'], 'more_than_choices', `cannot be more than the ${available} choices`, { count: available });
          }
          if ((question.type === 'number' || question.type === 'date') && question.min !== undefined && question.max !== undefined && question.min > question.max) {
            report(sink, [...path, 'min'], 'min_above_max', 'must not be more than max');
          }
          if (question.type === 'ranking' && (question.limit ?? 0) > question.choices.length) {
            report(sink, [...path, 'limit'], 'more_than_choices', `cannot be more than the ${question.choices.length} choices`, { count: question.choices.length });
          }
          // "unsure" is the answer "Don't know" stores: no choice of a scale may take that id.
          if (question.type === 'likert' && question.unsure && question.choices.some((choice) => choice.id === UNSURE)) {
            report(sink, [...path, 'choices'], 'duplicate_id', `choice id "${UNSURE}" is the answer "Don't know" stores`, { kind: 'choice', id: UNSURE });
          }
          if (question.type === 'static' && question.required) report(sink, [...path, 'required'], 'static_takes_no_answer', 'a static text takes no answer');
          if (isAnswerable(question)) earlier.set(question.id, question);
        });
      });
    }),
  );
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

export const SurveySettings = initiativeSettings('survey', SurveyDefinition);
export const SurveyInitiative = initiativeOf('survey', SurveyDefinition);
export type SurveyInitiative = z.infer<typeof SurveyInitiative>;

/**
 * One response: answers by question id. The rules of `survey-rules.ts` check it against the
 * initiative's own definition (types, required answers, choice ids, bounds, lengths, conditions:
 * an answer to a question that was not shown is refused); postal codes are stored normalised.
 */
export const surveyPayload = (definition: SurveyDefinition) =>
  z
    .strictObject({ answers: z.record(ItemId, z.unknown()), comments: z.optional(z.record(ItemId, z.unknown())) })
    .check(
      z.superRefine((payload, ctx) => {
        for (const { question, problem } of checkAnswers(definition, payload.answers)) {
          report(ctx, ['answers', question], problem.code, describeProblem(problem), 'params' in problem ? problem.params : undefined);
        }
        for (const { question, problem } of checkComments(definition, payload.answers, payload.comments ?? {})) {
          report(ctx, ['comments', question], problem.code, describeProblem(problem), 'params' in problem ? problem.params : undefined);
        }
      }),
      z.overwrite((payload) => {
        const answers = { ...payload.answers };
        for (const page of definition.pages) {
          for (const question of page.questions) {
            const value = answers[question.id];
            if (question.type === 'postal-code' && typeof value === 'string') answers[question.id] = normalizePostalCode(value) ?? value;
            if ((question.type === 'text' || question.type === 'long-text' || question.type === 'email') && typeof value === 'string') answers[question.id] = value.trim();
          }
        }
        // Comments trimmed; blank ones are no comment at all.
        const comments = Object.fromEntries(
          Object.entries(payload.comments ?? {})
            .map(([id, text]) => [id, typeof text === 'string' ? text.trim() : text] as const)
            .filter(([, text]) => text !== ''),
        );
        return Object.keys(comments).length ? { answers, comments } : { answers };
      }),
    );
export type SurveyPayload = { answers: Record<string, unknown>; comments?: Record<string, string> };

const count = z.int().check(z.minimum(0));

/** Published results of one question: free text is never published, only how many answered. */
export const SurveyQuestionResult = z.discriminatedUnion('kind', [
  z.strictObject({ question: ItemId, kind: z.literal('choices'), answered: count, counts: z.record(z.string(), count) }),
  z.strictObject({
    question: ItemId,
    kind: z.literal('numbers'),
    answered: count,
    /** How many answered "Don't know" (a rating that offers it); left out of the distribution, mean and median. */
    unsure: z.optional(count),
    mean: z.nullable(z.number()),
    median: z.nullable(z.number()),
    distribution: z.array(z.strictObject({ value: z.number(), count })),
  }),
  z.strictObject({ question: ItemId, kind: z.literal('ranking'), answered: count, averageRank: z.record(z.string(), z.number()), firstPlace: z.record(z.string(), count) }),
  z.strictObject({ question: ItemId, kind: z.literal('matrix'), answered: count, counts: z.record(z.string(), z.record(z.string(), count)) }),
  z.strictObject({ question: ItemId, kind: z.literal('count-only'), answered: count }),
]);
export type SurveyQuestionResult = z.infer<typeof SurveyQuestionResult>;

export const SurveyResults = z.strictObject({
  initiative: Slug,
  type: z.literal('survey'),
  responses: count,
  questions: z.array(SurveyQuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
