import { html, nothing } from 'lit';
import { characterCount, field } from '@participe/core/atoms';
import type { SurveyQuestion } from '../../../schema.js';
import { controlId, fieldOptions, questionId, type QuestionContext } from './context.js';

type Text = Extract<SurveyQuestion, { type: 'text' | 'long-text' }>;
type NumberQuestion = Extract<SurveyQuestion, { type: 'number' }>;
type DateQuestion = Extract<SurveyQuestion, { type: 'date' }>;
type Contact = Extract<SurveyQuestion, { type: 'email' | 'postal-code' }>;

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value;
/** Typing nothing is no answer. */
const orNothing = (text: string) => (text === '' ? undefined : text);

/** Short and long text, with a visible remaining-characters counter announced when typing pauses. */
export function renderText(context: QuestionContext<Text>) {
  const { question, value, language, set, t, announce, formatNumber } = context;
  const text = typeof value === 'string' ? value : '';
  const remaining = question.maxLength - text.length;
  const counter = (left: number) =>
    left >= 0 ? t('charactersRemaining', left, formatNumber(left)) : t('charactersTooMany', -left, formatNumber(-left));
  const id = controlId(question);
  return html`<div id=${questionId(question)}>
    ${field(
      {
        id,
        label: question.label[language],
        ...fieldOptions(context),
        extraId: `${id}-counter`,
        extra: characterCount({ id: `${id}-counter`, length: text.length, maxLength: question.maxLength, message: counter(remaining) }),
      },
      ({ describedBy, invalid }) => {
        const onInput = (event: Event) => {
          const next = inputValue(event);
          set(orNothing(next));
          announce(counter(question.maxLength - next.length));
        };
        return question.type === 'long-text'
          ? html`<textarea class="input" id=${id} rows="5" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${text} @input=${onInput}></textarea>`
          : html`<input class="input" id=${id} type="text" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${text} @input=${onInput} />`;
      },
    )}
  </div>`;
}

/**
 * Reads a number written the French or the English way ("1 234,5", "1,234.5"); text that is not
 * yet a number is kept as typed, so the citizen's input is never rewritten under their fingers.
 */
export function readNumber(text: string): number | string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  const normalised = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
}

/** A number in a text box (inputmode decimal): spin buttons of number inputs are a trap for many. */
export function renderNumber(context: QuestionContext<NumberQuestion>) {
  const { question, value, language, set, t, formatNumber } = context;
  const id = controlId(question);
  const shown = typeof value === 'number' ? (language === 'fr' ? String(value).replace('.', ',') : String(value)) : typeof value === 'string' ? value : '';
  const options = fieldOptions(context);
  const range = question.min !== undefined && question.max !== undefined ? t('numberRange', { min: formatNumber(question.min), max: formatNumber(question.max) }) : undefined;
  return html`<div id=${questionId(question)}>
    ${field({ id, label: question.label[language], ...options, hint: [options.hint, range].filter(Boolean).join(' ') || undefined }, ({ describedBy, invalid }) =>
      html`<div class="with-unit">
        <input class="input input--short" id=${id} type="text" inputmode=${question.integer ? 'numeric' : 'decimal'} autocomplete="off" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${shown} @input=${(event: Event) => set(readNumber(inputValue(event)))} />
        ${question.unit ? html`<span class="unit">${question.unit[language]}</span>` : nothing}
      </div>`,
    )}
  </div>`;
}

/** A date with the browser's date control, bounded by min and max. */
export function renderDate(context: QuestionContext<DateQuestion>) {
  const { question, value, language, set, t } = context;
  const id = controlId(question);
  const options = fieldOptions(context);
  return html`<div id=${questionId(question)}>
    ${field({ id, label: question.label[language], ...options, hint: [options.hint, t('dateHint')].filter(Boolean).join(' ') }, ({ describedBy, invalid }) =>
      html`<input class="input input--short" id=${id} type="date" min=${question.min ?? nothing} max=${question.max ?? nothing} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${typeof value === 'string' ? value : ''} @input=${(event: Event) => set(orNothing(inputValue(event)))} />`,
    )}
  </div>`;
}

/** Email and Canadian postal code, with the autocomplete tokens browsers fill them from. */
export function renderContact(context: QuestionContext<Contact>) {
  const { question, value, language, set, t } = context;
  const id = controlId(question);
  const email = question.type === 'email';
  const options = fieldOptions(context);
  return html`<div id=${questionId(question)}>
    ${field({ id, label: question.label[language], ...options, hint: email ? options.hint : [options.hint, t('postalCodeHint')].filter(Boolean).join(' ') }, ({ describedBy, invalid }) =>
      html`<input
        class="input ${email ? '' : 'input--short'}"
        id=${id}
        type=${email ? 'email' : 'text'}
        autocomplete=${email ? 'email' : 'postal-code'}
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        .value=${typeof value === 'string' ? value : ''}
        @input=${(event: Event) => set(orNothing(inputValue(event)))}
      />`,
    )}
  </div>`;
}
