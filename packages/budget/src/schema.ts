import * as z from 'zod/mini';
import { initiativeOf, initiativeSettings, localizedText, Slug } from '@participe/core/schemas';
import { balanceRange, checkBudget, describeProblem, hasCentPrecision, linesOf, problemCodes, scaleOf, toCents, type BudgetValues } from './rules.js';

/** Ids of categories and lines: short, stable, used as payload keys and CSV columns. */
export const ItemId = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_" (1–64)'));

/** The largest amount a line may reach, in dollars (100 billion): totals stay exact in cents. */
export const MAX_DOLLARS = 100_000_000_000;

/** An amount in dollars, with at most two decimals. */
const Dollars = z.number().check(z.minimum(0), z.maximum(MAX_DOLLARS), z.refine(hasCentPrecision, 'must be an amount in dollars with at most 2 decimals'));

/** What a line counts instead of dollars (positions, trips…): its name and what one costs. */
export const BudgetUnit = z.strictObject({
  /** `{ "fr": "poste", "en": "position" }` */
  one: localizedText(60),
  /** `{ "fr": "postes", "en": "positions" }` */
  other: localizedText(60),
  /** What one unit costs (or brings in), in dollars. */
  cost: Dollars.check(z.refine((cost) => cost > 0, 'must be more than 0')),
});

/** What changing a line by at least `change` percent means, e.g. `{ "change": -5, "text": "Deux inspecteurs de moins" }`. */
export const BudgetConsequence = z.strictObject({
  change: z.number().check(z.minimum(-100), z.maximum(1000), z.refine((change) => change !== 0, 'must not be 0')),
  text: localizedText(300),
});

