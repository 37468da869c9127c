import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { categoryTotals, scaleOf, totalsOf } from '../../rules.js';
import type { BudgetLine } from '../../schema.js';
import { reset } from './actions.js';
import { amountOf, changeWords, changeWordsOf, money, signedMoney } from './format.js';
import { amountBox, boundsHint, lineId, lineInputs, valueIn } from './lines.js';
import type { BudgetView } from './view.js';

function row(view: BudgetView, line: BudgetLine): TemplateResult {
  const { t, language } = view;
  const id = `table-${lineId(line)}`;
  const scale = scaleOf(line);
  const value = valueIn(view, line);
  return html`<tr class=${value !== scale.current ? 'row--changed' : ''}>
    <th scope="row" id="${id}-name">${line.label[language]}</th>
    <td>${amountOf(line, scale.current, language)}</td>
    <td>
      ${line.locked
        ? html`${amountOf(line, value, language)} <span class="badge">${t('locked')}</span><span class="visually-hidden"> ${line.locked.reason[language]}</span>`
        : html`<div class="field ${view.work.typed[line.id] ? 'field--invalid' : ''}">
            <span class="visually-hidden" id="${id}-bounds">${boundsHint(view, line)}</span>
            ${amountBox(view, line, `${id}-amount`, [`${id}-bounds`], `${id}-name table-yours`)}
          </div>`}
    </td>
    <td>
      ${changeWords(line, value, language, changeWordsOf(t))}
      ${!line.locked && value !== scale.current
        ? html`<button class="link" type="button" @click=${() => reset(view, line)}>${t('reset')}<span class="visually-hidden"> — ${line.label[language]}</span></button>`
        : nothing}
    </td>
  </tr>`;
}

/**
 * Every line as a row of one table, grouped by category: today's amount, the citizen's in a box
 * they can type in, the change. For screen readers (row and column headers name each box) and
 * for anyone who prefers typing amounts to moving sliders.
 */
export function renderTable(view: BudgetView): TemplateResult {
  const { t, language, initiative, work } = view;
  const definition = initiative.definition;
  const totals = totalsOf(definition, work.values);
  const today = totalsOf(definition, {});
  const categories = categoryTotals(definition, work.values);
  return html`<div class="table-wrap" part="table">
    <table class="budget-table">
      <caption>${t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('line')}</th>
          <th scope="col">${t('today')}</th>
          <th scope="col" id="table-yours">${t('yours')}</th>
          <th scope="col">${t('difference')}</th>
        </tr>
      </thead>
      ${definition.categories.map((category, index) => {
        const total = categories[index]!;
        return html`<tbody>
          <tr class="row--category">
            <th scope="rowgroup" colspan="4">${category.label[language]} (${t(category.kind)})${language === 'fr' ? '\u00a0:' : ':'} ${money(language, total.proposed)}</th>
          </tr>
          ${category.lines.map((line) => guard(lineInputs(view, line), () => row(view, line)))}
        </tbody>`;
      })}
      <tfoot>
        <tr>
          <th scope="row">${t('totalRevenue')}</th>
          <td>${money(language, today.revenue)}</td>
          <td>${money(language, totals.revenue)}</td>
          <td>${signedMoney(language, totals.revenue - today.revenue)}</td>
        </tr>
        <tr>
          <th scope="row">${t('totalSpending')}</th>
          <td>${money(language, today.spending)}</td>
          <td>${money(language, totals.spending)}</td>
          <td>${signedMoney(language, totals.spending - today.spending)}</td>
        </tr>
        <tr>
          <th scope="row">${t('balance')}</th>
          <td>${signedMoney(language, today.balance)}</td>
          <td>${signedMoney(language, totals.balance)}</td>
          <td>${signedMoney(language, totals.balance - today.balance)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
