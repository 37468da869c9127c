import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { frenchTypographyProblems } from '@participe/core/element';
import { toIssues } from '@participe/core/schemas';
import { budgetExample, BudgetDefinition, budgetPayload } from '../src/manifest.js';
import { budgetIssueText } from '../src/staff/issue-words.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};
const definition = budgetExample.definition;

describe('the budget’s issues, worded by code in the console', () => {
  it('word refused allocations in French and English, money as money', () => {
    const [line] = definition.categories[0]!.lines;
    const issues = issuesOf(budgetPayload(definition), { values: { [line!.id]: (line!.max + 1_000_000) * 100 } });
    const above = issues.find((issue) => issue.code === 'budget_above_maximum')!;
    expect(budgetIssueText(above, 'fr')).toMatch(/^doit être d’au plus [\d\u00a0\u202f]+\u00a0\$$/);
    expect(budgetIssueText(above, 'en')).toMatch(/^must be at most \$[\d,]+$/);
    const deficit = issues.find((issue) => issue.code === 'budget_deficit_too_large');
    if (deficit) expect(budgetIssueText(deficit, 'fr')).toMatch(/^le (budget doit être équilibré|déficit de)/);
  });

  it('word definition problems with their figures', () => {
    const twice = structuredClone(definition);
    twice.categories[0]!.lines.push({ ...twice.categories[0]!.lines[0]! });
    const duplicate = issuesOf(BudgetDefinition, twice).find((issue) => issue.code === 'budget_duplicate_id')!;
    expect(budgetIssueText(duplicate, 'fr')).toBe(`l’identifiant de poste «\u00a0${twice.categories[0]!.lines[0]!.id}\u00a0» est utilisé plus d’une fois`);
    expect(budgetIssueText(duplicate, 'en')).toBe(`line id “${twice.categories[0]!.lines[0]!.id}” is used more than once`);
  });

  it('follow French typography', () => {
    const samples: Array<{ code: string; params?: Record<string, string | number | boolean> }> = [
      { code: 'budget_household_spending_line', params: { line: 'police' } },
      { code: 'budget_deficit_unreachable' },
      { code: 'budget_surplus_too_large', params: { surplus: 1000, maxSurplus: 0 } },
      { code: 'budget_below_minimum', params: { min: 3, units: true } },
    ];
    const worded = Object.fromEntries(samples.map((sample) => [sample.code, budgetIssueText({ path: 'x', message: '', ...sample }, 'fr') ?? 'missing']));
    expect(Object.values(worded)).not.toContain('missing');
    expect(frenchTypographyProblems(worded)).toEqual([]);
  });
});
