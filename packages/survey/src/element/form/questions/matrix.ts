import { html } from 'lit';
import { choice, group } from '@participe/core/atoms';
import type { SurveyQuestion } from '../../../schema.js';
import { controlId, fieldOptions, questionId, type QuestionContext } from './context.js';

type Matrix = Extract<SurveyQuestion, { type: 'matrix' }>;

/**
 * Rows × scale as grouped radio sets: each row is its own fieldset (legend = the row), each radio
 * labelled with its column, so a screen reader hears "Information is easy to find, Somewhat agree".
 * On wide screens the column labels show once, above, and the grid lines the radios up under them.
 */
export function renderMatrix(context: QuestionContext<Matrix>) {
  const { question, language, set, error } = context;
  const answers = (typeof context.value === 'object' && context.value !== null ? context.value : {}) as Record<string, string>;
  return group(
    { id: questionId(question), legend: question.label[language], ...fieldOptions(context) },
    html`<div class="matrix">
      <div class="matrix__head" aria-hidden="true">
        <span></span>
        ${question.columns.map((column) => html`<span class="matrix__column">${column.label[language]}</span>`)}
      </div>
      ${question.rows.map(
        (row) => html`<fieldset class="matrix__row ${error && !answers[row.id] ? 'matrix__row--missing' : ''}">
          <legend class="matrix__legend">${row.label[language]}</legend>
          ${question.columns.map((column) =>
            choice({
              type: 'radio',
              name: controlId(question, row.id),
              id: controlId(question, `${row.id}-${column.id}`),
              label: column.label[language],
              checked: answers[row.id] === column.id,
              onChange: () => set({ ...(context.current() as Record<string, string> | undefined), [row.id]: column.id }),
            }),
          )}
        </fieldset>`,
      )}
    </div>`,
  );
}
