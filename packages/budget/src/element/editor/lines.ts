import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatNumber } from '@participe/core/element';
import { consequenceOf, positionOf, positionsOf, scaleOf, valueAt } from '../../rules.js';
import type { BudgetCategory, BudgetLine } from '../../schema.js';
import { readText, reset, setValue, step, typeText } from './actions.js';
import { amountOf, changeWords, changeWordsOf, money, plainAmount } from './format.js';
import type { BudgetView, TypedProblem } from './view.js';

/** The DOM id of a line's elements: `line-police`, `line-police-amount`… */
export const lineId = (line: BudgetLine) => `line-${line.id}`;

/** A line's value now (today's amount until the citizen moves it). */
export const valueIn = (view: BudgetView, line: BudgetLine) => view.work.values[line.id] ?? scaleOf(line).current;

/** The line's range and step in words, for its amount box. */
export function boundsHint(view: BudgetView, line: BudgetLine): string {
  const { t, language } = view;
  const scale = scaleOf(line);
  if (!line.unit) return t('moneyHint', { min: money(language, scale.min), max: money(language, scale.max), step: money(language, scale.step) });
  return t('unitsHint', {
    min: formatNumber(language, scale.min),
    max: formatNumber(language, scale.max),
    step: formatNumber(language, scale.step),
    unit: line.unit.one[language],
    cost: money(language, scale.centsPerValue),
  });
}

/** Why a typed amount was not taken, in the citizen's words. */
export function typedMessage(view: BudgetView, line: BudgetLine, problem: TypedProblem): string {
  const { t, language } = view;
  const amount = (value: number) => amountOf(line, value, language);
  switch (problem.code) {
    case 'below-minimum':
      return t('typedBelow', { min: amount(problem.min) });
    case 'above-maximum':
      return t('typedAbove', { max: amount(problem.max) });
    case 'off-step':
      return t('typedOffStep', { step: amount(problem.step), min: amount(problem.min), near: amount(problem.near ?? problem.min) });
    case 'locked':
      return t('typedLocked');
    default:
      return t(line.unit ? 'typedUnitsUnreadable' : 'typedUnreadable');
  }
}

/**
 * A line's amount box: what the citizen typed (until it is read) or the value, digits grouped
 * their way. Read on Enter (which does not send the form) and on leaving the box.
 */
export function amountBox(view: BudgetView, line: BudgetLine, id: string, describedBy: string[], labelledBy?: string): TemplateResult {
  const problem = view.work.typed[line.id];
  const errorId = `${id}-error`;
  const text = view.work.texts[line.id] ?? plainAmount(line, valueIn(view, line), view.language);
  return html`${problem
      ? html`<p class="field__error" id=${errorId}><span class="visually-hidden">${view.t('errorPrefix')} </span>${typedMessage(view, line, problem)}</p>`
      : nothing}
    <input
      class="input amount"
      id=${id}
      type="text"
      inputmode=${line.unit ? 'numeric' : 'decimal'}
      autocomplete="off"
      spellcheck="false"
      aria-labelledby=${labelledBy ?? nothing}
      aria-describedby=${[...(problem ? [errorId] : []), ...describedBy].join(' ')}
      aria-invalid=${problem ? 'true' : nothing}
      .value=${text}
      @input=${(event: Event) => typeText(view, line, (event.target as HTMLInputElement).value)}
      @change=${() => readText(view, line)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        readText(view, line);
      }}
    />`;
}

/** − or +: for a pointer without dragging. Out of the tab order: keyboards have the slider's arrows and the amount box. */
function stepButton(view: BudgetView, line: BudgetLine, direction: -1 | 1, disabled: boolean): TemplateResult {
  const { t, language } = view;
  const name = t(direction < 0 ? 'decrease' : 'increase', { line: line.label[language], step: amountOf(line, scaleOf(line).step, language) });
  return html`<button class="step" type="button" tabindex="-1" aria-disabled=${disabled ? 'true' : nothing} @click=${() => !disabled && step(view, line, direction)}>
    <span aria-hidden="true">${direction < 0 ? '−' : '+'}</span><span class="visually-hidden">${name}</span>
  </button>`;
}

/** What changing this line would mean, at each threshold; the one reached is said next to the slider. */
function consequences(view: BudgetView, line: BudgetLine): TemplateResult | typeof nothing {
  if (!line.consequences.length) return nothing;
  const { t, language } = view;
  const sorted = [...line.consequences].sort((a, b) => a.change - b.change);
  return html`<details class="line__consequences">
    <summary>${t('consequencesTitle')}</summary>
    <ul>
      ${sorted.map(
        (consequence) =>
          html`<li>${formatNumber(language, consequence.change / 100, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 })}${language === 'fr' ? '\u00a0:' : ':'} ${consequence.text[language]}</li>`,
      )}
    </ul>
  </details>`;
}

