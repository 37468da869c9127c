import { html, nothing } from 'lit';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, anonymisedWords, defineStaff, isAnonymised } from '@participe/core/staff';
import { describeAnswer } from '../element/answer-text.js';
import '../element/define.js';
import { isEmpty, surveyType, type SurveyDefinition, type SurveyQuestion } from '../manifest.js';
import { surveyDefinitionForm } from './form/index.js';
import { surveyIssueText } from './issue-words.js';
import { renderSurveyResults } from './results.js';
import { surveyStaffStrings } from './strings.js';
import { surveyTemplate } from './template.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The definition's questions, in order; none when the definition is not a survey's. */
function questionsOf(definition: unknown): SurveyQuestion[] {
  const pages = (definition as Partial<SurveyDefinition> | undefined)?.pages;
  return Array.isArray(pages) ? pages.flatMap((page) => page.questions) : [];
}

/** Answers holding words the citizen wrote: free text, or a choice's "other (specify)". */
function writtenByCitizen(question: SurveyQuestion, value: unknown): boolean {
  if (question.type === 'text' || question.type === 'long-text') return true;
  return (question.type === 'single' || question.type === 'multiple') && isRecord(value) && !isEmpty(value['other']);
}

/** The survey's own words for an answer; the raw value if the definition changed since it was given. */
function answerWords(question: SurveyQuestion, value: unknown, language: Language): string {
  try {
    return describeAnswer(question, value, language);
  } catch {
    return JSON.stringify(value);
  }
}

/** An "Other (specify)" text removed at the end of retention: the rest of the answer (the choices) still reads. */
const otherAnonymised = (value: unknown): value is Record<string, unknown> => isRecord(value) && isAnonymised(value['other']);

/** One answer in words; anonymised parts in the interface language, the citizen's own words marked with theirs. */
function renderAnswer(question: SurveyQuestion, value: unknown, language: Language, contentLanguage: Language) {
  if (isAnonymised(value)) return html`<dd>${anonymisedMark(language)}</dd>`;
  if (otherAnonymised(value)) return html`<dd>${answerWords(question, { ...value, other: anonymisedWords(language) }, language)}</dd>`;
  const citizen = writtenByCitizen(question, value);
  return html`<dd lang=${citizen ? contentLanguage : nothing}>${answerWords(question, value, citizen ? contentLanguage : language)}</dd>`;
}

/** The comment left beside an answer: the box's label in the interface language, the citizen's words in theirs. */
function renderComment(question: SurveyQuestion, text: unknown, language: Language, contentLanguage: Language) {
  if (text === undefined) return nothing;
  const label = 'comment' in question && question.comment ? question.comment[language] : surveyStaffStrings[language].comment;
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  if (isAnonymised(text)) return html`<dd>${label}${colon}${anonymisedMark(language)}</dd>`;
  return html`<dd>${label}${colon}<span lang=${contentLanguage}>${String(text)}</span></dd>`;
}

/**
 * One response: each answered question (only shown questions can be answered) with its label and
 * the answer in the survey's wording. Answers with the citizen's own words are described in the
 * language they were written in and marked so; answers to questions no longer in the definition
 * are listed by id rather than hidden.
 */
function renderPayload(payload: unknown, definition: unknown, language: Language, contentLanguage: Language) {
  const answers = isRecord(payload) ? payload['answers'] : undefined;
  const comments = isRecord(payload) && isRecord(payload['comments']) ? payload['comments'] : {};
  const questions = questionsOf(definition);
  if (!isRecord(answers) || !questions.length) return html`<code>${JSON.stringify(payload)}</code>`;
  const known = new Set(questions.map((question) => question.id));
  return html`<dl class="payload">
    ${questions
      .filter((question) => !isEmpty(answers[question.id]) || comments[question.id] !== undefined)
      .map((question) => html`<dt>${question.label[language]}</dt>
          ${isEmpty(answers[question.id]) ? nothing : renderAnswer(question, answers[question.id], language, contentLanguage)}
          ${renderComment(question, comments[question.id], language, contentLanguage)}`)}
    ${Object.keys(answers)
      .filter((id) => !known.has(id))
      .map((id) => html`<dt><code>${id}</code></dt><dd>${isAnonymised(answers[id]) ? anonymisedMark(language) : JSON.stringify(answers[id])}</dd>`)}
  </dl>`;
}

/** `<participe-survey>`: pages of questions with conditions, a review step, results as charts. */
export const surveyStaff = defineStaff({
  manifest: surveyType,
  label: (language) => surveyStaffStrings[language].label,
  definitionTemplate: surveyTemplate,
  definitionHint: (language) => surveyStaffStrings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-survey .preview=${initiative}></participe-survey>`,
  renderPayload,
  entry: {
    kind: 'widget',
    // The citizen's form itself: same questions, conditions and checks; the console sends the answers.
    render: ({ initiative, submit }) => html`<participe-survey .preview=${initiative} .submitter=${submit}></participe-survey>`,
    issueLabel: (path, definition, language) => {
      const id = /^answers\.([^.[]+)/.exec(path)?.[1];
      return questionsOf(definition).find((question) => question.id === id)?.label[language];
    },
  },
  wordIssue: surveyIssueText,
  definitionForm: surveyDefinitionForm,
  results: {
    responses: (results) => results.responses,
    render: renderSurveyResults,
  },
  views: [],
});
export { surveyTemplate } from './template.js';
export { surveyDefinitionForm } from './form/index.js';
export { surveyIssueText, surveyIssueWording } from './issue-words.js';
