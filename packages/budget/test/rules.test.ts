import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '@participe/core/schemas';
import {
  allocation,
  binIndex,
  binsOf,
  budgetExample,
  budgetExamplePayloads,
  budgetPayload,
  BudgetDefinition,
  budgetType,
  checkBudget,
  checkValue,
  consequenceOf,
  currentValues,
  householdImpact,
  mulDivRound,
  parseMoney,
  parseUnits,
  ruleProblem,
  scaleOf,
  toCents,
  totalsOf,
  type BudgetLine,
} from '../src/manifest.js';

const definition = budgetExample.definition;
const M = 1_000_000;
const lineOf = (id: string) => definition.categories.flatMap((category) => category.lines).find((line) => line.id === id)!;
const parseDefinition = (value: unknown) => validate(BudgetDefinition, value);
const payloadIssues = (payload: unknown) => {
  const result = z.safeParse(budgetPayload(definition), payload);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: (issue as { params?: { code?: string } }).params?.code, message: issue.message }));
};

describe('money in integer cents', () => {
  it('converts dollars with at most two decimals to cents without float drift', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(1234567.89)).toBe(123456789);
    expect(toCents(19.99)).toBe(1999);
  });

  it('adds the example to the cent: 3.22 M$ of deficit, not 3.2199999', () => {
    expect(totalsOf(definition, currentValues(definition))).toEqual({ spending: toCents(189.22 * M), revenue: toCents(186 * M), balance: -toCents(3.22 * M) });
  });

  it('counts a unit line as its units times their cost', () => {
    const guards = lineOf('brigadiers');
    expect(scaleOf(guards)).toMatchObject({ current: 40, min: 30, max: 60, step: 1, centsPerValue: 1_800_000 });
    const fewer = totalsOf(definition, allocation({ brigadiers: 38 }));
    expect(fewer.spending).toBe(toCents(189.22 * M) - 2 * 1_800_000);
  });

  it('rounds a division half away from zero, exactly on large integers', () => {
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(-5, 1, 2)).toBe(-3);
    expect(mulDivRound(4, 1, 3)).toBe(1);
    // 10 G$ in cents times 350 000 $ in cents is far past 2^53: still exact.
    expect(mulDivRound(1_000_000_000_000, 35_000_000, 1_200_000_000_000)).toBe(29_166_667);
  });

  it('reads amounts typed the French or the English way', () => {
    expect(parseMoney('1 234 567', 'fr')).toBe(123456700);
    expect(parseMoney('1\u00a0234\u202f567,50 $', 'fr')).toBe(123456750);
    expect(parseMoney('1234567.5', 'fr')).toBe(123456750);
    expect(parseMoney('$1,234,567.50', 'en')).toBe(123456750);
    expect(parseMoney('1234567', 'en')).toBe(123456700);
    expect(parseMoney('-250', 'en')).toBe(-25000);
    for (const bad of ['', 'abc', '1,2,3', '12.345', '1.2.3', '1 234,567']) expect(parseMoney(bad, 'fr'), bad).toBeUndefined();
    expect(parseMoney('1,234.567', 'en')).toBeUndefined();
    expect(parseUnits('1 200', 'fr')).toBe(1200);
    expect(parseUnits('1,200', 'en')).toBe(1200);
    expect(parseUnits('12.5', 'en')).toBeUndefined();
  });
});

