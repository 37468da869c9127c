import { html, nothing, type TemplateResult } from 'lit';
import { button, characterCount, field } from '@participe/core/atoms';
import { formatNumber } from '@participe/core/element';
import { categoryTotals } from '../../rules.js';
import { blockers, resetAll, send, setComment, setMode, toggleChart } from './actions.js';
import { renderBalance, ruleWords } from './balance.js';
import { renderCategory } from './lines.js';
import { renderTable } from './table.js';
import type { BudgetView } from './view.js';

function counterText(view: BudgetView, length: number): string {
  const max = view.initiative.definition.commentMaxLength;
  const remaining = max - length;
  const format = (value: number) => formatNumber(view.language, value);
  return remaining >= 0 ? view.t('charactersRemaining', remaining, format(remaining)) : view.t('charactersTooMany', -remaining, format(-remaining));
}

/** Sliders or table: two toggle buttons in a named group; the pressed one keeps focus. */
function modeSwitch(view: BudgetView): TemplateResult {
  const { t, work } = view;
  return html`<div class="toolbar">
    <div class="mode" role="group" aria-labelledby="mode-label">
      <span class="mode__label" id="mode-label">${t('modeLegend')}</span>
      ${button({ label: t('modeSliders'), variant: 'secondary', pressed: work.mode === 'sliders', onClick: () => setMode(view, 'sliders') })}
      ${button({ label: t('modeTable'), variant: 'secondary', pressed: work.mode === 'table', onClick: () => setMode(view, 'table') })}
    </div>
    ${button({ label: t('resetAll'), variant: 'secondary', onClick: () => resetAll(view) })}
  </div>`;
}

/** The allocation chart, on request: its module (and chart.js) load only then. */
function chartSection(view: BudgetView): TemplateResult {
  const { t, work } = view;
  return html`<div class="chart-toggle">
    <button class="button button--secondary" part="button button-secondary" type="button" aria-expanded=${work.chart ? 'true' : 'false'} aria-controls="allocation" @click=${() => toggleChart(view)}>
      ${t(work.chart ? 'hideChart' : 'showChart')}
    </button>
    <div id="allocation" class="allocation" ?hidden=${!work.chart}>
      ${work.chart ? (view.chart ? view.chart.renderAllocation(view) : html`<p class="muted">${t('chartLoading')}</p>`) : nothing}
    </div>
  </div>`;
}

function comment(view: BudgetView): TemplateResult | typeof nothing {
  const max = view.initiative.definition.commentMaxLength;
  if (max === 0) return nothing;
  const { t, work } = view;
  const tooLong = work.comment.length > max;
  return field(
    {
      id: 'comment',
      label: t('commentLabel'),
      marker: t('optional'),
      hint: t('commentHint'),
      error: tooLong && work.attempted ? t('commentTooLong', max, formatNumber(view.language, max)) : undefined,
      errorPrefix: t('errorPrefix'),
      extraId: 'comment-counter',
      extra: characterCount({ id: 'comment-counter', length: work.comment.length, maxLength: max, message: counterText(view, work.comment.length) }),
    },
    ({ id, describedBy, invalid }) =>
      html`<textarea
        class="input"
        id=${id}
        name="comment"
        rows="3"
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        .value=${work.comment}
        @input=${(event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          setComment(view, text, counterText(view, text.length));
        }}
      ></textarea>`,
  );
}

/** Why the budget cannot be sent yet (or that it can): visible, and describing the send button. */
function why(view: BudgetView): TemplateResult {
  const reasons = blockers(view);
  const { t } = view;
  return html`<div class="why ${reasons.length ? 'why--blocked' : 'why--ready'}" id="budget-why" tabindex="-1">
    <p class="why__state"><span class="badge">${t(reasons.length ? 'statusProblem' : 'statusOk')}</span></p>
    ${reasons.length ? html`<ul class="why__reasons">${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : html`<p>${t('ruleMet')}</p>`}
  </div>`;
}

/**
 * The simulator: title and rule, the balance, the lines by category (sliders) or one table, the
 * allocation chart on request, a comment, the privacy notice and the send button with why it is
 * not available yet.
 */
export function renderEditor(view: BudgetView): TemplateResult {
  const { initiative, language, work, t } = view;
  const definition = initiative.definition;
  const totals = categoryTotals(definition, work.values);
  const blocked = blockers(view).length > 0;
  return html`<form part="form" class="form budget" novalidate @submit=${(event: Event) => send(view, event)}>
    <header class="intro">
      <h2 class="title">${initiative.title[language]}</h2>
      ${initiative.description ? html`<p>${initiative.description[language]}</p>` : nothing}
      <p class="rule">${ruleWords(view)}</p>
    </header>
    ${renderBalance(view)} ${modeSwitch(view)}
    ${work.mode === 'table' ? renderTable(view) : definition.categories.map((category, index) => renderCategory(view, category, totals[index]!))}
    ${chartSection(view)} ${comment(view)} ${view.privacyNotice(false)} ${renderBalance(view, work.values, 'balance-end-title')} ${why(view)}
    <div class="actions">
      <!-- Unavailable, not disabled: it stays focusable, says why (described by the reasons), and pressing it takes the citizen there. -->
      <button class="button button--primary" part="button button-primary" type="submit" aria-disabled=${view.busy || blocked ? 'true' : nothing} aria-describedby="budget-why">${t('send')}</button>
    </div>
  </form>`;
}
