import { Readable } from 'node:stream';
import { exportWords } from '@participe/core/server';
import type { Language, StaffContribution } from '@participe/core/schemas';
import { contributionPages, payloadLeafPaths } from '../storage/contributions.js';
import type { Queryable } from '../storage/database.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf } from '../slices/registry.js';
import { csvChunks, flattenedPayloadColumns, metadataColumns, withUniqueHeaders, type CsvColumn } from './csv.js';

/**
 * The columns of an initiative's CSV export. With its type's own columns: metadata headed in
 * `language` (values stay the API's codes, easy to filter), then the type's, every header distinct.
 * Without (`exportColumns: null`): field-named metadata and the payload flattened.
 */
export function exportColumns(initiative: InitiativeRecord, language: Language, payloadPaths: readonly string[]): CsvColumn[] {
  const own = facetOf(initiative.type)?.exportColumns;
  if (!own) return [...metadataColumns(), ...flattenedPayloadColumns(payloadPaths)];
  const metadata = metadataColumns((field) => exportWords[language].fields[field]);
  return withUniqueHeaders([...metadata, ...own(initiative.settings.definition, language, payloadPaths)]);
}

/**
 * Every contribution of the initiative, oldest first, as a stream of CSV or JSON text: read a page
 * at a time and written as it comes, so that an export of any size holds one page in memory.
 */
export async function exportStream(db: Queryable, initiative: InitiativeRecord, format: 'csv' | 'json', language: Language): Promise<Readable> {
  const pages = contributionPages(db, initiative.id);
  if (format === 'json') return Readable.from(jsonChunks(pages));
  const columns = exportColumns(initiative, language, await payloadLeafPaths(db, initiative.id));
  return Readable.from(csvChunks(pages, columns));
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
