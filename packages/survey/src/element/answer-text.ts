import { formatDate, formatNumber, translator, type Translator } from '@participe/core/element';
import { isEmpty, offersUnsure, UNSURE } from '../rules.js';
import type { Language } from '@participe/core/schemas';
import type { SurveyQuestion } from '../schema.js';
import { formStrings } from './form/strings.js';
import type { SurveyStrings } from './strings.js';

type Text = Translator<SurveyStrings>;

/** One answer in words, as the citizen gave it. */
/** Also used by the staff console to show a response. */
export function answerText(question: SurveyQuestion, value: unknown, language: Language, t: Text): string {
  if (isEmpty(value)) return t('noAnswer');
  if (value === UNSURE && offersUnsure(question)) return t('unsure');
  const label = (choices: ReadonlyArray<{ id: string; label: Record<Language, string> }>, id: unknown) => choices.find((option) => option.id === id)?.label[language] ?? String(id);
  const other = (text: unknown) => `${t('other').replace(/\s*\(.*\)$/, '')}${language === 'fr' ? '\u00a0:' : ':'} ${String(text)}`;
  switch (question.type) {
    case 'single':
    case 'likert':
      return typeof value === 'string' ? label(question.choices, value) : other((value as { other: string }).other);
    case 'multiple': {
      const { choices, other: otherValue } = value as { choices: string[]; other?: string };
      return [...choices.map((id) => label(question.choices, id)), ...(otherValue !== undefined ? [other(otherValue)] : [])].join(', ');
    }
    case 'yes-no':
      return t(value ? 'yes' : 'no');
    case 'consent':
      return t('yes');
    case 'ranking':
      return (value as string[]).map((id, index) => `${index + 1}. ${label(question.choices, id)}`).join(' ; ');
    case 'matrix':
      // In the order of the rows, not of the stored keys (a database may reorder them).
      return question.rows
        .filter((row) => (value as Record<string, string>)[row.id] !== undefined)
        .map((row) => `${row.label[language]}${language === 'fr' ? '\u00a0:' : ':'} ${label(question.columns, (value as Record<string, string>)[row.id])}`)
        .join(' ; ');
    case 'number':
      return typeof value === 'number' ? `${formatNumber(language, value)}${question.unit ? ` ${question.unit[language]}` : ''}` : String(value);
    case 'rating':
      return `${value} / ${question.max}`;
    case 'date':
      return formatDate(language, `${String(value)}T12:00:00`);
    default:
      return String(value);
  }
}


/** A response's answer in words, with the survey's own wording: what the staff console shows. */
export function describeAnswer(question: SurveyQuestion, value: unknown, language: Language): string {
  return answerText(question, value, language, translator(formStrings, language) as unknown as Text);
}
