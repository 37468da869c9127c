import { isAnswerable, offersUnsure, UNSURE } from '../rules.js';
import type { SurveyQuestion, SurveyQuestionResult } from '../schema.js';
import type { ResultsQuery } from '@participe/core/server';
import type { surveyType } from '../manifest.js';
import { aggregateAnswers, type AggregateKind, type AggregateRow } from './results-query.js';

/** How each question type is published. Free text, dates and personal data: only how many answered. */
function kindOf(question: SurveyQuestion): AggregateKind {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'likert':
    case 'yes-no':
      return 'choices';
    case 'number':
    case 'rating':
      return 'numbers';
    case 'ranking':
      return 'ranking';
    case 'matrix':
      return 'matrix';
    case 'consent':
      return 'consent';
    default:
      return 'count-only';
  }
}

/** The keys a choice question's counts use, in the order the question offers them. */
function choiceKeys(question: SurveyQuestion): string[] {
  const unsure = offersUnsure(question) ? [UNSURE] : [];
  if (question.type === 'yes-no') return ['yes', 'no', ...unsure];
  if (!('choices' in question)) return [];
  const keys = question.choices.map((choice) => choice.id);
  return (question.type === 'single' || question.type === 'multiple') && question.other ? [...keys, 'other'] : [...keys, ...unsure];
}

const zeroes = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;

/** Adds counts for the keys the definition knows; answers naming choices removed since are left out. */
function addKnown(into: Record<string, number>, rows: readonly AggregateRow[], pick: (row: AggregateRow) => string | null) {
  for (const row of rows) {
    const key = pick(row);
    if (key !== null && Object.hasOwn(into, key)) into[key] = (into[key] ?? 0) + row.count;
  }
  return into;
}

function questionResult(question: SurveyQuestion, answered: number, rows: readonly AggregateRow[]): SurveyQuestionResult {
  const of = (part: AggregateRow['part']) => rows.filter((row) => row.part === part);
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'likert':
    case 'yes-no':
      return { question: question.id, kind: 'choices', answered, counts: addKnown(zeroes(choiceKeys(question)), of('choice'), (row) => row.key) };
    case 'number':
    case 'rating': {
      const counts = new Map<number, number>();
      // A rating's every point shows, even when nobody chose it; a number shows the values given.
      if (question.type === 'rating') for (let value = question.min; value <= question.max; value++) counts.set(value, 0);
      for (const row of of('value')) counts.set(Number(row.number), (counts.get(Number(row.number)) ?? 0) + row.count);
      const distribution = [...counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count }));
      const stats = of('stats')[0];
      // "Don't know" answers are answers, but no number: counted apart.
      const numeric = of('value').reduce((sum, row) => sum + row.count, 0);
      const unsure = offersUnsure(question) ? { unsure: Math.max(0, answered - numeric) } : {};
      return { question: question.id, kind: 'numbers', answered, ...unsure, mean: stats?.number ?? null, median: stats?.median ?? null, distribution };
    }
    case 'ranking': {
      const keys = question.choices.map((choice) => choice.id);
      const ranked = of('rank').filter((row) => row.key !== null && keys.includes(row.key));
      // A choice nobody ranked (with a `limit`) has no average rank at all.
      const averageRank = Object.fromEntries(ranked.map((row) => [row.key!, Number(row.number)]));
      return { question: question.id, kind: 'ranking', answered, averageRank, firstPlace: addKnown(zeroes(keys), ranked, (row) => row.key) };
    }
    case 'matrix': {
      const columns = question.columns.map((column) => column.id);
      const cells = of('cell');
      const counts = Object.fromEntries(question.rows.map((row) => [row.id, addKnown(zeroes(columns), cells.filter((cell) => cell.key === row.id), (cell) => cell.subkey)]));
      return { question: question.id, kind: 'matrix', answered, counts };
    }
    default:
      return { question: question.id, kind: 'count-only', answered };
  }
}

/** Rows grouped by question (`responses` has none). */
function byQuestion(rows: readonly AggregateRow[]): Map<string, AggregateRow[]> {
  const groups = new Map<string, AggregateRow[]>();
  for (const row of rows) {
    if (row.question === null) continue;
    const group = groups.get(row.question);
    if (group) group.push(row);
    else groups.set(row.question, [row]);
  }
  return groups;
}

/**
 * Survey results, question by question, in the definition's order: counts per choice, numbers'
 * distribution with mean and median, rankings' average rank and first places, matrices' counts per
 * row and column, and only the number of answers for free text and personal data. Counted in SQL;
 * rejected contributions are left out; mean, median and average ranks are rounded to 2 decimals.
 */
export const surveyResults: ResultsQuery<typeof surveyType> = async (db, initiative) => {
  const definition = initiative.definition;
  const questions = definition.pages.flatMap((page) => page.questions).filter(isAnswerable);
  const rows = await aggregateAnswers(db, initiative.id, questions.map((question) => ({ id: question.id, kind: kindOf(question) })));
  const groups = byQuestion(rows);
  const responses = rows.find((row) => row.part === 'responses')?.count ?? 0;
  return {
    initiative: initiative.id,
    type: 'survey',
    responses,
    questions: questions.map((question) => {
      const own = groups.get(question.id) ?? [];
      const answered = own.find((row) => row.part === 'answered')?.count ?? 0;
      return questionResult(question, answered, own);
    }),
  };
};