describe('bounds, steps and locks', () => {
  const police = lineOf('police');

  it('accepts values from min to max on the step, and refuses the rest with a code', () => {
    expect(checkValue(police, toCents(28 * M))).toBeUndefined();
    expect(checkValue(police, toCents(36 * M))).toBeUndefined();
    expect(checkValue(police, toCents(32.25 * M))).toBeUndefined();
    expect(checkValue(police, toCents(27.75 * M))).toEqual({ code: 'below-minimum', min: toCents(28 * M) });
    expect(checkValue(police, toCents(36.25 * M))).toEqual({ code: 'above-maximum', max: toCents(36 * M) });
    expect(checkValue(police, toCents(32.1 * M))).toEqual({ code: 'off-step', step: toCents(250_000), min: toCents(28 * M) });
    expect(checkValue(police, 3_200_000_000.5)).toEqual({ code: 'not-whole' });
    expect(checkValue(police, '3200000000')).toEqual({ code: 'not-whole' });
  });

  it('keeps a locked line at its amount', () => {
    expect(checkValue(lineOf('dette'), toCents(20 * M))).toBeUndefined();
    expect(checkValue(lineOf('dette'), toCents(19.75 * M))).toEqual({ code: 'locked', current: toCents(20 * M) });
  });

  it('lists every line problem, unknown and missing lines too, before judging the rule', () => {
    const { police: _police, ...withoutPolice } = allocation({ 'taxe-residentielle': 101.5 * M });
    expect(checkBudget(definition, { ...withoutPolice, surprise: 1 })).toEqual([
      { line: 'surprise', problem: { code: 'unknown-line' } },
      { line: 'police', problem: { code: 'missing' } },
    ]);
    // A locked line may be left out: it keeps its amount.
    const { dette: _dette, transferts: _transferts, ...withoutLocked } = allocation({ 'taxe-residentielle': 101.5 * M });
    expect(checkBudget(definition, withoutLocked)).toEqual([]);
  });
});

describe('the balanced-budget rule and "must change something"', () => {
  it('refuses the starting deficit, and accepts it once closed', () => {
    expect(ruleProblem(definition, currentValues(definition))).toEqual({ code: 'deficit-too-large', deficit: toCents(3.22 * M), maxDeficit: 0 });
    expect(ruleProblem(definition, allocation({ 'taxe-residentielle': 101 * M }))).toEqual({ code: 'deficit-too-large', deficit: toCents(0.22 * M), maxDeficit: 0 });
    for (const payload of budgetExamplePayloads) expect(ruleProblem(definition, payload.values)).toBeUndefined();
  });

  it('allows a deficit up to the maximum, and a surplus up to its maximum', () => {
    const lenient = { ...definition, rule: { maxDeficit: 3.22 * M, maxSurplus: 1 * M } };
    expect(ruleProblem({ ...lenient, mustChange: false }, currentValues(definition))).toBeUndefined();
    expect(ruleProblem(lenient, allocation({ 'taxe-residentielle': 105 * M }))).toEqual({ code: 'surplus-too-large', surplus: toCents(3.78 * M), maxSurplus: toCents(1 * M) });
    const exact = { ...definition, rule: { maxDeficit: 0, maxSurplus: 0 } };
    expect(ruleProblem(exact, allocation({ 'taxe-residentielle': 101.5 * M }))).toEqual({ code: 'surplus-too-large', surplus: toCents(0.28 * M), maxSurplus: 0 });
    expect(ruleProblem(exact, allocation({ 'taxe-residentielle': 101.5 * M, brigadiers: 50, culture: 3.1 * M }))).toBeUndefined();
  });

  it('asks for a change when the budget already balances', () => {
    const balanced = { ...definition, rule: { maxDeficit: 5 * M } };
    expect(ruleProblem(balanced, currentValues(definition))).toEqual({ code: 'nothing-changed' });
    expect(ruleProblem({ ...balanced, mustChange: false }, currentValues(definition))).toBeUndefined();
    expect(ruleProblem(balanced, allocation({ parcs: 9.1 * M }))).toBeUndefined();
  });
});

describe('household impact', () => {
  it('spreads the change in residential tax over the tax base, for a 350 000 $ home', () => {
    expect(householdImpact(definition, currentValues(definition))).toBe(0);
    // 3.5 M$ more over a 12 G$ base: 350 000 × 3.5 M ÷ 12 G = 102.0833… $ a year.
    expect(householdImpact(definition, allocation({ 'taxe-residentielle': 101.5 * M }))).toBe(10208);
    expect(householdImpact(definition, allocation({ 'taxe-residentielle': 97.5 * M }))).toBe(-1458);
    // Other revenue lines do not fall on households.
    expect(householdImpact(definition, allocation({ tarification: 17 * M }))).toBe(0);
    const { household: _household, ...without } = definition;
    expect(householdImpact(without, currentValues(definition))).toBeUndefined();
  });
});

