import type { Language } from '@participe/core/schemas';
import type { SurveyDefinition, SurveyQuestion } from '../../schema.js';
import { builderStrings } from './strings.js';

/** One question of a draft with where it sits: its page, its index there, its number in the whole survey. */
export interface PlacedQuestion {
  question: Partial<SurveyQuestion>;
  page: number;
  index: number;
  number: number;
}

/** Every question of a (possibly incomplete) definition, numbered from 1 across pages as staff count them. */
export function placedQuestions(definition: Partial<SurveyDefinition> | undefined): PlacedQuestion[] {
  const placed: PlacedQuestion[] = [];
  const pages = Array.isArray(definition?.pages) ? definition.pages : [];
  pages.forEach((page, pageIndex) => {
    const questions = Array.isArray(page?.questions) ? page.questions : [];
    questions.forEach((question, index) => placed.push({ question: question ?? {}, page: pageIndex, index, number: placed.length + 1 }));
  });
  return placed;
}

const quoted = (text: string, language: Language) => (language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`);

/** "Question 3 « Secteurs prioritaires »" (its label in `language`, else its id, else just its number). */
export function questionName(placed: Pick<PlacedQuestion, 'question' | 'number'>, language: Language): string {
  const label = placed.question.label?.[language]?.trim() || placed.question.id?.trim();
  const word = builderStrings[language].question(placed.number);
  return label ? `${word} ${quoted(label, language)}` : word;
}

/** "Page 2 « Votre visite »". */
export function pageName(page: Partial<SurveyDefinition['pages'][number]> | undefined, index: number, language: Language): string {
  const title = page?.title?.[language]?.trim() || page?.id?.trim();
  const word = builderStrings[language].page(index + 1);
  return title ? `${word} ${quoted(title, language)}` : word;
}
