import { stringify } from 'csv-stringify/sync';
import type { StaffContribution } from '@participe/core/schemas';

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

const fixedColumns = ['id', 'receivedAt', 'channel', 'language', 'moderationState', 'participant', 'enteredBy'] as const;

/**
 * One row per contribution, payload flattened into `payload.*` columns. UTF-8 with a byte-order
 * mark, so that Excel reads accents right; quoting by csv-stringify.
 */
export function contributionsCsv(contributions: readonly StaffContribution[]): string {
  const rows = contributions.map((contribution) => {
    const row: Record<string, unknown> = {};
    for (const column of fixedColumns) row[column] = contribution[column];
    return flatten(contribution.payload, 'payload', row);
  });
  const payloadColumns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => key.startsWith('payload'))))].sort();
  const columns = [...fixedColumns, ...payloadColumns];
  const body = stringify(rows, {
    header: true,
    columns,
    bom: true,
    record_delimiter: '\r\n',
    cast: {
      string: (text) => defuseFormula(text),
      boolean: (flag) => (flag ? 'true' : 'false'),
    },
  });
  return body;
}
