import { exportWords, type ExportColumn } from '@participe/core/server';
import type { Language, StaffContribution } from '@participe/core/schemas';
import type { Queryable } from '../storage/database.js';
import { contributionsCsv, metadataColumns, toCsv, withUniqueHeaders } from './csv.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf, serverInitiative } from '../slices/registry.js';

/**
 * The CSV export of an initiative. With its type's own columns: metadata headed in `language`
 * (values stay the API's codes, easy to filter), then the type's columns, every header distinct.
 * Without (`exportColumns: null`): field-named metadata and the payload flattened.
 */
export async function exportCsv(db: Queryable, initiative: InitiativeRecord, contributions: readonly StaffContribution[], language: Language): Promise<string> {
  const columns = facetOf(initiative.type)?.exportColumns;
  if (!columns) return contributionsCsv(contributions);
  const metadata = metadataColumns((field) => exportWords[language].fields[field]);
  const own: ExportColumn[] = await columns(initiative.settings.definition, language, contributions, db, serverInitiative(initiative));
  return toCsv(contributions, withUniqueHeaders([...metadata, ...own]));
}