export const BudgetLine = z.strictObject({
  id: ItemId,
  label: localizedText(200),
  description: z.optional(localizedText(1000)),
  /** Today's amount: where the citizen starts. In dollars, or in units when the line has a `unit`. */
  amount: z.number(),
  min: z.number(),
  max: z.number(),
  step: z.number(),
  unit: z.optional(BudgetUnit),
  consequences: z._default(z.array(BudgetConsequence).check(z.maxLength(10)), []),
  /** A line the citizen cannot change, and why (shown). */
  locked: z.optional(z.strictObject({ reason: localizedText(500) })),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const BudgetCategory = z.strictObject({
  id: ItemId,
  /** Spending lines cost, revenue lines bring in; the balance is revenue minus spending. */
  kind: z.enum(['spending', 'revenue']),
  label: localizedText(200),
  description: z.optional(localizedText(1000)),
  lines: z.array(BudgetLine).check(z.minLength(1), z.maxLength(50)),
});
export type BudgetCategory = z.infer<typeof BudgetCategory>;

/** The part of zod's refinement context the checks below use; `code` is the problem's stable code. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; params?: Record<string, unknown> }): void;
}
const report = (ctx: IssueSink, path: PropertyKey[], message: string, code: string, params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: 'custom', message, path, params: { ...params, code } });

const duplicates = (ids: string[]) => [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];

/** A line's numbers against each other, in its own scale (cents, or units). */
function checkLine(ctx: IssueSink, path: PropertyKey[], line: BudgetLine) {
  const fields = ['amount', 'min', 'max', 'step'] as const;
  let sound = true;
  for (const field of fields) {
    const value = line[field];
    const ok = line.unit ? Number.isSafeInteger(value) && value >= 0 && value <= 1_000_000_000 : value >= 0 && value <= MAX_DOLLARS && hasCentPrecision(value);
    if (!ok) {
      sound = false;
      report(ctx, [...path, field], line.unit ? 'must be a whole number of units (0 or more)' : 'must be an amount in dollars with at most 2 decimals, from 0 to 100 billion', 'budget_amount', { units: !!line.unit });
    }
  }
  if (!sound) return;
  const scale = scaleOf(line);
  if (scale.step <= 0) return report(ctx, [...path, 'step'], 'must be more than 0', 'budget_step_not_positive');
  if (scale.min > scale.max) return report(ctx, [...path, 'min'], 'must not be more than max', 'budget_min_above_max');
  if (scale.current < scale.min || scale.current > scale.max) return report(ctx, [...path, 'amount'], 'must be between min and max', 'budget_outside_bounds');
  if ((scale.current - scale.min) % scale.step !== 0) report(ctx, [...path, 'amount'], 'must be min plus a multiple of step', 'budget_not_on_step');
  if ((scale.max - scale.min) % scale.step !== 0) report(ctx, [...path, 'max'], 'must be min plus a multiple of step', 'budget_not_on_step');
  if (scale.max * scale.centsPerValue > toCents(MAX_DOLLARS)) report(ctx, [...path, 'max'], 'must not cost more than 100 billion dollars', 'budget_too_costly');
  if (line.consequences.length && scale.current === 0) report(ctx, [...path, 'consequences'], 'need an amount above 0 (they are percentages of it)', 'budget_consequences_need_amount');
  for (const change of duplicates(line.consequences.map((consequence) => String(consequence.change)))) {
    report(ctx, [...path, 'consequences'], `change ${change} is given more than once`, 'budget_consequence_repeated', { change: Number(change) });
  }
}

export const BudgetDefinition = z
  .strictObject({
    categories: z.array(BudgetCategory).check(z.minLength(1), z.maxLength(20)),
    /**
     * The balanced-budget rule: the deficit (spending over revenue) may not pass `maxDeficit`
     * dollars (0: the budget must balance), and, when given, the surplus may not pass `maxSurplus`.
     */
    rule: z._default(z.strictObject({ maxDeficit: z._default(Dollars, 0), maxSurplus: z.optional(Dollars) }), { maxDeficit: 0 }),
    /** The citizen must change at least one line before sending. */
    mustChange: z._default(z.boolean(), false),
    /**
     * "Impact on my household": the change in these revenue lines, shared over the tax base in
     * proportion to value, for a household whose taxable value is `homeValue`.
     */
    household: z.optional(
      z.strictObject({
        lines: z.array(ItemId).check(z.minLength(1), z.maxLength(10)),
        /** Total taxable value the household lines are levied on, in dollars. */
        taxBase: Dollars.check(z.refine((value) => value > 0, 'must be more than 0')),
        /** Taxable value of the household shown, in dollars. */
        homeValue: Dollars.check(z.refine((value) => value > 0, 'must be more than 0')),
        /** Who that household is, e.g. "une maison unifamiliale moyenne". */
        label: z.optional(localizedText(200)),
      }),
    ),
    /** Longest comment accepted; 0 hides the comment box. */
    commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(5000)), 1000),
    /** One allocation per participant (per browser, through the anonymous participant id). */
    onePerParticipant: z._default(z.boolean(), true),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const sink: IssueSink = ctx;
      for (const id of duplicates(definition.categories.map((category) => category.id))) report(sink, ['categories'], `category id "${id}" is used more than once`, 'budget_duplicate_id', { kind: 'category', id });
      const lines = linesOf(definition);
      for (const id of duplicates(lines.map(({ line }) => line.id))) report(sink, ['categories'], `line id "${id}" is used more than once`, 'budget_duplicate_id', { kind: 'line', id });
      if (lines.length > 100) report(sink, ['categories'], 'a budget has at most 100 lines', 'budget_too_many_lines', { maximum: 100 });
      let sound = true;
      definition.categories.forEach((category, categoryIndex) =>
        category.lines.forEach((line, lineIndex) => {
          const issues: unknown[] = [];
          checkLine({ addIssue: (issue) => (issues.push(issue), sink.addIssue(issue)) }, ['categories', categoryIndex, 'lines', lineIndex], line);
          if (issues.length) sound = false;
        }),
      );
      if (lines.every(({ line }) => line.locked)) report(sink, ['categories'], 'at least one line must be open to change', 'budget_all_locked');
      const household = definition.household;
      if (household) {
        household.lines.forEach((id, index) => {
          const found = lines.find(({ line }) => line.id === id);
          if (!found) report(sink, ['household', 'lines', index], `"${id}" is not a line of this budget`, 'budget_household_unknown_line', { line: id });
          else if (found.kind !== 'revenue') report(sink, ['household', 'lines', index], `"${id}" is a spending line: households pay through revenue lines`, 'budget_household_spending_line', { line: id });
        });
        if (household.homeValue > household.taxBase) report(sink, ['household', 'homeValue'], 'must not be more than taxBase', 'budget_home_value_above_tax_base');
      }
      // Only once every line is sound: can the citizen meet the rule at all?
      if (sound) {
        const { lowest, highest } = balanceRange(definition);
        const maxDeficit = toCents(definition.rule.maxDeficit);
        if (highest < -maxDeficit) report(sink, ['rule', 'maxDeficit'], 'cannot be met: even with every revenue at its max and every spending at its min, the deficit is larger', 'budget_deficit_unreachable');
        const maxSurplus = definition.rule.maxSurplus;
        if (maxSurplus !== undefined && lowest > toCents(maxSurplus)) report(sink, ['rule', 'maxSurplus'], 'cannot be met: even with every revenue at its min and every spending at its max, the surplus is larger', 'budget_surplus_unreachable');
      }
    }),
  );
