import { html, nothing, type TemplateResult } from 'lit';
import { totalsOf, type BudgetValues } from '../../rules.js';
import { balanceWords, householdOf } from './actions.js';
import { money } from './format.js';
import type { BudgetView } from './view.js';

/** The rule in a sentence: must balance, or the deficit (and surplus) allowed; "change something". */
export function ruleWords(view: BudgetView): string {
  const { t, language, initiative } = view;
  const { rule, mustChange } = initiative.definition;
  const maxDeficit = Math.round(rule.maxDeficit * 100);
  const main =
    maxDeficit === 0 && rule.maxSurplus === 0 ? t('ruleExact') : maxDeficit === 0 ? t('ruleBalance') : t('ruleMaxDeficit', { amount: money(language, maxDeficit) });
  const surplus = rule.maxSurplus !== undefined && !(maxDeficit === 0 && rule.maxSurplus === 0) ? ` ${t('ruleMaxSurplus', { amount: money(language, Math.round(rule.maxSurplus * 100)) })}` : '';
  return `${main}${surplus}${mustChange ? ` ${t('ruleMustChange')}` : ''}`;
}

/** The household's yearly tax change in a sentence, when the definition shows one. */
export function householdWords(view: BudgetView, values: BudgetValues): string | undefined {
  const impact = householdOf(view, values);
  if (impact === undefined) return undefined;
  const { t, language, initiative } = view;
  const home = initiative.definition.household?.label?.[language] ?? t('householdDefault');
  if (impact === 0) return t('householdSame', { home });
  return t(impact > 0 ? 'householdUp' : 'householdDown', { home, amount: money(language, Math.abs(impact)) });
}

/**
 * The balance as words (a sign glyph beside them, never colour alone), the totals, the rule and
 * the household's tax change. The live region says the same once changes pause.
 */
export function renderBalance(view: BudgetView, values: BudgetValues = view.work.values, titleId = 'balance-title'): TemplateResult {
  // The panel at the top is a region (a landmark to jump to); its repeat above the send button is not.
  const landmark = titleId === 'balance-title';
  const { t, language, initiative } = view;
  const { balance, revenue, spending } = totalsOf(initiative.definition, values);
  const state = balance < 0 ? 'deficit' : balance > 0 ? 'surplus' : 'zero';
  const household = householdWords(view, values);
  const content = html`<h3 class="balance__title" id=${titleId}>${t('balanceTitle')}</h3>
    <p class="balance__state"><span class="balance__glyph" aria-hidden="true">${balance < 0 ? '−' : balance > 0 ? '+' : '='}</span> ${balanceWords(view, values)}</p>
    <p class="balance__totals">${t('totals', { revenue: money(language, revenue), spending: money(language, spending) })}</p>
    ${household ? html`<p class="balance__household"><strong>${t('householdTitle')}${language === 'fr' ? '\u00a0:' : ':'}</strong> ${household}</p>` : nothing}`;
  return landmark
    ? html`<section class="balance balance--${state}" part="balance" aria-labelledby=${titleId}>${content}</section>`
    : html`<div class="balance balance--${state}" part="balance">${content}</div>`;
}
