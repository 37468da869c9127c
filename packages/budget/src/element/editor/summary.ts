import { html, nothing, type TemplateResult } from 'lit';
import { button } from '@participe/core/atoms';
import { linesOf, scaleOf, totalsOf } from '../../rules.js';
import { balanceWords } from './actions.js';
import { householdWords } from './balance.js';
import { amountOf, changeWords, changeWordsOf, money } from './format.js';
import type { BudgetView, KeptBudget } from './view.js';

/** The changed lines, each "Line: from → to (change)". */
function changes(view: BudgetView, kept: KeptBudget): string[] {
  const { t, language, initiative } = view;
  return linesOf(initiative.definition)
    .filter(({ line }) => kept.values[line.id] !== undefined && kept.values[line.id] !== scaleOf(line).current)
    .map(({ line }) => {
      const value = kept.values[line.id]!;
      return t('summaryLine', {
        line: line.label[language],
        from: amountOf(line, scaleOf(line).current, language),
        to: amountOf(line, value, language),
        change: changeWords(line, value, language, changeWordsOf(t)),
      });
    });
}

/** The summary as plain text, for the clipboard. */
export function summaryText(view: BudgetView, kept: KeptBudget): string {
  const { t, language, initiative } = view;
  const totals = totalsOf(initiative.definition, kept.values);
  const colon = language === 'fr' ? '\u00a0:' : ':';
  const household = householdWords(view, kept.values);
  const changed = changes(view, kept);
  return [
    initiative.title[language],
    `${t('balanceTitle')}${colon} ${balanceWords(view, kept.values)}`,
    t('totals', { revenue: money(language, totals.revenue), spending: money(language, totals.spending) }),
    ...(household ? [household] : []),
    '',
    `${t('summaryChanges')}${colon}`,
    ...(changed.length ? changed.map((line) => `- ${line}`) : [t('summaryNoChange')]),
    ...(kept.comment ? ['', `${t('summaryComment')}${colon} ${kept.comment}`] : []),
  ].join('\n');
}

async function copy(view: BudgetView, kept: KeptBudget): Promise<void> {
  try {
    await navigator.clipboard.writeText(summaryText(view, kept));
    view.setCopied('done');
    view.announce(view.t('copied'));
  } catch {
    // No clipboard (an insecure page, a refused permission): the text is shown, ready to select.
    view.setCopied('failed');
    view.focusAfterRender('#summary-text');
  }
}

/**
 * The budget the citizen sent, to keep: the balance, the totals, the household's tax change,
 * each changed line and the comment, with "Print" and "Copy the summary".
 */
export function renderSummary(view: BudgetView, kept: KeptBudget): TemplateResult {
  const { t, language } = view;
  const changed = changes(view, kept);
  const household = householdWords(view, kept.values);
  const totals = totalsOf(view.initiative.definition, kept.values);
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h2 class="title" id="summary-title">${t('summaryTitle')}</h2>
    <p>${t('summaryIntro')}</p>
    <p class="summary__balance"><strong>${balanceWords(view, kept.values)}</strong></p>
    <p>${t('totals', { revenue: money(language, totals.revenue), spending: money(language, totals.spending) })}</p>
    ${household ? html`<p>${household}</p>` : nothing}
    <h3>${t('summaryChanges')}</h3>
    ${changed.length ? html`<ul class="summary__changes">${changed.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${t('summaryNoChange')}</p>`}
    ${kept.comment ? html`<h3>${t('summaryComment')}</h3><p class="summary__comment" lang=${view.language}>${kept.comment}</p>` : nothing}
    <div class="actions summary__actions">
      ${button({ label: t('print'), variant: 'secondary', onClick: () => globalThis.print?.() })}
      ${button({ label: t('copy'), variant: 'secondary', onClick: () => void copy(view, kept) })}
    </div>
    ${view.copied === 'done' ? html`<p class="summary__copied">${t('copied')}</p>` : nothing}
    ${view.copied === 'failed'
      ? html`<div class="field" part="field">
          <p class="field__error">${t('copyFailed')}</p>
          <label class="field__label" for="summary-text">${t('summaryText')}</label>
          <textarea class="input" id="summary-text" readonly rows="8" .value=${summaryText(view, kept)} @focus=${(event: Event) => (event.target as HTMLTextAreaElement).select()}></textarea>
        </div>`
      : nothing}
  </section>`;
}

/** Results were published but could not be read. */
export const resultsUnavailable = (view: BudgetView): TemplateResult => html`<p class="muted">${view.t('resultsUnavailable')}</p>`;
