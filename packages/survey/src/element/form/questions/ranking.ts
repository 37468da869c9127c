import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button, group } from '@participe/core/atoms';
import type { SurveyQuestion } from '../../../schema.js';
import { controlId, fieldOptions, questionId, type QuestionContext } from './context.js';

type Ranking = Extract<SurveyQuestion, { type: 'ranking' }>;

/**
 * Ranking without dragging: each item has "Move up" and "Move down" buttons, and the new position
 * is announced. The starting order is not an answer until the citizen moves an item or confirms
 * the order, so that nobody ranks by accident.
 */
export function renderRanking(context: QuestionContext<Ranking>) {
  const { question, value, language, set, t, announce } = context;
  const ids = question.choices.map((option) => option.id);
  /** The order shown: the ranked items first, then the others as offered. */
  const orderOf = (answer: unknown) => (Array.isArray(answer) ? [...(answer as string[]), ...ids.filter((id) => !(answer as string[]).includes(id))] : ids);
  const ranked = Array.isArray(value);
  const order = orderOf(value);
  const label = (id: string) => question.choices.find((option) => option.id === id)!.label[language];
  const counted = question.limit ?? ids.length;
  const commit = (next: string[]) => set(next.slice(0, counted));

  /** Moves an item one place; focus stays on the same button of the moved item. */
  const move = (id: string, step: -1 | 1, direction: 'up' | 'down') => {
    const next = orderOf(context.current());
    const from = next.indexOf(id);
    const to = from + step;
    if (to < 0 || to >= next.length) return;
    next.splice(from, 1);
    next.splice(to, 0, id);
    commit(next);
    announce(t('moved', { label: label(id), position: t('rankPosition', to + 1, next.length) }));
    context.focusAfterRender(`#${controlId(question, id)} .ranking__${direction}`);
  };

  const options = fieldOptions(context);
  return group(
    { id: questionId(question), legend: question.label[language], ...options, hint: [options.hint, t('rankHint')].filter(Boolean).join(' ') },
    html`<ol class="ranking">
        ${repeat(
          order,
          (id) => id,
          (id, index) => html`<li class="ranking__item" id=${controlId(question, id)}>
            <span class="ranking__label">${label(id)} <span class="visually-hidden">, ${t('rankPosition', index + 1, order.length)}</span></span>
            <span class="ranking__moves">
              <button class="button button--secondary button--small ranking__up" type="button" aria-disabled=${index === 0 ? 'true' : nothing} @click=${() => move(id, -1, 'up')}>
                ${t('moveUp')}<span class="visually-hidden">, ${label(id)}</span>
              </button>
              <button class="button button--secondary button--small ranking__down" type="button" aria-disabled=${index === order.length - 1 ? 'true' : nothing} @click=${() => move(id, 1, 'down')}>
                ${t('moveDown')}<span class="visually-hidden">, ${label(id)}</span>
              </button>
            </span>
          </li>`,
        )}
      </ol>
      ${ranked
        ? html`<p class="field__hint">${t('orderKept')}</p>`
        : html`<div>${button({ label: t('keepOrder'), variant: 'secondary', onClick: () => (commit(orderOf(context.current())), announce(t('orderKept'))) })}</div>`}`,
  );
}
