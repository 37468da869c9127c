// The budget's rules, without zod: what a line may be set to, the totals and the balance, the
// balanced-budget rule, "must change something", a household's tax change and the bins results
// are counted in. The widget applies them as the citizen moves a line (and words the problems
// itself); the collector applies them to every allocation it receives (through `budgetPayload`),
// recomputing everything from the line values and the definition: totals sent by a browser are
// never read. All money is integer cents, so that both sides reach the same figure to the cent.
import type { BudgetDefinition, BudgetLine } from './schema.js';

/** A line's values by line id: cents for a money line, a count of units for a line with a `unit`. */
export type BudgetValues = Record<string, number>;

/** Dollars written by staff (at most two decimals) as integer cents. */
export const toCents = (dollars: number): number => Math.round(dollars * 100);

/** Whether an amount in dollars has at most two decimals (a float may be off by a hair: tolerated). */
export const hasCentPrecision = (dollars: number): boolean => Number.isFinite(dollars) && Math.abs(dollars * 100 - Math.round(dollars * 100)) < 1e-6;

/**
 * A line's bounds in its own scale: cents for a money line, units for a line with a `unit`.
 * `current` is today's amount, the starting point and the reference for "increased" and "decreased".
 */
export interface LineScale {
  current: number;
  min: number;
  max: number;
  step: number;
  /** Cents one value is worth: 1 for a money line, the unit's cost in cents otherwise. */
  centsPerValue: number;
}

export function scaleOf(line: BudgetLine): LineScale {
  if (line.unit) return { current: line.amount, min: line.min, max: line.max, step: line.step, centsPerValue: toCents(line.unit.cost) };
  return { current: toCents(line.amount), min: toCents(line.min), max: toCents(line.max), step: toCents(line.step), centsPerValue: 1 };
}

/** How many values a line can take, from min to max by step. */
export const positionsOf = (scale: LineScale): number => Math.floor((scale.max - scale.min) / scale.step) + 1;

/** The value at a position (0 is the minimum), and the position of a value (rounded to the nearest step). */
export const valueAt = (scale: LineScale, position: number): number => scale.min + Math.max(0, Math.min(positionsOf(scale) - 1, Math.round(position))) * scale.step;
export const positionOf = (scale: LineScale, value: number): number => Math.max(0, Math.min(positionsOf(scale) - 1, Math.round((value - scale.min) / scale.step)));

/** What one line's value costs (spending) or brings in (revenue), in cents. */
export const centsOf = (scale: LineScale, value: number): number => value * scale.centsPerValue;

/** Every line of the definition, with its category's kind, in the definition's order. */
export function linesOf(definition: BudgetDefinition): Array<{ line: BudgetLine; kind: 'spending' | 'revenue'; category: string }> {
  return definition.categories.flatMap((category) => category.lines.map((line) => ({ line, kind: category.kind, category: category.id })));
}

/** The values a citizen starts from: today's amount on every line. */
export function currentValues(definition: BudgetDefinition): BudgetValues {
  return Object.fromEntries(linesOf(definition).map(({ line }) => [line.id, scaleOf(line).current]));
}

/** A line's value in `values`, today's amount when absent or not a number. */
export function valueOf(line: BudgetLine, values: Readonly<BudgetValues>): number {
  const value = values[line.id];
  return typeof value === 'number' && Number.isFinite(value) ? value : scaleOf(line).current;
}

export interface BudgetTotals {
  spending: number;
  revenue: number;
  /** Revenue minus spending: positive is a surplus, negative a deficit. */
  balance: number;
}

/** Totals in cents, recomputed from the line values and the definition. */
export function totalsOf(definition: BudgetDefinition, values: Readonly<BudgetValues>): BudgetTotals {
  let spending = 0;
  let revenue = 0;
  for (const { line, kind } of linesOf(definition)) {
    const cents = centsOf(scaleOf(line), valueOf(line, values));
    if (kind === 'spending') spending += cents;
    else revenue += cents;
  }
  return { spending, revenue, balance: revenue - spending };
}

