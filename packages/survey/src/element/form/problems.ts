import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { AnswerProblem } from '../../rules.js';
import type { SurveyQuestion } from '../../schema.js';
import { formatDate, formatNumber } from '@participe/core/element';
import type { SurveyStrings } from '../strings.js';

/** The rules' problem codes in the citizen's words, with bounds formatted for their language. */
export function problemText(question: SurveyQuestion, problem: AnswerProblem, language: Language, t: Translator<SurveyStrings>): string {
  const bound = (value: number | string) => (typeof value === 'number' ? formatNumber(language, value) : formatDate(language, `${value}T12:00:00`));
  switch (problem.code) {
    case 'required':
      return t('answerRequired');
    case 'consent-required':
      return t('consentRequired');
    case 'not-a-choice':
      return t('notAChoice');
    case 'other-missing':
      return t('otherMissing');
    case 'too-long':
      return t('tooLong', problem.max);
    case 'too-few':
      return t('tooFew', problem.min);
    case 'too-many':
      return t('tooMany', problem.max);
    case 'below-minimum':
      return t('belowMinimum', { min: bound(problem.min) });
    case 'above-maximum':
      return t('aboveMaximum', { max: bound(problem.max) });
    case 'not-whole':
      return t('notWhole');
    case 'invalid-date':
      return t('invalidDate');
    case 'invalid-email':
      return t('invalidEmail');
    case 'invalid-postal-code':
      return t('invalidPostalCode');
    case 'ranking-incomplete':
      return t('rankingIncomplete');
    case 'matrix-incomplete':
      return t('matrixIncomplete');
    case 'wrong-kind':
      return question.type === 'number' ? t('notANumber') : t('notAccepted');
    default:
      return t('notAccepted');
  }
}
