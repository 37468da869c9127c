// The survey's rules, without zod: which questions a citizen sees given their answers, and what is
// wrong with an answer. The widget checks each page with them (and words the problems itself);
// the collector checks whole responses with them (through `surveyPayload`). One set of rules, so a
// response the widget accepts is a response the collector accepts.
import type { SurveyCondition, SurveyDefinition, SurveyQuestion } from './schema.js';

export type Answers = Record<string, unknown>;

/** What is wrong with one answer, as a code and the figures a message needs. */
export type AnswerProblem =
  | { code: 'required' }
  | { code: 'consent-required' }
  | { code: 'not-answerable' }
  | { code: 'hidden' }
  | { code: 'unknown-question' }
  | { code: 'wrong-kind' }
  | { code: 'not-a-choice' }
  | { code: 'other-missing' }
  | { code: 'too-long'; max: number }
  | { code: 'too-few'; min: number }
  | { code: 'too-many'; max: number }
  | { code: 'below-minimum'; min: number | string }
  | { code: 'above-maximum'; max: number | string }
  | { code: 'not-whole' }
  | { code: 'invalid-date' }
  | { code: 'invalid-email' }
  | { code: 'invalid-postal-code' }
  | { code: 'ranking-incomplete'; count: number }
  | { code: 'matrix-incomplete' };

const OTHER_MAX_LENGTH = 300;
const EMAIL_MAX_LENGTH = 254;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Canada Post: no D, F, I, O, Q, U anywhere; no W or Z first. */
const postalCodePattern = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** "h2x1y4", "H2X-1Y4" → "H2X 1Y4"; undefined when it cannot be a Canadian postal code. */
export function normalizePostalCode(value: string): string | undefined {
  const compact = value.toUpperCase().replace(/[\s-]/g, '');
  return postalCodePattern.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** No answer at all: absent, blank text, or nothing chosen. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) {
    // `choices` may be anything in a forged response: only an empty list is "nothing chosen".
    if ('choices' in value) return Array.isArray(value.choices) && value.choices.length === 0 && isEmpty(value.other);
    if ('other' in value) return isEmpty(value.other);
    return Object.keys(value).length === 0;
  }
  return false;
}

/** Questions that take an answer (a static text or heading takes none). */
export const isAnswerable = (question: SurveyQuestion) => question.type !== 'static';

function matches(condition: SurveyCondition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((inner) => matches(inner, answers));
  if ('any' in condition) return condition.any.some((inner) => matches(inner, answers));
  const value = answers[condition.question];
  if ('answered' in condition) return !isEmpty(value) === condition.answered;
  if ('includes' in condition) return isObject(value) && Array.isArray(value.choices) && value.choices.includes(condition.includes);
  if (typeof value !== 'number' && !('equals' in condition)) return false;
  if ('atLeast' in condition) return (value as number) >= condition.atLeast;
  if ('atMost' in condition) return (value as number) <= condition.atMost;
  return value === condition.equals;
}

/**
 * The pages and questions a citizen sees, in order, given their answers. A condition only looks at
 * answers to questions that are themselves visible, so hiding a question also hides what hangs on it.
 */
export function visibleSurvey(definition: SurveyDefinition, answers: Answers) {
  const seen: Answers = {};
  const pages: Array<{ page: SurveyDefinition['pages'][number]; questions: SurveyQuestion[] }> = [];
  for (const page of definition.pages) {
    if (page.showIf && !matches(page.showIf, seen)) continue;
    const questions: SurveyQuestion[] = [];
    for (const question of page.questions) {
      if (question.showIf && !matches(question.showIf, seen)) continue;
      questions.push(question);
      if (question.id in answers) seen[question.id] = answers[question.id];
    }
    pages.push({ page, questions });
  }
  return pages;
}

const choiceIds = (choices: ReadonlyArray<{ id: string }>) => new Set(choices.map((choice) => choice.id));

