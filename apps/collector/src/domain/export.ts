import { Readable } from 'node:stream';
import { exportWords } from '@participe/core/server';
import type { Language, StaffContribution } from '@participe/core/schemas';
import { contributionPages, payloadLeafPaths } from '../storage/contributions.js';
import type { Queryable } from '../storage/database.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf, serverInitiative } from '../slices/registry.js';
import { listThemes } from '../storage/themes.js';
import { codableTexts } from './analysis.js';
import { csvChunks, flattenedPayloadColumns, metadataColumns, withUniqueHeaders, type CsvColumn } from './csv.js';

/** What to load before each page of rows is written (a type's own figures for those rows). */
type PageLoader = (page: readonly StaffContribution[]) => Promise<void>;

/**
 * The columns of an initiative's CSV export. With its type's own columns: metadata headed in
 * `language` (values stay the API's codes, easy to filter), then the type's, every header distinct.
 * Without (`exportColumns: null`): field-named metadata and the payload flattened.
 */
export async function exportColumns(db: Queryable, initiative: InitiativeRecord, language: Language, payloadPaths: readonly string[], loaders: PageLoader[] = []): Promise<CsvColumn[]> {
  const own = facetOf(initiative.type)?.exportColumns;
  const themes = await themeColumns(db, initiative, language);
  if (!own) return withUniqueHeaders([...metadataColumns(), ...contextColumns(initiative), ...flattenedPayloadColumns(payloadPaths), ...themes]);
  const metadata = metadataColumns((field) => exportWords[language].fields[field]);
  const context = { payloadPaths, db, initiative: serverInitiative(initiative), beforeEachPage: (load: PageLoader) => void loaders.push(load) };
  return withUniqueHeaders([...metadata, ...contextColumns(initiative, language), ...(await own(initiative.settings.definition, language, context)), ...themes]);
}

/** One column per context field the initiative declares: its label in `language`, or `context.<name>`. */
function contextColumns(initiative: InitiativeRecord, language?: Language): CsvColumn[] {
  return (initiative.settings.context ?? []).map((field) => ({
    id: `context.${field.name}`,
    header: (language && field.label?.[language]) || `context.${field.name}`,
    cell: (contribution) => contribution.context?.[field.name],
  }));
}

/**
 * One column per theme, last: where each contribution was coded with it — "yes" for the whole
 * contribution, the question's label for a free-text answer (several joined by "; ").
 */
async function themeColumns(db: Queryable, initiative: InitiativeRecord, language: Language): Promise<CsvColumn[]> {
  const words = exportWords[language];
  const labels = new Map(codableTexts(initiative).map((text) => [text.id, text.label[language]]));
  return (await listThemes(db, initiative.id)).map((theme) => ({
    id: `theme.${theme.id}`,
    header: words.theme(theme.name[language]),
    cell: (contribution: StaffContribution) => {
      const where = (contribution.themes ?? []).filter((assigned) => assigned.theme === theme.id).map((assigned) => (assigned.field === '' ? words.yes : (labels.get(assigned.field) ?? assigned.field)));
      return where.length ? where.join('; ') : undefined;
    },
  }));
}

/**
 * Every contribution of the initiative, oldest first, as a stream of CSV or JSON text: read a page
 * at a time and written as it comes, so that an export of any size holds one page in memory.
 */
export async function exportStream(db: Queryable, initiative: InitiativeRecord, format: 'csv' | 'json', language: Language): Promise<Readable> {
  if (format === 'json') return Readable.from(jsonChunks(contributionPages(db, initiative.id)));
  const loaders: PageLoader[] = [];
  const columns = await exportColumns(db, initiative, language, await payloadLeafPaths(db, initiative.id), loaders);
  return Readable.from(csvChunks(loaded(contributionPages(db, initiative.id), loaders), columns));
}

/** Each page once what its cells need is loaded. */
async function* loaded(pages: AsyncIterable<StaffContribution[]>, loaders: readonly PageLoader[]): AsyncGenerator<StaffContribution[]> {
  for await (const page of pages) {
    for (const load of loaders) await load(page);
    yield page;
  }
}

async function* jsonChunks(pages: AsyncIterable<readonly StaffContribution[]>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const page of pages) {
    for (const contribution of page) {
      yield `${first ? '' : ','}${JSON.stringify(contribution)}`;
      first = false;
    }
  }
  yield ']';
}
