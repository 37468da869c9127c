import { stringify } from 'csv-stringify/sync';
import type { StaffContribution } from '@participe/core/schemas';
import { contributionFields, type ContributionField, type ExportColumn } from '@participe/core/server';

/** Spreadsheets run cells that start with these as formulas (CSV injection), after spaces or quotes too. */
const FORMULA_START = /^(?:[\t\r]|[\s"]*[=+\-@])/;

/**
 * A list separator inside a cell, then a formula character. Opened with the other separator (`;`
 * is the usual one in French-language spreadsheets), the cell splits there, and the part after it
 * would start with a formula: `a;=cmd` would become `a` and `=cmd`. Quoting does not help, since a
 * quote in the middle of a field is read as text.
 */
const FORMULA_AFTER_SEPARATOR = /([,;])(?=[\s"]*[=+\-@])/g;

/**
 * Text a spreadsheet shows as text, whichever of `,` and `;` it splits on: a `'` before each place
 * a formula could start (the cell's beginning, after a separator). Only the export changes; what
 * the collector keeps stays as written.
 */
export function defuseFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

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

const options = {
  record_delimiter: '\r\n',
  cast: {
    string: (text: string) => defuseFormula(text),
    boolean: (flag: boolean) => (flag ? 'true' : 'false'),
  },
} as const;

/**
 * One CSV text per page of contributions, the first with the header line: UTF-8 with a byte-order
 * mark, so that Excel reads accents right; quoting by csv-stringify; every text cell defused against
 * formulas. An export of no contribution is its header line alone.
 */
export async function* csvChunks(pages: AsyncIterable<readonly StaffContribution[]>, columns: readonly CsvColumn[]): AsyncGenerator<string> {
  yield stringify([], { ...options, header: true, columns: columns.map((column) => column.header), bom: true });
  for await (const page of pages) yield stringify(page.map((contribution) => columns.map((column) => column.cell(contribution))), options);
}

/** The same, all at once (tests, small lists). */
export function toCsv(contributions: readonly StaffContribution[], columns: readonly CsvColumn[]): string {
  return stringify(
    contributions.map((contribution) => columns.map((column) => column.cell(contribution))),
    { ...options, header: true, columns: columns.map((column) => column.header), bom: true },
  );
}

/** The metadata of every contribution, headed by field name unless told otherwise. */
export const metadataColumns = (header: (field: ContributionField) => string = (field) => field): CsvColumn[] =>
  contributionFields.map((field) => ({ id: field, header: header(field), cell: (contribution) => contribution[field] }));

const flattened = new WeakMap<StaffContribution, Record<string, unknown>>();
const flatOf = (contribution: StaffContribution) => {
  let flat = flattened.get(contribution);
  if (!flat) flattened.set(contribution, (flat = flatten(contribution.payload, 'payload')));
  return flat;
};

/** The payload flattened into `payload.*` columns, one per leaf path (`payloadLeafPaths`). */
export const flattenedPayloadColumns = (paths: readonly string[]): CsvColumn[] =>
  paths.map((path) => ({ id: `payload.${path}`, header: `payload.${path}`, cell: (contribution) => flatOf(contribution)[`payload.${path}`] }));

/** Every leaf path of these payloads, sorted (as `payloadLeafPaths` finds them in SQL). */
export const leafPaths = (contributions: readonly StaffContribution[]): string[] =>
  [...new Set(contributions.flatMap((contribution) => Object.keys(flatOf(contribution)).map((key) => key.slice('payload.'.length))))].sort();

/** Field-named metadata, then the flattened payload: the export of types without their own columns. */
export function contributionsCsv(contributions: readonly StaffContribution[]): string {
  return toCsv(contributions, [...metadataColumns(), ...flattenedPayloadColumns(leafPaths(contributions))]);
}