describe('consequences', () => {
  const police = lineOf('police');
  it('shows the furthest consequence reached in the direction of the change', () => {
    expect(consequenceOf(police, toCents(32 * M))).toBeUndefined();
    expect(consequenceOf(police, toCents(31 * M))).toBeUndefined();
    expect(consequenceOf(police, toCents(30.4 * M))?.change).toBe(-5);
    expect(consequenceOf(police, toCents(28.75 * M))?.change).toBe(-10);
    expect(consequenceOf(police, toCents(33.75 * M))?.change).toBe(5);
  });
});

describe('distribution bins', () => {
  it('gives each value its own bin on short lines, and groups whole steps on long ones', () => {
    const short: BudgetLine = { ...lineOf('police'), min: 0, max: 4, amount: 2, step: 1 };
    expect(binsOf(short).map((bin) => [bin.from, bin.to])).toEqual([[0, 0], [100, 100], [200, 200], [300, 300], [400, 400]]);
    // Police: 33 positions → 4 per bin, 9 bins, the last one shorter.
    const bins = binsOf(lineOf('police'));
    expect(bins).toHaveLength(9);
    expect(bins[0]).toEqual({ from: toCents(28 * M), to: toCents(28.75 * M) });
    expect(bins.at(-1)).toEqual({ from: toCents(36 * M), to: toCents(36 * M) });
    expect(binIndex(lineOf('police'), toCents(28.75 * M))).toBe(0);
    expect(binIndex(lineOf('police'), toCents(29 * M))).toBe(1);
    expect(binIndex(lineOf('police'), toCents(99 * M))).toBe(8);
    expect(binIndex(lineOf('police'), 0)).toBe(0);
  });
});

describe('the payload the collector checks', () => {
  it('accepts the fixtures, fills locked lines in and orders lines as the definition does', () => {
    for (const payload of budgetExamplePayloads) expect(payloadIssues(payload)).toEqual([]);
    const { dette: _dette, ...rest } = budgetExamplePayloads[0]!.values;
    const parsed = z.parse(budgetPayload(definition), { values: Object.fromEntries(Object.entries(rest).reverse()), comment: '  Merci  ' });
    expect(Object.keys(parsed.values)).toEqual(Object.keys(currentValues(definition)));
    expect(parsed.values['dette']).toBe(toCents(20 * M));
    expect(parsed.comment).toBe('Merci');
  });

  it('refuses totals sent by a browser: only values and a comment exist', () => {
    const forged = { ...budgetExamplePayloads[0]!, balance: 0, totals: { spending: 1, revenue: 1 } };
    expect(z.safeParse(budgetPayload(definition), forged).success).toBe(false);
  });

  it('refuses each broken line at its path with a stable code, and a broken rule at values', () => {
    expect(payloadIssues({ values: allocation() })).toEqual([{ path: 'values', code: 'budget_deficit_too_large', message: 'the budget must balance: it has a deficit of $3,220,000' }]);
    expect(payloadIssues({ values: { ...allocation({ 'taxe-residentielle': 101.5 * M }), police: toCents(40 * M) } })).toEqual([
      { path: 'values.police', code: 'budget_above_maximum', message: 'must be at most $36,000,000' },
    ]);
    expect(payloadIssues({ values: { ...allocation({ 'taxe-residentielle': 101.5 * M }), brigadiers: 29 } })[0]).toMatchObject({ path: 'values.brigadiers', code: 'budget_below_minimum', message: 'must be at least 30 crossing guards' });
    expect(payloadIssues({ values: { ...allocation({ 'taxe-residentielle': 101.5 * M }), police: toCents(32.1 * M) } })[0]).toMatchObject({ code: 'budget_off_step', message: 'must be $28,000,000 plus a multiple of $250,000' });
    expect(payloadIssues({ values: { ...allocation({ 'taxe-residentielle': 101.5 * M }), dette: toCents(18 * M) } })[0]).toMatchObject({ path: 'values.dette', code: 'budget_line_locked' });
    expect(payloadIssues({ values: { ...allocation({ 'taxe-residentielle': 101.5 * M }), police: 1.5 } })[0]).toMatchObject({ code: 'budget_not_whole' });
  });

  it('keeps comments within the definition’s limit', () => {
    expect(payloadIssues({ ...budgetExamplePayloads[0]!, comment: 'x'.repeat(1001) })[0]).toMatchObject({ path: 'comment' });
    expect(budgetType.fixtures.withText('y'.repeat(2000)).comment).toHaveLength(1000);
  });
});

