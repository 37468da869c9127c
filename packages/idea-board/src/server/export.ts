import type { ExportColumn, ExportContext } from '@participe/core/server';
import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords } from '@participe/core/server';
import type { IdeaBoardDefinition } from '../schema.js';
import { statusLabel } from '../words.js';
import { voteCounts } from './queries.js';

const headers = {
  fr: {
    title: 'Titre',
    description: 'Description',
    text: 'Texte',
    name: 'Nom affiché',
    category: 'Catégorie',
    topic: 'Fil',
    voters: 'Votants',
    up: 'Pour',
    down: 'Contre',
    average: 'Note moyenne',
    supports: 'Appuis',
    status: 'Statut',
    responseFr: 'Réponse (français)',
    responseEn: 'Réponse (anglais)',
    duplicateOf: 'Double de',
    reports: 'Signalements',
    hidden: 'Masquée le',
  },
  en: {
    title: 'Title',
    description: 'Description',
    text: 'Text',
    name: 'Display name',
    category: 'Category',
    topic: 'Thread',
    voters: 'Voters',
    up: 'For',
    down: 'Against',
    average: 'Average rating',
    supports: 'Supports',
    status: 'Status',
    responseFr: 'Answer (French)',
    responseEn: 'Answer (English)',
    duplicateOf: 'Duplicate of',
    reports: 'Reports',
    hidden: 'Hidden on',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * One row per idea (or post), readable: its texts, category and thread in words, its votes as the
 * board counts them, the official answer in both languages, open reports.
 */
export function ideaBoardExportColumns(definition: IdeaBoardDefinition, language: Language, { db, initiative, beforeEachPage }: ExportContext<IdeaBoardDefinition>): ExportColumn[] {
  const words = headers[language];
  const payload = (contribution: StaffContribution) => (contribution.payload ?? {}) as Partial<Record<'title' | 'description' | 'text' | 'name' | 'category' | 'topic', string>>;
  const text = (value: string | undefined) => (value === ANONYMISED ? exportWords[language].anonymised : value);
  const labelOf = (choices: IdeaBoardDefinition['categories'], id: string | undefined) => (id === undefined ? undefined : (choices.find((choice: IdeaBoardDefinition['categories'][number]) => choice.id === id)?.label[language] ?? id));
  const columns: ExportColumn[] = [];
  const column = (id: string, header: string, cell: ExportColumn['cell']) => columns.push({ id, header, cell });

  if (definition.mode === 'ideas') {
    column('title', words.title, (c) => text(payload(c).title));
    column('description', words.description, (c) => text(payload(c).description));
    if (definition.categories.length) column('category', words.category, (c) => labelOf(definition.categories, payload(c).category));
  } else {
    column('text', words.text, (c) => text(payload(c).text));
    column('name', words.name, (c) => text(payload(c).name));
  }
  if (definition.topics.length) column('topic', words.topic, (c) => labelOf(definition.topics, payload(c).topic));
  if (definition.mode === 'ideas') {
    // The votes of each page of ideas, counted in SQL before its rows are written.
    let counts: Awaited<ReturnType<typeof voteCounts>> = new Map();
    beforeEachPage(async (page) => void (counts = await voteCounts(db, initiative.id, definition.voteModel, page.map((c) => c.id))));
    const votes = (c: StaffContribution) => counts.get(c.id)!;
    if (definition.voteModel === 'support') column('supports', words.supports, (c) => votes(c).up);
    if (definition.voteModel === 'up-down') {
      column('up', words.up, (c) => votes(c).up);
      column('down', words.down, (c) => votes(c).down);
    }
    if (definition.voteModel === 'stars') {
      column('voters', words.voters, (c) => votes(c).voters);
      column('average', words.average, (c) => votes(c).average ?? undefined);
    }
  }
  column('status', words.status, (c) => (c.response ? statusLabel(c.response.status, language) : undefined));
  column('response-fr', words.responseFr, (c) => c.response?.text?.fr);
  column('response-en', words.responseEn, (c) => c.response?.text?.en);
  column('duplicate-of', words.duplicateOf, (c) => c.response?.duplicateOf ?? undefined);
  column('reports', words.reports, (c) => Object.values(c.reports ?? {}).reduce((sum, count) => sum + count, 0));
  column('hidden', words.hidden, (c) => c.hiddenAt);
  return columns;
}