/** Totals of each category, in cents: today's and with the citizen's values. */
export function categoryTotals(definition: BudgetDefinition, values: Readonly<BudgetValues>): Array<{ id: string; kind: 'spending' | 'revenue'; current: number; proposed: number }> {
  return definition.categories.map((category) => {
    let current = 0;
    let proposed = 0;
    for (const line of category.lines) {
      const scale = scaleOf(line);
      current += centsOf(scale, scale.current);
      proposed += centsOf(scale, valueOf(line, values));
    }
    return { id: category.id, kind: category.kind, current, proposed };
  });
}

/** What is wrong with one line's value, or with the whole allocation, as a code and the figures a message needs. */
export type BudgetProblem =
  | { code: 'unknown-line' }
  | { code: 'missing' }
  | { code: 'not-whole' }
  | { code: 'below-minimum'; min: number }
  | { code: 'above-maximum'; max: number }
  | { code: 'off-step'; step: number; min: number }
  | { code: 'locked'; current: number }
  | { code: 'deficit-too-large'; deficit: number; maxDeficit: number }
  | { code: 'surplus-too-large'; surplus: number; maxSurplus: number }
  | { code: 'nothing-changed' };

/**
 * Stable machine codes of the problems, as the collector's issues carry them (`params.code`) and
 * UIs word them. Never rename one: translations and integrations key on them.
 */
export const problemCodes: Record<BudgetProblem['code'], string> = {
  'unknown-line': 'budget_unknown_line',
  missing: 'budget_line_missing',
  'not-whole': 'budget_not_whole',
  'below-minimum': 'budget_below_minimum',
  'above-maximum': 'budget_above_maximum',
  'off-step': 'budget_off_step',
  locked: 'budget_line_locked',
  'deficit-too-large': 'budget_deficit_too_large',
  'surplus-too-large': 'budget_surplus_too_large',
  'nothing-changed': 'budget_nothing_changed',
};

/** One line's value against its bounds, step and lock; undefined when it is acceptable. */
export function checkValue(line: BudgetLine, value: unknown): BudgetProblem | undefined {
  const scale = scaleOf(line);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return { code: 'not-whole' };
  if (line.locked) return value === scale.current ? undefined : { code: 'locked', current: scale.current };
  if (value < scale.min) return { code: 'below-minimum', min: scale.min };
  if (value > scale.max) return { code: 'above-maximum', max: scale.max };
  if ((value - scale.min) % scale.step !== 0) return { code: 'off-step', step: scale.step, min: scale.min };
  return undefined;
}

/** The allocation against the definition's rule and "must change something"; undefined when it may be sent. */
export function ruleProblem(definition: BudgetDefinition, values: Readonly<BudgetValues>): BudgetProblem | undefined {
  const { balance } = totalsOf(definition, values);
  const maxDeficit = toCents(definition.rule.maxDeficit);
  if (balance < -maxDeficit) return { code: 'deficit-too-large', deficit: -balance, maxDeficit };
  const maxSurplus = definition.rule.maxSurplus === undefined ? undefined : toCents(definition.rule.maxSurplus);
  if (maxSurplus !== undefined && balance > maxSurplus) return { code: 'surplus-too-large', surplus: balance, maxSurplus };
  if (definition.mustChange && !linesOf(definition).some(({ line }) => valueOf(line, values) !== scaleOf(line).current)) return { code: 'nothing-changed' };
  return undefined;
}

/**
 * Every problem of an allocation: per line (`line` set), then the rule's (`line` undefined). A
 * locked line may be left out (it keeps its amount); every other line must be given.
 */
