import type { InitiativeType, Language, StaffContribution } from '@participe/core/schemas';
import { contributionsCsv, metadataColumns, toCsv, withUniqueHeaders, type CsvColumn } from '../csv.js';
import type { InitiativeRecord } from '../store/initiatives.js';
import { surveyExportColumns } from './survey.js';
import { exportWords } from './words.js';

/** How one initiative type lays out its payloads in a CSV export: readable columns, headed in `language`. */
export interface ExportColumnsHook {
  columns(initiative: InitiativeRecord, language: Language, contributions: readonly StaffContribution[]): CsvColumn[];
}

/** Types without a hook export their payloads flattened into `payload.*` columns, with field-named metadata. */
export const exportHooks: Partial<Record<InitiativeType, ExportColumnsHook>> = {
  survey: surveyExportColumns,
};

/**
 * The CSV export of an initiative. With its type's hook: metadata headed in `language` (values stay
 * the API's codes, easy to filter), then the hook's columns, every header distinct.
 */
export function exportCsv(initiative: InitiativeRecord, contributions: readonly StaffContribution[], language: Language): string {
  const hook = exportHooks[initiative.type];
  if (!hook) return contributionsCsv(contributions);
  const metadata = metadataColumns((field) => exportWords[language].fields[field]);
  return toCsv(contributions, withUniqueHeaders([...metadata, ...hook.columns(initiative, language, contributions)]));
}
