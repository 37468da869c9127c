import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { isAnswerable, isEmpty, offersUnsure, UNSURE } from '../rules.js';
import { type SurveyDefinition, type SurveyQuestion } from '../schema.js';
import { exportWords, type ExportColumn, type ExportContext, type ExportWords } from '@participe/core/server';

type Words = ExportWords;
type Choices = ReadonlyArray<{ id: string; label: Record<Language, string> }>;

const commentsOf = (contribution: StaffContribution): Record<string, unknown> => {
  const comments = (contribution.payload as { comments?: unknown } | null)?.comments;
  return comments && typeof comments === 'object' && !Array.isArray(comments) ? (comments as Record<string, unknown>) : {};
};

const answersOf = (contribution: StaffContribution): Record<string, unknown> => {
  const answers = (contribution.payload as { answers?: unknown } | null)?.answers;
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A choice's label in the export's language; an id no longer in the definition shows as itself. */
const labelOf = (choices: Choices, id: unknown, language: Language) => choices.find((choice) => choice.id === id)?.label[language] ?? String(id);

/** A value this code does not expect (the definition changed since): shown as stored rather than lost. */
const asStored = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value));

/** The readable cell of one answer; matrices and "other" texts have their own columns. */
function answerCell(question: SurveyQuestion, value: unknown, language: Language, words: Words): unknown {
  if (isEmpty(value)) return undefined;
  if (value === ANONYMISED) return words.anonymised;
  if (value === UNSURE && offersUnsure(question)) return words.unsure;
  switch (question.type) {
    case 'single':
    case 'likert':
      if (typeof value === 'string') return labelOf(question.choices, value, language);
      return isObject(value) && 'other' in value ? words.other : asStored(value);
    case 'multiple': {
      if (!isObject(value) || !Array.isArray(value.choices)) return asStored(value);
      const picked = value.choices.map((id) => labelOf(question.choices, id, language));
      return [...picked, ...(isEmpty(value.other) ? [] : [words.other])].join('; ');
    }
    case 'yes-no':
    case 'consent':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : asStored(value);
    case 'ranking':
      return Array.isArray(value) ? value.map((id, index) => `${index + 1}. ${labelOf(question.choices, id, language)}`).join('; ') : asStored(value);
    default:
      // Numbers stay numbers; texts, emails, postal codes and dates (YYYY-MM-DD) as stored.
      return asStored(value);
  }
}

/** The columns of one question: one, or one per matrix row, plus one for the "other" text and one for the comment when offered. */
function questionColumns(question: SurveyQuestion, title: string, language: Language, words: Words): ExportColumn[] {
  const answer = (contribution: StaffContribution) => answersOf(contribution)[question.id];
  if (question.type === 'matrix') {
    const rows = question.rows.map((row): ExportColumn => ({
      id: `${question.id}.${row.id}`,
      header: `${title} — ${row.label[language]}`,
      cell: (contribution) => {
        const value = answer(contribution);
        return isObject(value) && value[row.id] !== undefined ? labelOf(question.columns, value[row.id], language) : undefined;
      },
    }));
    return [...rows, ...commentColumn(question, title, words)];
  }
  const columns: ExportColumn[] = [{ id: question.id, header: title, cell: (contribution) => answerCell(question, answer(contribution), language, words) }];
  if ((question.type === 'single' || question.type === 'multiple') && question.other) {
    columns.push({
      id: `${question.id}.other`,
      header: `${title} — ${words.other}`,
      cell: (contribution) => {
        const value = answer(contribution);
        if (!isObject(value) || typeof value.other !== 'string') return undefined;
        return value.other === ANONYMISED ? words.anonymised : value.other;
      },
    });
  }
  return [...columns, ...commentColumn(question, title, words)];
}

/** The column of the comment box a closed question may offer. */
function commentColumn(question: SurveyQuestion, title: string, words: Words): ExportColumn[] {
  if (!('comment' in question) || !question.comment) return [];
  return [
    {
      id: `${question.id}.comment`,
      header: `${title} — ${words.comment}`,
      cell: (contribution) => {
        const text = commentsOf(contribution)[question.id];
        return text === ANONYMISED ? words.anonymised : typeof text === 'string' ? text : undefined;
      },
    },
  ];
}

/**
 * One column per question in the definition's order, headed by its label in the export's language
 * (with its id when two questions share a label), cells in words: choice labels, yes/no, multiple
 * choices joined by "; ", rankings as "1. A; 2. B". Answers to questions removed from the
 * definition since come last, headed by their id, as stored.
 */
export function surveyExportColumns(definition: SurveyDefinition, language: Language, { payloadPaths }: Pick<ExportContext, 'payloadPaths'>): ExportColumn[] {
  const words = exportWords[language];
  const questions = definition.pages.flatMap((page) => page.questions).filter(isAnswerable);
  const labelCount = new Map<string, number>();
  for (const question of questions) labelCount.set(question.label[language], (labelCount.get(question.label[language]) ?? 0) + 1);
  const titleOf = (question: SurveyQuestion) => {
    const label = question.label[language];
    return (labelCount.get(label) ?? 0) > 1 ? `${label} (${question.id})` : label;
  };
  const known = new Set(definition.pages.flatMap((page) => page.questions.map((question) => question.id)));
  const answered = payloadPaths.flatMap((path) => (path.startsWith('answers.') ? [path.split('.')[1]!] : []));
  const removed = [...new Set(answered)].filter((id) => !known.has(id)).sort();
  return [
    ...questions.flatMap((question) => questionColumns(question, titleOf(question), language, words)),
    ...removed.map(
      (id): ExportColumn => ({
        id,
        header: id,
        cell: (contribution) => {
          const value = answersOf(contribution)[id];
          return isEmpty(value) ? undefined : value === ANONYMISED ? words.anonymised : asStored(value);
        },
      }),
    ),
  ];
}
