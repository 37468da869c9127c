import { formatNumber } from '@participe/core/element';
import { defineIssueWording, wordIssue, type Issue, type Language } from '@participe/core/schemas';
import { budgetIssueCodes } from '../issue-codes.js';

// The budget's issue codes as staff read them in the console: definition problems in the editor,
// refused allocations in paper entry. Figures in cents are money; with `units`, counts.

const money = (language: Language, cents: number) => formatNumber(language, cents / 100, { style: 'currency', currency: 'CAD', maximumFractionDigits: cents % 100 ? 2 : 0 });
const figure = (language: Language, value: number, units: boolean) => (units ? formatNumber(language, value) : money(language, value));

export const budgetIssueWording = defineIssueWording(budgetIssueCodes, {
  fr: {
    budget_unknown_line: () => 'ce poste n’existe pas dans ce budget',
    budget_line_missing: () => 'une valeur est obligatoire pour ce poste',
    budget_not_whole: ({ units }) => (units ? 'doit être un nombre entier d’unités' : 'doit être un nombre entier de cents'),
    budget_below_minimum: ({ min, units }) => `doit être d’au moins ${figure('fr', min, units)}`,
    budget_above_maximum: ({ max, units }) => `doit être d’au plus ${figure('fr', max, units)}`,
    budget_off_step: ({ min, step, units }) => `doit être égal à ${figure('fr', min, units)} plus un multiple de ${figure('fr', step, units)}`,
    budget_line_locked: ({ current, units }) => `ce poste est fixé à ${figure('fr', current, units)}`,
    budget_deficit_too_large: ({ deficit, maxDeficit }) =>
      maxDeficit === 0 ? `le budget doit être équilibré\u00a0: il présente un déficit de ${money('fr', deficit)}` : `le déficit de ${money('fr', deficit)} dépasse les ${money('fr', maxDeficit)} permis`,
    budget_surplus_too_large: ({ surplus, maxSurplus }) =>
      maxSurplus === 0 ? `le budget doit être équilibré\u00a0: il présente un surplus de ${money('fr', surplus)}` : `le surplus de ${money('fr', surplus)} dépasse les ${money('fr', maxSurplus)} permis`,
    budget_nothing_changed: () => 'modifiez au moins un poste',
    budget_amount: ({ units }) => (units ? 'doit être un nombre entier d’unités (0 ou plus)' : 'doit être un montant en dollars d’au plus 2 décimales, de 0 à 100 milliards'),
    budget_step_not_positive: () => 'doit être supérieur à 0',
    budget_min_above_max: () => 'ne doit pas dépasser max',
    budget_outside_bounds: () => 'doit être entre min et max',
    budget_not_on_step: () => 'doit être égal à min plus un multiple de step',
    budget_too_costly: () => 'ne doit pas coûter plus de 100 milliards de dollars',
    budget_consequences_need_amount: () => 'demandent un montant supérieur à 0 (ce sont des pourcentages de ce montant)',
    budget_consequence_repeated: ({ change }) => `la variation ${formatNumber('fr', change)} est donnée plus d’une fois`,
    budget_duplicate_id: ({ kind, id }) => `l’identifiant ${kind === 'category' ? 'de catégorie' : 'de poste'} «\u00a0${id}\u00a0» est utilisé plus d’une fois`,
    budget_too_many_lines: ({ maximum }) => `un budget compte au plus ${formatNumber('fr', maximum)} postes`,
    budget_all_locked: () => 'au moins un poste doit pouvoir être modifié',
    budget_household_unknown_line: ({ line }) => `«\u00a0${line}\u00a0» n’est pas un poste de ce budget`,
    budget_household_spending_line: ({ line }) => `«\u00a0${line}\u00a0» est un poste de dépenses\u00a0: les ménages paient par des postes de revenus`,
    budget_home_value_above_tax_base: () => 'ne doit pas dépasser taxBase',
    budget_deficit_unreachable: () => 'impossible à respecter\u00a0: même avec chaque revenu à son maximum et chaque dépense à son minimum, le déficit est plus grand',
    budget_surplus_unreachable: () => 'impossible à respecter\u00a0: même avec chaque revenu à son minimum et chaque dépense à son maximum, le surplus est plus grand',
  },
  en: {
    budget_unknown_line: () => 'no such line in this budget',
    budget_line_missing: () => 'a value is required for this line',
    budget_not_whole: ({ units }) => (units ? 'must be a whole number of units' : 'must be a whole number of cents'),
    budget_below_minimum: ({ min, units }) => `must be at least ${figure('en', min, units)}`,
    budget_above_maximum: ({ max, units }) => `must be at most ${figure('en', max, units)}`,
    budget_off_step: ({ min, step, units }) => `must be ${figure('en', min, units)} plus a multiple of ${figure('en', step, units)}`,
    budget_line_locked: ({ current, units }) => `this line is locked at ${figure('en', current, units)}`,
    budget_deficit_too_large: ({ deficit, maxDeficit }) =>
      maxDeficit === 0 ? `the budget must balance: it has a deficit of ${money('en', deficit)}` : `the deficit of ${money('en', deficit)} is over the ${money('en', maxDeficit)} allowed`,
    budget_surplus_too_large: ({ surplus, maxSurplus }) =>
      maxSurplus === 0 ? `the budget must balance: it has a surplus of ${money('en', surplus)}` : `the surplus of ${money('en', surplus)} is over the ${money('en', maxSurplus)} allowed`,
    budget_nothing_changed: () => 'change at least one line',
    budget_amount: ({ units }) => (units ? 'must be a whole number of units (0 or more)' : 'must be an amount in dollars with at most 2 decimals, from 0 to 100 billion'),
    budget_step_not_positive: () => 'must be more than 0',
    budget_min_above_max: () => 'must not be more than max',
    budget_outside_bounds: () => 'must be between min and max',
    budget_not_on_step: () => 'must be min plus a multiple of step',
    budget_too_costly: () => 'must not cost more than 100 billion dollars',
    budget_consequences_need_amount: () => 'need an amount above 0 (they are percentages of it)',
    budget_consequence_repeated: ({ change }) => `change ${formatNumber('en', change)} is given more than once`,
    budget_duplicate_id: ({ kind, id }) => `${kind} id “${id}” is used more than once`,
    budget_too_many_lines: ({ maximum }) => `a budget has at most ${formatNumber('en', maximum)} lines`,
    budget_all_locked: () => 'at least one line must be open to change',
    budget_household_unknown_line: ({ line }) => `“${line}” is not a line of this budget`,
    budget_household_spending_line: ({ line }) => `“${line}” is a spending line: households pay through revenue lines`,
    budget_home_value_above_tax_base: () => 'must not be more than taxBase',
    budget_deficit_unreachable: () => 'cannot be met: even with every revenue at its max and every spending at its min, the deficit is larger',
    budget_surplus_unreachable: () => 'cannot be met: even with every revenue at its min and every spending at its max, the surplus is larger',
  },
});

/** The budget's codes in the console's words; undefined for core's. */
export const budgetIssueText = (issue: Issue, language: Language): string | undefined => wordIssue(budgetIssueWording, issue, language);
