import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords, type ExportColumn, type ExportContext } from '@participe/core/server';
import type { QaDefinition } from '../schema.js';
import { voteCounts } from './queries.js';

const headers = {
  fr: { question: 'Question', name: 'Nom', votes: 'Votes', status: 'Statut', answerFr: 'Réponse (français)', answerEn: 'Réponse (anglais)', answeredAt: 'Répondue le', duplicateOf: 'Fusionnée dans' },
  en: { question: 'Question', name: 'Name', votes: 'Votes', status: 'Status', answerFr: 'Answer (French)', answerEn: 'Answer (English)', answeredAt: 'Answered on', duplicateOf: 'Merged into' },
} satisfies Record<Language, Record<string, string>>;

const statusWords = {
  fr: { answered: 'Répondue', duplicate: 'Fusionnée' },
  en: { answered: 'Answered', duplicate: 'Merged' },
} satisfies Record<Language, Record<string, string>>;

/** One row per question, readable: the question and name, its votes, the answer in both languages. */
export function qaExportColumns(_definition: QaDefinition, language: Language, { db, initiative, beforeEachPage }: ExportContext<QaDefinition>): ExportColumn[] {
  const words = headers[language];
  const payload = (contribution: StaffContribution) => (contribution.payload ?? {}) as Partial<Record<'question' | 'name', string>>;
  const text = (value: string | undefined) => (value === ANONYMISED ? exportWords[language].anonymised : value);
  // The votes of each page of questions, counted in SQL before its rows are written.
  let counts = new Map<string, number>();
  beforeEachPage(async (page) => void (counts = await voteCounts(db, initiative.id, page.map((c) => c.id))));
  return [
    { id: 'question', header: words.question, cell: (c) => text(payload(c).question) },
    { id: 'name', header: words.name, cell: (c) => text(payload(c).name) },
    { id: 'votes', header: words.votes, cell: (c) => counts.get(c.id) ?? 0 },
    { id: 'status', header: words.status, cell: (c) => (c.response ? (statusWords[language][c.response.status as 'answered' | 'duplicate'] ?? c.response.status) : undefined) },
    { id: 'answer-fr', header: words.answerFr, cell: (c) => c.response?.text?.fr },
    { id: 'answer-en', header: words.answerEn, cell: (c) => c.response?.text?.en },
    { id: 'answered-at', header: words.answeredAt, cell: (c) => c.response?.respondedAt },
    { id: 'duplicate-of', header: words.duplicateOf, cell: (c) => c.response?.duplicateOf ?? undefined },
  ];
}