export function checkBudget(definition: BudgetDefinition, values: Readonly<Record<string, unknown>>): Array<{ line: string | undefined; problem: BudgetProblem }> {
  const problems: Array<{ line: string | undefined; problem: BudgetProblem }> = [];
  const lines = linesOf(definition);
  const known = new Set(lines.map(({ line }) => line.id));
  for (const id of Object.keys(values)) if (!known.has(id)) problems.push({ line: id, problem: { code: 'unknown-line' } });
  for (const { line } of lines) {
    const value = values[line.id];
    if (value === undefined) {
      if (!line.locked) problems.push({ line: line.id, problem: { code: 'missing' } });
      continue;
    }
    const problem = checkValue(line, value);
    if (problem) problems.push({ line: line.id, problem });
  }
  // The rule only means something once every line is a valid value.
  if (!problems.length) {
    const problem = ruleProblem(definition, values as BudgetValues);
    if (problem) problems.push({ line: undefined, problem });
  }
  return problems;
}

/** Money in an English sentence for the collector's messages: `$1,234,567.50`. */
const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-CA', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

/**
 * The collector's sentence for a problem (English, like every API message; UIs word the code
 * themselves). `line` gives money lines their dollars and unit lines their units.
 */
export function describeProblem(problem: BudgetProblem, line?: BudgetLine): string {
  const amount = (value: number) => (line?.unit ? `${value} ${value === 1 ? line.unit.one.en : line.unit.other.en}` : dollars(value));
  switch (problem.code) {
    case 'unknown-line':
      return 'no such line in this budget';
    case 'missing':
      return 'a value is required for this line';
    case 'not-whole':
      return line?.unit ? 'must be a whole number of units' : 'must be a whole number of cents';
    case 'below-minimum':
      return `must be at least ${amount(problem.min)}`;
    case 'above-maximum':
      return `must be at most ${amount(problem.max)}`;
    case 'off-step':
      return `must be ${amount(problem.min)} plus a multiple of ${amount(problem.step)}`;
    case 'locked':
      return `this line is locked at ${amount(problem.current)}`;
    case 'deficit-too-large':
      return problem.maxDeficit === 0 ? `the budget must balance: it has a deficit of ${dollars(problem.deficit)}` : `the deficit of ${dollars(problem.deficit)} is over the ${dollars(problem.maxDeficit)} allowed`;
    case 'surplus-too-large':
      return problem.maxSurplus === 0 ? `the budget must balance: it has a surplus of ${dollars(problem.surplus)}` : `the surplus of ${dollars(problem.surplus)} is over the ${dollars(problem.maxSurplus)} allowed`;
    case 'nothing-changed':
      return 'change at least one line';
  }
}

/** How much a line's value moved from today's, as a share (0.05 is +5 %); undefined when today's is zero. */
export function changeOf(line: BudgetLine, value: number): number | undefined {
  const { current } = scaleOf(line);
  return current === 0 ? undefined : (value - current) / current;
}

/**
 * The consequence the citizen's change reaches: among those in the direction of the change, the
 * furthest whose threshold (in percent of today's amount) is reached. None when nothing changed.
 */
export function consequenceOf(line: BudgetLine, value: number): BudgetLine['consequences'][number] | undefined {
  const change = changeOf(line, value);
  if (change === undefined || change === 0) return undefined;
  const percent = change * 100;
  // A hair of tolerance: 95 % of an amount in cents can land a float just short of −5 %.
  const reached = line.consequences.filter((consequence) => (consequence.change < 0 ? percent <= consequence.change + 1e-9 : percent >= consequence.change - 1e-9) && Math.sign(consequence.change) === Math.sign(percent));
  return reached.sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
}

/** `a × b / c` rounded half away from zero, exact on integers however large (BigInt). */
export function mulDivRound(a: number, b: number, c: number): number {
  const numerator = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const negative = numerator < 0n !== divisor < 0n;
  const abs = (value: bigint) => (value < 0n ? -value : value);
  const rounded = (2n * abs(numerator) + abs(divisor)) / (2n * abs(divisor));
  return Number(negative ? -rounded : rounded);
}

