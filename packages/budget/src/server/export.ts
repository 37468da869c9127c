import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords, isRecord, type ExportColumn, type ExportContext } from '@participe/core/server';
import { householdImpact, linesOf, totalsOf, type BudgetValues } from '../rules.js';
import type { BudgetDefinition, BudgetLine } from '../schema.js';

const words = {
  fr: { dollars: '$', balance: 'Solde', household: 'Incidence annuelle par ménage', comment: 'Commentaire' },
  en: { dollars: '$', balance: 'Balance', household: 'Yearly impact per household', comment: 'Comment' },
} as const;

const valuesOf = (contribution: StaffContribution): Record<string, unknown> => {
  const values = isRecord(contribution.payload) ? contribution.payload['values'] : undefined;
  return isRecord(values) ? values : {};
};

/** Money in dollars (a number, cents as decimals), so that spreadsheets add it up. */
const dollars = (cents: number) => Math.round(cents) / 100;

/** A line's cell: its value in dollars, or in units for a line that counts units; empty when missing. */
function lineCell(line: BudgetLine, value: unknown): number | undefined {
  if (typeof value !== 'number') return undefined;
  return line.unit ? value : dollars(value);
}

/** Only payloads every line of which is a number are totalled: a partial one (an older definition) is left blank. */
function complete(definition: BudgetDefinition, contribution: StaffContribution): BudgetValues | undefined {
  const values = valuesOf(contribution);
  return linesOf(definition).every(({ line }) => typeof values[line.id] === 'number') ? (values as BudgetValues) : undefined;
}

/**
 * One column per line in the definition's order, headed "Category — Line ($)" (or the unit's
 * name) in the export's language, with the value in dollars (or units); then the balance and the
 * household impact recomputed from the values, and the comment. Values of lines removed from the
 * definition since come last, headed by their id, as stored.
 */
export function budgetExportColumns(definition: BudgetDefinition, language: Language, { payloadPaths }: Pick<ExportContext, 'payloadPaths'>): ExportColumn[] {
  const w = words[language];
  const categories = new Map(definition.categories.map((category) => [category.id, category.label[language]]));
  const lines = linesOf(definition);
  const known = new Set(lines.map(({ line }) => line.id));
  const stored = payloadPaths.flatMap((path) => (path.startsWith('values.') ? [path.slice('values.'.length)] : []));
  const removed = [...new Set(stored)].filter((id) => !known.has(id)).sort();
  return [
    ...lines.map(
      ({ line, category }): ExportColumn => ({
        id: `values.${line.id}`,
        header: `${categories.get(category)} — ${line.label[language]} (${line.unit ? line.unit.other[language] : w.dollars})`,
        cell: (contribution) => lineCell(line, valuesOf(contribution)[line.id]),
      }),
    ),
    {
      id: 'balance',
      header: `${w.balance} (${w.dollars})`,
      cell: (contribution) => {
        const values = complete(definition, contribution);
        return values && dollars(totalsOf(definition, values).balance);
      },
    },
    ...(definition.household
      ? [
          {
            id: 'household',
            header: `${w.household} (${w.dollars})`,
            cell: (contribution: StaffContribution) => {
              const values = complete(definition, contribution);
              const impact = values && householdImpact(definition, values);
              return impact === undefined ? undefined : dollars(impact);
            },
          },
        ]
      : []),
    {
      id: 'comment',
      header: w.comment,
      cell: (contribution) => {
        const comment = isRecord(contribution.payload) ? contribution.payload['comment'] : undefined;
        return comment === ANONYMISED ? exportWords[language].anonymised : typeof comment === 'string' ? comment : undefined;
      },
    },
    ...removed.map((id): ExportColumn => ({ id: `values.${id}`, header: id, cell: (contribution) => valuesOf(contribution)[id] as number | undefined })),
  ];
}
