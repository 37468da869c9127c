import { stringify } from 'csv-stringify/sync';
import type { StaffContribution } from '@participe/core/schemas';
import { contributionFields, type ContributionField, type ExportColumn } from '@participe/core/server';

/** Spreadsheets run cells that start with these as formulas (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet shows as text: a leading `'` defuses formula characters. */
export const defuseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** `{ a: { b: 1 }, c: [1, 2] }` → `{ 'a.b': 1, c: '[1,2]' }`: one column per leaf. */
export function flatten(value: unknown, prefix: string, into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) flatten(item, `${prefix}.${key}`, into);
  } else {
    into[prefix] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return into;
}

/** One column of an export (a type's own columns are core's `ExportColumn`). */
export type CsvColumn = ExportColumn;

/** A header already used by an earlier column gets its column's id, so that every column can be told apart. */
export function withUniqueHeaders(columns: readonly CsvColumn[]): CsvColumn[] {
  const used = new Set<string>();
  return columns.map((column) => {
    const unique = used.has(column.header) ? { ...column, header: `${column.header} (${column.id})` } : column;
    used.add(unique.header);
    return unique;
  });
}

/**
 * One row per contribution, one cell per column. UTF-8 with a byte-order mark, so that Excel reads
 * accents right; quoting by csv-stringify; every text cell defused against formulas.
 */
export function toCsv(contributions: readonly StaffContribution[], columns: readonly CsvColumn[]): string {
  const records = contributions.map((contribution) => columns.map((column) => column.cell(contribution)));
  return stringify(records, {
    header: true,
    columns: columns.map((column) => column.header),
    bom: true,
    record_delimiter: '\r\n',
    cast: {
      string: (text) => defuseFormula(text),
      boolean: (flag) => (flag ? 'true' : 'false'),
    },
  });
}


/** The metadata of every contribution, headed by field name unless told otherwise. */
export const metadataColumns = (header: (field: ContributionField) => string = (field) => field): CsvColumn[] =>
  contributionFields.map((field) => ({ id: field, header: header(field), cell: (contribution) => contribution[field] }));

/** The payload flattened into `payload.*` columns: the union of every contribution's leaves, sorted. */
export function flattenedPayloadColumns(contributions: readonly StaffContribution[]): CsvColumn[] {
  const flat = new Map(contributions.map((contribution) => [contribution, flatten(contribution.payload, 'payload')]));
  const keys = [...new Set([...flat.values()].flatMap((row) => Object.keys(row)))].sort();
  return keys.map((key) => ({ id: key, header: key, cell: (contribution) => flat.get(contribution)?.[key] }));
}

/** Field-named metadata, then the flattened payload: the export of types without their own columns. */
export function contributionsCsv(contributions: readonly StaffContribution[]): string {
  return toCsv(contributions, [...metadataColumns(), ...flattenedPayloadColumns(contributions)]);
}