/** What is wrong with one answer to a visible question, or undefined when it is fine. */
export function checkAnswer(question: SurveyQuestion, value: unknown): AnswerProblem | undefined {
  if (!isAnswerable(question)) return isEmpty(value) ? undefined : { code: 'not-answerable' };
  // An unticked consent box is no consent at all.
  if (isEmpty(value) || (question.type === 'consent' && value === false)) {
    if (!question.required) return undefined;
    return question.type === 'consent' ? { code: 'consent-required' } : { code: 'required' };
  }
  switch (question.type) {
    case 'single':
    case 'likert': {
      if (typeof value === 'string') return choiceIds(question.choices).has(value) ? undefined : { code: 'not-a-choice' };
      if (question.type === 'single' && question.other && isObject(value) && typeof value.other === 'string') {
        return value.other.trim().length > OTHER_MAX_LENGTH ? { code: 'too-long', max: OTHER_MAX_LENGTH } : undefined;
      }
      return { code: 'wrong-kind' };
    }
    case 'multiple': {
      if (!isObject(value) || !Array.isArray(value.choices) || !value.choices.every((id) => typeof id === 'string')) return { code: 'wrong-kind' };
      const ids = choiceIds(question.choices);
      if (value.choices.some((id) => !ids.has(id as string)) || new Set(value.choices).size !== value.choices.length) return { code: 'not-a-choice' };
      const hasOther = value.other !== undefined;
      if (hasOther && (!question.other || typeof value.other !== 'string')) return { code: 'wrong-kind' };
      if (hasOther && (value.other as string).trim() === '') return { code: 'other-missing' };
      if (hasOther && (value.other as string).trim().length > OTHER_MAX_LENGTH) return { code: 'too-long', max: OTHER_MAX_LENGTH };
      const count = value.choices.length + (hasOther ? 1 : 0);
      if (question.min !== undefined && count < question.min) return { code: 'too-few', min: question.min };
      if (question.max !== undefined && count > question.max) return { code: 'too-many', max: question.max };
      return undefined;
    }
    case 'text':
    case 'long-text':
      if (typeof value !== 'string') return { code: 'wrong-kind' };
      return value.trim().length > question.maxLength ? { code: 'too-long', max: question.maxLength } : undefined;
    case 'number':
    case 'rating': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong-kind' };
      if ((question.type === 'rating' || question.integer) && !Number.isInteger(value)) return { code: 'not-whole' };
      if (question.min !== undefined && value < question.min) return { code: 'below-minimum', min: question.min };
      if (question.max !== undefined && value > question.max) return { code: 'above-maximum', max: question.max };
      return undefined;
    }
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : { code: 'wrong-kind' };
    case 'consent':
      return value === true ? undefined : { code: 'wrong-kind' };
    case 'ranking': {
      if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return { code: 'wrong-kind' };
      const ids = choiceIds(question.choices);
      if (value.some((id) => !ids.has(id)) || new Set(value).size !== value.length) return { code: 'not-a-choice' };
      const expected = question.limit ?? question.choices.length;
      return value.length === expected ? undefined : { code: 'ranking-incomplete', count: expected };
    }
    case 'matrix': {
      if (!isObject(value)) return { code: 'wrong-kind' };
      const rows = choiceIds(question.rows);
      const columns = choiceIds(question.columns);
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row) || typeof column !== 'string' || !columns.has(column)) return { code: 'not-a-choice' };
      }
      return question.required && Object.keys(value).length < question.rows.length ? { code: 'matrix-incomplete' } : undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return { code: 'invalid-date' };
      if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return { code: 'invalid-date' };
      if (question.min && value < question.min) return { code: 'below-minimum', min: question.min };
      if (question.max && value > question.max) return { code: 'above-maximum', max: question.max };
      return undefined;
    }
    case 'email':
      if (typeof value !== 'string') return { code: 'wrong-kind' };
      return value.length <= EMAIL_MAX_LENGTH && emailPattern.test(value.trim()) ? undefined : { code: 'invalid-email' };
    case 'postal-code':
      if (typeof value !== 'string') return { code: 'wrong-kind' };
      return normalizePostalCode(value) ? undefined : { code: 'invalid-postal-code' };
  }
}

/**
 * Every problem with a whole response: each visible question checked, and any answer to a
 * question the citizen could not see (hidden by a condition, or unknown) refused.
 */
export function checkAnswers(definition: SurveyDefinition, answers: Answers): Array<{ question: string; problem: AnswerProblem }> {
  const problems: Array<{ question: string; problem: AnswerProblem }> = [];
  const visible = new Set<string>();
  for (const { questions } of visibleSurvey(definition, answers)) {
    for (const question of questions) {
      visible.add(question.id);
      const problem = checkAnswer(question, answers[question.id]);
      if (problem) problems.push({ question: question.id, problem });
    }
  }
  const known = new Set(definition.pages.flatMap((page) => page.questions.map((question) => question.id)));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ question: id, problem: { code: 'unknown-question' } });
    else if (!visible.has(id) && !isEmpty(answers[id])) problems.push({ question: id, problem: { code: 'hidden' } });
  }
  return problems;
}

/** The same problems in English, for the collector's API answers. */
export function describeProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'required':
      return 'an answer is required';
    case 'consent-required':
      return 'consent must be given';
    case 'not-answerable':
      return 'this item takes no answer';
    case 'hidden':
      return 'this question was not shown for the other answers, so it cannot be answered';
    case 'unknown-question':
      return 'no such question in this survey';
    case 'wrong-kind':
      return 'this kind of answer does not fit the question';
    case 'not-a-choice':
      return 'not one of the question\u2019s choices';
    case 'other-missing':
      return '"other" needs a description';
    case 'too-long':
      return `must be at most ${problem.max} characters`;
    case 'too-few':
      return `choose at least ${problem.min}`;
    case 'too-many':
      return `choose at most ${problem.max}`;
    case 'below-minimum':
      return `must be at least ${problem.min}`;
    case 'above-maximum':
      return `must be at most ${problem.max}`;
    case 'not-whole':
      return 'must be a whole number';
    case 'invalid-date':
      return 'must be a date written YYYY-MM-DD';
    case 'invalid-email':
      return 'must be an email address';
    case 'invalid-postal-code':
      return 'must be a Canadian postal code such as H2X 1Y4';
    case 'ranking-incomplete':
      return `must rank ${problem.count} choices, each once`;
    case 'matrix-incomplete':
      return 'every row needs an answer';
  }
}

/** Questions that ask for personal information: their presence puts the privacy notice first. */
export const asksPersonalInformation = (definition: SurveyDefinition) =>
  definition.pages.some((page) => page.questions.some((question) => question.type === 'email' || question.type === 'postal-code'));