export type BudgetDefinition = z.infer<typeof BudgetDefinition>;

export const BudgetSettings = initiativeSettings('budget', BudgetDefinition);
export const BudgetInitiative = initiativeOf('budget', BudgetDefinition);
export type BudgetInitiative = z.infer<typeof BudgetInitiative>;

/**
 * One citizen's allocation: each line's value (integer cents for a money line, a whole number of
 * units for a line with a `unit`) and an optional comment. Nothing else: totals, balance and
 * household impact are recomputed from these and the definition. The rules of `rules.ts` check
 * bounds, steps, locks, the balanced-budget rule and "must change something"; each issue carries
 * its stable code in `params.code`. Stored with locked lines filled in and lines in the
 * definition's order.
 */
export const budgetPayload = (definition: BudgetDefinition) =>
  z
    .strictObject({
      values: z.record(z.string(), z.unknown()),
      comment: z.optional(z.string().check(z.trim(), z.maxLength(definition.commentMaxLength))),
    })
    .check(
      z.superRefine((payload, ctx) => {
        const lines = new Map(linesOf(definition).map(({ line }) => [line.id, line]));
        for (const { line, problem } of checkBudget(definition, payload.values)) {
          (ctx as IssueSink).addIssue({
            code: 'custom',
            message: describeProblem(problem, line === undefined ? undefined : lines.get(line)),
            path: line === undefined ? ['values'] : ['values', line],
            // `units`: the figures count units of the line rather than cents.
            params: { ...problem, code: problemCodes[problem.code], units: !!(line !== undefined && lines.get(line)?.unit) },
          });
        }
      }),
      z.overwrite((payload) => {
        const values: BudgetValues = {};
        for (const { line } of linesOf(definition)) values[line.id] = (payload.values[line.id] as number | undefined) ?? scaleOf(line).current;
        return { values, ...(payload.comment && { comment: payload.comment }) };
      }),
    ) as unknown as z.ZodMiniType<BudgetPayload, unknown>;
export interface BudgetPayload {
  values: BudgetValues;
  comment?: string;
}

const count = z.int().check(z.minimum(0));

/** One line's published results, in the line's scale (cents, or units): never a single citizen's allocation. */
export const BudgetLineResult = z.strictObject({
  line: ItemId,
  /** Allocations that give this line a value. */
  answered: count,
  increased: count,
  kept: count,
  decreased: count,
  mean: z.nullable(z.number()),
  median: z.nullable(z.number()),
  /** How many chose a value in each bin, from the minimum to the maximum (`binsOf`), zeroes included. */
  distribution: z.array(z.strictObject({ from: z.number(), to: z.number(), count })),
});
export type BudgetLineResult = z.infer<typeof BudgetLineResult>;

export const BudgetResults = z.strictObject({
  initiative: Slug,
  type: z.literal('budget'),
  responses: count,
  lines: z.array(BudgetLineResult),
});
export type BudgetResults = z.infer<typeof BudgetResults>;
