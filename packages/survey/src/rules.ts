// The survey's rules, without zod: which questions a citizen sees given their answers, and what is
// wrong with an answer. The widget checks each page with them (and words the problems itself);
// the collector checks whole responses with them (through `surveyPayload`). One set of rules, so a
// response the widget accepts is a response the collector accepts.
import type { SurveyCondition, SurveyDefinition, SurveyQuestion } from './schema.js';

export type Answers = Record<string, unknown>;

/**
 * What is wrong with one answer: a code and the figures its wording needs. The same codes and
 * params travel in the collector's issues (`answerIssueCodes` in schema.ts), so the widget and the
 * console word a refusal as they word their own checks.
 */
export type AnswerProblem =
  | {
      code:
        | 'required'
        | 'consent_required'
        | 'not_answerable'
        | 'hidden'
        | 'unknown_question'
        | 'wrong_kind'
        | 'not_a_choice'
        | 'other_missing'
        | 'not_whole'
        | 'invalid_date'
        | 'invalid_email'
        | 'invalid_postal_code'
        | 'matrix_incomplete';
    }
  | { code: 'too_long'; params: { maximum: number } }
  | { code: 'choose_at_least'; params: { minimum: number } }
  | { code: 'choose_at_most'; params: { maximum: number } }
  | { code: 'below_minimum'; params: { minimum: number | string } }
  | { code: 'above_maximum'; params: { maximum: number | string } }
  | { code: 'ranking_incomplete'; params: { count: number } };

/** The answer "Don't know / unsure" stores, on yes/no and scales that offer it (`unsure`). */
export const UNSURE = 'unsure';

/** Whether a question offers "Don't know / unsure". */
export const offersUnsure = (question: SurveyQuestion) => (question.type === 'yes-no' || question.type === 'rating' || question.type === 'likert') && question.unsure === true;

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
  if (!isAnswerable(question)) return isEmpty(value) ? undefined : { code: 'not_answerable' };
  // "Other" chosen counts as an answer even when its text is blank: a blank one is refused, never
  // stored as if nothing had been chosen (single and multiple choice alike).
  if ((question.type === 'single' || question.type === 'multiple') && isObject(value) && 'other' in value) {
    if (!question.other || typeof value.other !== 'string') return { code: 'wrong_kind' };
    if (value.other.trim() === '') return { code: 'other_missing' };
  }
  // An unticked consent box is no consent at all.
  if (isEmpty(value) || (question.type === 'consent' && value === false)) {
    if (!question.required) return undefined;
    return question.type === 'consent' ? { code: 'consent_required' } : { code: 'required' };
  }
  if (value === UNSURE && offersUnsure(question)) return undefined;
  switch (question.type) {
    case 'single':
    case 'likert': {
      if (typeof value === 'string') return choiceIds(question.choices).has(value) ? undefined : { code: 'not_a_choice' };
      if (question.type === 'single' && question.other && isObject(value) && typeof value.other === 'string') {
        return value.other.trim().length > OTHER_MAX_LENGTH ? { code: 'too_long', params: { maximum: OTHER_MAX_LENGTH } } : undefined;
      }
      return { code: 'wrong_kind' };
    }
    case 'multiple': {
      if (!isObject(value) || !Array.isArray(value.choices) || !value.choices.every((id) => typeof id === 'string')) return { code: 'wrong_kind' };
      const ids = choiceIds(question.choices);
      if (value.choices.some((id) => !ids.has(id as string)) || new Set(value.choices).size !== value.choices.length) return { code: 'not_a_choice' };
      const hasOther = value.other !== undefined;
      if (hasOther && (!question.other || typeof value.other !== 'string')) return { code: 'wrong_kind' };
      if (hasOther && (value.other as string).trim() === '') return { code: 'other_missing' };
      if (hasOther && (value.other as string).trim().length > OTHER_MAX_LENGTH) return { code: 'too_long', params: { maximum: OTHER_MAX_LENGTH } };
      // "Other" counts toward min and max unless the question says it does not (`otherCounts`).
      const count = value.choices.length + (hasOther && question.otherCounts !== false ? 1 : 0);
      if (question.min !== undefined && count < question.min) return { code: 'choose_at_least', params: { minimum: question.min } };
      if (question.max !== undefined && count > question.max) return { code: 'choose_at_most', params: { maximum: question.max } };
      return undefined;
    }
    case 'text':
    case 'long-text':
      if (typeof value !== 'string') return { code: 'wrong_kind' };
      return value.trim().length > question.maxLength ? { code: 'too_long', params: { maximum: question.maxLength } } : undefined;
    case 'number':
    case 'rating': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong_kind' };
      if ((question.type === 'rating' || question.integer) && !Number.isInteger(value)) return { code: 'not_whole' };
      if (question.min !== undefined && value < question.min) return { code: 'below_minimum', params: { minimum: question.min } };
      if (question.max !== undefined && value > question.max) return { code: 'above_maximum', params: { maximum: question.max } };
      return undefined;
    }
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : { code: 'wrong_kind' };
    case 'consent':
      return value === true ? undefined : { code: 'wrong_kind' };
    case 'ranking': {
      if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return { code: 'wrong_kind' };
      const ids = choiceIds(question.choices);
      if (value.some((id) => !ids.has(id)) || new Set(value).size !== value.length) return { code: 'not_a_choice' };
      const expected = question.limit ?? question.choices.length;
      return value.length === expected ? undefined : { code: 'ranking_incomplete', params: { count: expected } };
    }
    case 'matrix': {
      if (!isObject(value)) return { code: 'wrong_kind' };
      const rows = choiceIds(question.rows);
      const columns = choiceIds(question.columns);
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row) || typeof column !== 'string' || !columns.has(column)) return { code: 'not_a_choice' };
      }
      return question.required && Object.keys(value).length < question.rows.length ? { code: 'matrix_incomplete' } : undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return { code: 'invalid_date' };
      if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return { code: 'invalid_date' };
      if (question.min && value < question.min) return { code: 'below_minimum', params: { minimum: question.min } };
      if (question.max && value > question.max) return { code: 'above_maximum', params: { maximum: question.max } };
      return undefined;
    }
    case 'email':
      if (typeof value !== 'string') return { code: 'wrong_kind' };
      return value.length <= EMAIL_MAX_LENGTH && emailPattern.test(value.trim()) ? undefined : { code: 'invalid_email' };
    case 'postal-code':
      if (typeof value !== 'string') return { code: 'wrong_kind' };
      return normalizePostalCode(value) ? undefined : { code: 'invalid_postal_code' };
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
    if (!known.has(id)) problems.push({ question: id, problem: { code: 'unknown_question' } });
    else if (!visible.has(id) && !isEmpty(answers[id])) problems.push({ question: id, problem: { code: 'hidden' } });
  }
  return problems;
}