/** A locked line: its amount and why it cannot change, no control. */
function lockedLine(view: BudgetView, line: BudgetLine): TemplateResult {
  const { t, language } = view;
  const id = lineId(line);
  return html`<li class="line line--locked" part="line" id=${id}>
    <div class="line__header">
      <p class="line__label">${line.label[language]}</p>
      <p class="line__value">${amountOf(line, scaleOf(line).current, language)}</p>
    </div>
    ${line.description ? html`<p class="line__hint">${line.description[language]}</p>` : nothing}
    <p class="line__locked"><span class="badge">${t('locked')}</span> ${line.locked!.reason[language]}</p>
  </li>`;
}

/**
 * One line: its label and value, a slider (arrows, Page Up/Down, Home/End; its value read out as
 * money with the change), − and + buttons, a box to type the amount, today's amount, the
 * consequence reached and a reset button once changed.
 */
export function renderLine(view: BudgetView, line: BudgetLine): TemplateResult {
  if (line.locked) return lockedLine(view, line);
  const { t, language } = view;
  const id = lineId(line);
  const scale = scaleOf(line);
  const value = valueIn(view, line);
  const label = line.label[language];
  const change = changeWords(line, value, language, changeWordsOf(t));
  const consequence = consequenceOf(line, value);
  const position = positionOf(scale, value);
  const last = positionsOf(scale) - 1;
  const hintIds = [...(line.description ? [`${id}-hint`] : []), ...(consequence ? [`${id}-consequence`] : [])];
  return html`<li class="line ${value !== scale.current ? 'line--changed' : ''}" part="line" id=${id}>
    <div class="line__header">
      <label class="line__label" for="${id}-slider">${label}</label>
      <p class="line__value" id="${id}-value">${amountOf(line, value, language)} <span class="line__change">(${change})</span></p>
    </div>
    ${line.description ? html`<p class="line__hint" id="${id}-hint">${line.description[language]}</p>` : nothing}
    <div class="line__slider">
      ${stepButton(view, line, -1, position === 0)}
      <input
        class="slider"
        id="${id}-slider"
        type="range"
        min="0"
        max=${last}
        step="1"
        .value=${String(position)}
        aria-valuetext=${t('valueText', { amount: amountOf(line, value, language), change })}
        aria-describedby=${hintIds.join(' ') || nothing}
        @input=${(event: Event) => setValue(view, line, valueAt(scale, Number((event.target as HTMLInputElement).value)))}
      />
      ${stepButton(view, line, 1, position === last)}
    </div>
    <div class="line__amount field ${view.work.typed[line.id] ? 'field--invalid' : ''}" part="field">
      <label class="field__label" for="${id}-amount">${t(line.unit ? 'units' : 'amount')}<span class="visually-hidden"> — ${label}</span></label>
      <p class="field__hint" id="${id}-bounds">${boundsHint(view, line)}</p>
      ${amountBox(view, line, `${id}-amount`, [`${id}-bounds`])}
    </div>
    <p class="line__current">${t('current', { amount: amountOf(line, scale.current, language) })}</p>
    ${consequence ? html`<p class="line__consequence" id="${id}-consequence">${t('consequence', { text: consequence.text[language] })}</p>` : nothing}
    ${consequences(view, line)}
    ${value !== scale.current
      ? html`<button class="button button--secondary reset" part="button button-secondary" type="button" @click=${() => reset(view, line)}>
          ${t('reset')}<span class="visually-hidden"> — ${label}</span>
        </button>`
      : nothing}
  </li>`;
}

/**
 * What a line's rendering depends on: moving one slider re-renders that line only, not the twenty
 * others (its handlers read the latest work through `view.current()`, never a stale copy).
 */
export const lineInputs = (view: BudgetView, line: BudgetLine) => [valueIn(view, line), view.work.texts[line.id], view.work.typed[line.id], view.language, view.t];

/** A category's heading, kind and total, then its lines. */
export function renderCategory(view: BudgetView, category: BudgetCategory, total: { current: number; proposed: number }): TemplateResult {
  const { t, language } = view;
  const difference = total.proposed - total.current;
  return html`<div class="category">
    <h3 class="category__title" id="category-${category.id}">${category.label[language]} <span class="category__kind">(${t(category.kind)})</span></h3>
    ${category.description ? html`<p class="category__hint">${category.description[language]}</p>` : nothing}
    <p class="category__total">
      ${t('categoryTotal', { amount: money(language, total.proposed) })}
      (${difference === 0 ? t('unchanged') : t(difference > 0 ? 'up' : 'down', { amount: money(language, Math.abs(difference)) })})
    </p>
    <ul class="lines" role="list">
      ${category.lines.map((line) => guard(lineInputs(view, line), () => renderLine(view, line)))}
    </ul>
  </div>`;
}
