import type { SurveyDefinition, SurveyPage, SurveyQuestion, SurveyQuestionType } from '../../schema.js';
import { builderStrings } from './strings.js';

// What a new question of each type starts from: a complete, valid question with wording to
// replace, so that adding one shows no error before staff type anything.

const both = <K extends keyof (typeof builderStrings)['fr']>(key: K, ...args: number[]) => {
  const word = (language: 'fr' | 'en') => {
    const entry = builderStrings[language][key] as string | ((n: number) => string);
    return typeof entry === 'function' ? entry(args[0] ?? 1) : entry;
  };
  return { fr: word('fr'), en: word('en') };
};
const text = (fr: string, en: string) => ({ fr, en });
const numbered = (key: 'newChoice' | 'newRow', prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index + 1}`, label: both(key, index + 1) }));
const agreement = () => [
  { id: 'pas-du-tout', label: text('Pas du tout d’accord', 'Strongly disagree') },
  { id: 'plutot-pas', label: text('Plutôt en désaccord', 'Somewhat disagree') },
  { id: 'neutre', label: text('Ni d’accord ni en désaccord', 'Neither agree nor disagree') },
  { id: 'plutot', label: text('Plutôt d’accord', 'Somewhat agree') },
  { id: 'tout-a-fait', label: text('Tout à fait d’accord', 'Strongly agree') },
];

/** The closed types, which may offer a comment box under their answer (kept when a question changes type). */
export const commentableTypes = new Set<SurveyQuestionType>(['single', 'multiple', 'likert', 'yes-no', 'rating', 'ranking', 'matrix']);

/** The type-specific part of a starter question (everything but id, type, label, hint, required, showIf). */
function specifics(type: SurveyQuestionType): Record<string, unknown> {
  switch (type) {
    case 'single':
      return { choices: numbered('newChoice', 'choix', 3), other: false };
    case 'multiple':
      return { choices: numbered('newChoice', 'choix', 3), other: false, otherCounts: true };
    case 'text':
      return { maxLength: 200 };
    case 'long-text':
      return { maxLength: 2000 };
    case 'number':
      return { integer: true, min: 0 };
    case 'rating':
      return { min: 1, max: 5, minLabel: text('Pas du tout', 'Not at all'), maxLabel: text('Tout à fait', 'Completely') };
    case 'likert':
      return { choices: agreement() };
    case 'ranking':
      return { choices: numbered('newChoice', 'choix', 3) };
    case 'matrix':
      return { rows: numbered('newRow', 'enonce', 2), columns: agreement() };
    case 'static':
      return { heading: false, text: text('Texte à afficher.', 'Text to show.') };
    default:
      return {};
  }
}

/** A starter question of `type` with the given id. */
export function starterQuestion(type: SurveyQuestionType, id: string): SurveyQuestion {
  const label =
    type === 'consent'
      ? text('J’accepte que mes réponses soient utilisées comme décrit ci-dessus.', 'I agree that my answers may be used as described above.')
      : both('newQuestionLabel');
  return { id, type, label, ...(type === 'static' ? {} : { required: false }), ...specifics(type) } as SurveyQuestion;
}

/**
 * The same question as another type: id, label, hint, required and condition kept (they mean the
 * same for every type), the rest from the new type's starter.
 */
export function retyped(question: Partial<SurveyQuestion>, type: SurveyQuestionType): SurveyQuestion {
  const starter = starterQuestion(type, question.id ?? '') as unknown as Record<string, unknown>;
  const kept: Record<string, unknown> = { id: question.id, type, label: question.label ?? starter['label'] };
  if (question.hint) kept['hint'] = question.hint;
  if (type !== 'static') kept['required'] = question.required ?? false;
  if (question.showIf) kept['showIf'] = question.showIf;
  if ('comment' in question && question.comment && commentableTypes.has(type)) kept['comment'] = question.comment;
  const { id: _id, type: _type, label: _label, required: _required, ...rest } = starter;
  return { ...kept, ...rest } as unknown as SurveyQuestion;
}

/** The first `<prefix>-<n>` not taken. */
export function freshId(prefix: string, taken: Iterable<string | undefined>): string {
  const used = new Set(taken);
  let number = 1;
  while (used.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

/** Every question id of a (possibly incomplete) definition. */
export const questionIds = (definition: Partial<SurveyDefinition>) =>
  (Array.isArray(definition.pages) ? definition.pages : []).flatMap((page) => (Array.isArray(page?.questions) ? page.questions.map((question) => question?.id) : []));

/** A new page holding one starter question. */
export function starterPage(definition: Partial<SurveyDefinition>): SurveyPage {
  const pages = Array.isArray(definition.pages) ? definition.pages : [];
  return {
    id: freshId('page', pages.map((page) => page?.id)),
    title: both('newPageTitle'),
    questions: [starterQuestion('single', freshId('question', questionIds(definition)))],
  };
}