/**
 * The yearly tax change for a household whose taxable value is `homeValue`, in cents: the change in
 * the household lines' revenue spread over the tax base in proportion to value
 * (Δrevenue × homeValue ÷ taxBase). Undefined when the definition has no household impact.
 */
export function householdImpact(definition: BudgetDefinition, values: Readonly<BudgetValues>): number | undefined {
  const household = definition.household;
  if (!household) return undefined;
  const lines = linesOf(definition).filter(({ line }) => household.lines.includes(line.id));
  let change = 0;
  for (const { line } of lines) {
    const scale = scaleOf(line);
    change += centsOf(scale, valueOf(line, values)) - centsOf(scale, scale.current);
  }
  return mulDivRound(change, toCents(household.homeValue), toCents(household.taxBase));
}

/** A range of values counted together in published results (inclusive, in the line's scale). */
export interface Bin {
  from: number;
  to: number;
}

/** Lines with many positions are counted in at most this many bins. */
export const MAX_BINS = 10;

/** How many positions each bin covers: one per position up to `MAX_BINS` positions, then evenly grouped. */
export const positionsPerBin = (scale: LineScale): number => Math.ceil(positionsOf(scale) / MAX_BINS);

/** The bins of a line's distribution, from its minimum to its maximum, each made of whole steps. */
export function binsOf(line: BudgetLine): Bin[] {
  const scale = scaleOf(line);
  const per = positionsPerBin(scale);
  const count = Math.ceil(positionsOf(scale) / per);
  return Array.from({ length: count }, (_, index) => ({
    from: scale.min + index * per * scale.step,
    to: Math.min(scale.max, scale.min + ((index + 1) * per - 1) * scale.step),
  }));
}

/** The bin a value falls in (values outside the bounds, from an older definition, go to the nearest end). */
export function binIndex(line: BudgetLine, value: number): number {
  const scale = scaleOf(line);
  const bins = Math.ceil(positionsOf(scale) / positionsPerBin(scale));
  return Math.max(0, Math.min(bins - 1, Math.floor((value - scale.min) / scale.step / positionsPerBin(scale))));
}

/**
 * What the values could reach at best, for the definition check: the highest balance (revenue at
 * its maximum, spending at its minimum) and the lowest; locked lines stay at their amount.
 */
export function balanceRange(definition: BudgetDefinition): { lowest: number; highest: number } {
  let lowest = 0;
  let highest = 0;
  for (const { line, kind } of linesOf(definition)) {
    const scale = scaleOf(line);
    const low = centsOf(scale, line.locked ? scale.current : scale.min);
    const high = centsOf(scale, line.locked ? scale.current : scale.max);
    if (kind === 'revenue') (lowest += low), (highest += high);
    else (lowest -= high), (highest -= low);
  }
  return { lowest, highest };
}

/**
 * Reads an amount typed by a citizen, in their language's way of writing money: `1 234 567,50 $`
 * (French: spaces group, comma or point marks cents) or `$1,234,567.50` (English: commas group,
 * point marks cents). Returns cents, or undefined when it is not an amount.
 */
export function parseMoney(text: string, language: 'fr' | 'en'): number | undefined {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\$/g, '');
  const negative = /^[-−]/.test(compact);
  if (negative) compact = compact.slice(1);
  if (language === 'en') compact = compact.replace(/,(?=\d{3}(?:\D|$))/g, '');
  else compact = compact.replace(',', '.');
  if (!/^\d+(?:\.\d{1,2})?$/.test(compact)) return undefined;
  const [whole = '0', fraction = ''] = compact.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return negative ? -cents : cents;
}

/** Reads a whole number of units typed by a citizen (`12`, `1 200`, `1,200` in English). */
export function parseUnits(text: string, language: 'fr' | 'en'): number | undefined {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (language === 'en') compact = compact.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^[-−]?\d+$/.test(compact)) return undefined;
  const value = Number(compact.replace('−', '-'));
  return Number.isSafeInteger(value) ? value : undefined;
}