describe('the definition', () => {
  const base = structuredClone(definition) as Record<string, unknown> & typeof definition;
  const withLine = (changes: Partial<BudgetLine>) => {
    const copy = structuredClone(base);
    Object.assign(copy.categories[0]!.lines[0]!, changes);
    return copy;
  };
  const messages = (value: unknown) => {
    const result = parseDefinition(value);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('accepts the example', () => {
    expect(messages(base)).toEqual([]);
  });

  it('says what is wrong with a line’s numbers, where', () => {
    const at = 'categories[0].lines[0]';
    expect(messages(withLine({ amount: 32_000_000.123 }))).toEqual([`${at}.amount: must be an amount in dollars with at most 2 decimals, from 0 to 100 billion`]);
    expect(messages(withLine({ min: 37 * M }))).toEqual([`${at}.min: must not be more than max`]);
    expect(messages(withLine({ amount: 40 * M }))).toEqual([`${at}.amount: must be between min and max`]);
    expect(messages(withLine({ amount: 32.1 * M }))).toEqual([`${at}.amount: must be min plus a multiple of step`]);
    expect(messages(withLine({ max: 36.1 * M }))).toEqual([`${at}.max: must be min plus a multiple of step`]);
    expect(messages(withLine({ step: 0 }))).toEqual([`${at}.step: must be more than 0`]);
    expect(messages(withLine({ amount: 0, min: 0, consequences: [{ change: -5, text: { fr: 'a', en: 'a' } }] }))).toEqual([`${at}.consequences: need an amount above 0 (they are percentages of it)`]);
  });

  it('refuses duplicate ids, a household on spending lines, and a rule nobody can meet', () => {
    const duplicate = structuredClone(base);
    duplicate.categories[1]!.lines[0]!.id = 'police';
    expect(messages(duplicate)).toEqual(['categories: line id "police" is used more than once']);
    expect(messages({ ...base, household: { lines: ['police', 'nope'], taxBase: 1000, homeValue: 2000 } })).toEqual([
      'household.lines[0]: "police" is a spending line: households pay through revenue lines',
      'household.lines[1]: "nope" is not a line of this budget',
      'household.homeValue: must not be more than taxBase',
    ]);
    const hopeless = structuredClone(base);
    const revenue = hopeless.categories.find((category) => category.kind === 'revenue')!;
    for (const line of revenue.lines) line.max = line.amount;
    for (const category of hopeless.categories) if (category.kind === 'spending') for (const line of category.lines) line.min = line.amount;
    expect(messages(hopeless)).toEqual(['rule.maxDeficit: cannot be met: even with every revenue at its max and every spending at its min, the deficit is larger']);
  });

  it('applies defaults: must balance, comment of 1000, one allocation per participant', () => {
    const { rule: _rule, mustChange: _mustChange, commentMaxLength: _comment, onePerParticipant: _one, ...bare } = base;
    const parsed = parseDefinition(bare);
    expect(parsed.ok && parsed.value).toMatchObject({ rule: { maxDeficit: 0 }, mustChange: false, commentMaxLength: 1000, onePerParticipant: true });
    expect(budgetType.limits(definition)).toEqual({ onePerParticipant: true, responseCap: undefined, perParticipant: undefined });
  });
});