/** The longest comment a closed question's comment box takes. */
export const COMMENT_MAX_LENGTH = 1000;

/** Whether a question offers a comment box under its answer. */
export const takesComment = (question: SurveyQuestion) => 'comment' in question && question.comment !== undefined;

/**
 * Every problem with a response's comments: each must belong to a question shown to the citizen
 * that offers a comment box, be text, and fit. Blank comments are no comments (dropped).
 */
export function checkComments(definition: SurveyDefinition, answers: Answers, comments: Record<string, unknown>): Array<{ question: string; problem: AnswerProblem }> {
  const problems: Array<{ question: string; problem: AnswerProblem }> = [];
  const all = new Map(definition.pages.flatMap((page) => page.questions.map((question) => [question.id, question] as const)));
  const visible = new Set(visibleSurvey(definition, answers).flatMap(({ questions }) => questions.map((question) => question.id)));
  for (const [id, text] of Object.entries(comments)) {
    const question = all.get(id);
    if (typeof text === 'string' && text.trim() === '') continue;
    if (!question) problems.push({ question: id, problem: { code: 'unknown_question' } });
    else if (typeof text !== 'string') problems.push({ question: id, problem: { code: 'wrong_kind' } });
    else if (!visible.has(id)) problems.push({ question: id, problem: { code: 'hidden' } });
    else if (!takesComment(question)) problems.push({ question: id, problem: { code: 'not_answerable' } });
    else if (text.trim().length > COMMENT_MAX_LENGTH) problems.push({ question: id, problem: { code: 'too_long', params: { maximum: COMMENT_MAX_LENGTH } } });
  }
  return problems;
}

/** The same problems in English, for the collector's API answers (`message`). */
export function describeProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'required':
      return 'an answer is required';
    case 'consent_required':
      return 'consent must be given';
    case 'not_answerable':
      return 'this item takes no answer';
    case 'hidden':
      return 'this question was not shown for the other answers, so it cannot be answered';
    case 'unknown_question':
      return 'no such question in this survey';
    case 'wrong_kind':
      return 'this kind of answer does not fit the question';
    case 'not_a_choice':
      return 'not one of the question\u2019s choices';
    case 'other_missing':
      return '"other" needs a description';
    case 'too_long':
      return `must be at most ${problem.params.maximum} characters`;
    case 'choose_at_least':
      return `choose at least ${problem.params.minimum}`;
    case 'choose_at_most':
      return `choose at most ${problem.params.maximum}`;
    case 'below_minimum':
      return `must be at least ${problem.params.minimum}`;
    case 'above_maximum':
      return `must be at most ${problem.params.maximum}`;
    case 'not_whole':
      return 'must be a whole number';
    case 'invalid_date':
      return 'must be a date written YYYY-MM-DD';
    case 'invalid_email':
      return 'must be an email address';
    case 'invalid_postal_code':
      return 'must be a Canadian postal code such as H2X 1Y4';
    case 'ranking_incomplete':
      return `must rank ${problem.params.count} choices, each once`;
    case 'matrix_incomplete':
      return 'every row needs an answer';
  }
}

/** Questions that ask for personal information: their presence puts the privacy notice first. */
export const asksPersonalInformation = (definition: SurveyDefinition) =>
  definition.pages.some((page) => page.questions.some((question) => question.type === 'email' || question.type === 'postal-code'));
