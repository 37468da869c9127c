import * as z from 'zod/mini';
import { defineIssueCodes } from '@participe/core/schemas';

// The budget's own issue codes with the figures their wording needs, as its definition checks and
// its allocation rules report them (`params.code`). The console words them (staff/issue-words.ts).
// Never rename one: translations and integrations key on them.

const none = z.object({});
/** Figures count units of the line (crossing guards…) rather than cents. */
const scaled = { units: z.boolean() };

/** What an allocation is refused for (`problemCodes` in rules.ts). */
export const allocationIssueCodes = defineIssueCodes({
  budget_unknown_line: z.object(scaled),
  budget_line_missing: z.object(scaled),
  budget_not_whole: z.object(scaled),
  budget_below_minimum: z.object({ min: z.number(), ...scaled }),
  budget_above_maximum: z.object({ max: z.number(), ...scaled }),
  budget_off_step: z.object({ min: z.number(), step: z.number(), ...scaled }),
  budget_line_locked: z.object({ current: z.number(), ...scaled }),
  budget_deficit_too_large: z.object({ deficit: z.number(), maxDeficit: z.number() }),
  budget_surplus_too_large: z.object({ surplus: z.number(), maxSurplus: z.number() }),
  budget_nothing_changed: none,
});

/** What the definition's own checks report (besides core's codes). */
export const definitionIssueCodes = defineIssueCodes({
  budget_amount: z.object(scaled),
  budget_step_not_positive: none,
  budget_min_above_max: none,
  budget_outside_bounds: none,
  budget_not_on_step: none,
  budget_too_costly: none,
  budget_consequences_need_amount: none,
  budget_consequence_repeated: z.object({ change: z.number() }),
  budget_duplicate_id: z.object({ kind: z.enum(['category', 'line']), id: z.string() }),
  budget_too_many_lines: z.object({ maximum: z.number() }),
  budget_all_locked: none,
  budget_household_unknown_line: z.object({ line: z.string() }),
  budget_household_spending_line: z.object({ line: z.string() }),
  budget_home_value_above_tax_base: none,
  budget_deficit_unreachable: none,
  budget_surplus_unreachable: none,
});

export const budgetIssueCodes = defineIssueCodes({ ...allocationIssueCodes, ...definitionIssueCodes });
