import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { IssueDescription } from '@participe/core/element';
import type { Issue } from '@participe/core/schemas';
import { answerProblemOf } from '../../issue-codes.js';
import type { AnswerProblem } from '../../rules.js';
import type { SurveyDefinition, SurveyQuestion } from '../../schema.js';
import { formatDate, formatNumber } from '@participe/core/element';
import type { SurveyStrings } from '../strings.js';

/**
 * The rules' problem codes in the citizen's words, with bounds formatted for their language: the
 * form's own checks, and the collector's refusals of answers (`question` unknown when the refusal
 * names a question the definition does not have).
 */
export function problemText(question: SurveyQuestion | undefined, problem: AnswerProblem, language: Language, t: Translator<SurveyStrings>): string {
  const bound = (value: number | string) => (typeof value === 'number' ? formatNumber(language, value) : formatDate(language, `${value}T12:00:00`));
  switch (problem.code) {
    case 'required':
      return t('answerRequired');
    case 'consent_required':
      return t('consentRequired');
    case 'not_a_choice':
      return t('notAChoice');
    case 'other_missing':
      return t('otherMissing');
    case 'too_long':
      return t('tooLong', problem.params.maximum);
    case 'choose_at_least':
      return t('tooFew', problem.params.minimum);
    case 'choose_at_most':
      return t('tooMany', problem.params.maximum);
    case 'below_minimum':
      return question?.type === 'date' ? t('dateTooEarly', { min: bound(problem.params.minimum) }) : t('belowMinimum', { min: bound(problem.params.minimum) });
    case 'above_maximum':
      return question?.type === 'date' ? t('dateTooLate', { max: bound(problem.params.maximum) }) : t('aboveMaximum', { max: bound(problem.params.maximum) });
    case 'not_whole':
      return t('notWhole');
    case 'invalid_date':
      return t('invalidDate');
    case 'invalid_email':
      return t('invalidEmail');
    case 'invalid_postal_code':
      return t('invalidPostalCode');
    case 'ranking_incomplete':
      return t('rankingIncomplete');
    case 'matrix_incomplete':
      return t('matrixIncomplete');
    case 'wrong_kind':
      return question?.type === 'number' ? t('notANumber') : t('notAccepted');
    default:
      // not_answerable, hidden, unknown_question: only a forged response meets them.
      return t('notAccepted');
  }
}

/** A collector issue about an answer: named by its question, worded as the form words its own checks (same codes). */
export function describeAnswerIssue(definition: SurveyDefinition, issue: Issue, language: Language, t: Translator<SurveyStrings>): IssueDescription {
  const id = /^payload\.answers\.([^.[]+)$/.exec(issue.path)?.[1];
  const question = definition.pages.flatMap((page) => page.questions).find((candidate) => candidate.id === id);
  const problem = answerProblemOf(issue);
  return { field: question?.label[language], words: problem && problemText(question, problem, language, t) };
}
