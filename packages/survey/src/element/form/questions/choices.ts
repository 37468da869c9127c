import { html, nothing } from 'lit';
import { choice, group } from '@participe/core/atoms';
import type { SurveyQuestion } from '../../../schema.js';
import { UNSURE } from '../../../rules.js';
import { controlId, fieldOptions, questionId, type QuestionContext } from './context.js';

type Single = Extract<SurveyQuestion, { type: 'single' | 'likert' }>;
type Multiple = Extract<SurveyQuestion, { type: 'multiple' }>;
type YesNo = Extract<SurveyQuestion, { type: 'yes-no' }>;
type Rating = Extract<SurveyQuestion, { type: 'rating' }>;
type Consent = Extract<SurveyQuestion, { type: 'consent' }>;

const otherText = (value: unknown) => (typeof value === 'object' && value !== null && 'other' in value ? String((value as { other: unknown }).other ?? '') : undefined);

/** The "Please specify" box under a chosen "Other". */
function otherField(context: QuestionContext, text: string, onInput: (text: string) => void) {
  const id = controlId(context.question, 'other-text');
  return html`<div class="other">
    <label class="field__label" for=${id}>${context.t('otherDetails')}</label>
    <input class="input" id=${id} type="text" maxlength="300" .value=${text} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}

/** Single choice and Likert scale: radio buttons in a fieldset, "Other (specify)" when allowed. */
export function renderSingle(context: QuestionContext<Single>) {
  const { question, value, language, set, t } = context;
  const other = otherText(value);
  const name = questionId(question);
  return group(
    { id: name, legend: question.label[language], ...fieldOptions(context) },
    html`${question.choices.map((option) =>
      choice({ type: 'radio', name, id: controlId(question, option.id), label: option.label[language], checked: value === option.id, onChange: () => set(option.id) }),
    )}
    ${question.type === 'likert' && question.unsure ? unsureChoice(context, name) : nothing}
    ${question.type === 'single' && question.other
      ? html`${choice({ type: 'radio', name, id: controlId(question, 'other'), label: t('other'), checked: other !== undefined, onChange: () => set({ other: other ?? '' }) })}
        ${other !== undefined ? otherField(context, other, (text) => set({ other: text })) : nothing}`
      : nothing}`,
  );
}

/** "Don't know / unsure", after the scale's own answers, where the question offers it. */
function unsureChoice(context: QuestionContext, name: string) {
  const { question, value, set, t } = context;
  return choice({ type: 'radio', name, id: controlId(question, UNSURE), label: t('unsure'), checked: value === UNSURE, onChange: () => set(UNSURE) });
}

/** Yes / No as two radio buttons (and "Don't know" where offered). */
export function renderYesNo(context: QuestionContext<YesNo>) {
  const { question, value, language, set, t } = context;
  const name = questionId(question);
  return group(
    { id: name, legend: question.label[language], ...fieldOptions(context) },
    html`<div class="inline">
      ${([true, false] as const).map((answer) =>
        choice({ type: 'radio', name, id: controlId(question, String(answer)), label: t(answer ? 'yes' : 'no'), checked: value === answer, onChange: () => set(answer) }),
      )}
      ${question.unsure ? unsureChoice(context, name) : nothing}
    </div>`,
  );
}

/** A rating from min to max: numbered radio buttons in a row, the ends named in the hint. */
export function renderRating(context: QuestionContext<Rating>) {
  const { question, value, language, set, t } = context;
  const name = questionId(question);
  const points = Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);
  const scale =
    question.minLabel && question.maxLabel
      ? t('ratingScale', { min: question.min, max: question.max, minLabel: question.minLabel[language], maxLabel: question.maxLabel[language] })
      : undefined;
  const options = fieldOptions(context);
  return group(
    { id: name, legend: question.label[language], ...options, hint: [options.hint, scale].filter(Boolean).join(' ') || undefined },
    html`<div class="inline rating">
      ${points.map((point) => choice({ type: 'radio', name, id: controlId(question, String(point)), label: String(point), checked: value === point, onChange: () => set(point) }))}
      ${question.unsure ? unsureChoice(context, name) : nothing}
    </div>`,
  );
}

/** Multiple choice: checkboxes, the allowed number of answers in the hint. */
export function renderMultiple(context: QuestionContext<Multiple>) {
  const { question, language, set, t } = context;
  type Chosen = { choices?: string[]; other?: string };
  const read = (value: unknown): Chosen => (typeof value === 'object' && value !== null ? value : {}) as Chosen;
  const current = read(context.value);
  const chosen = current.choices ?? [];
  const update = (change: (choices: string[], other: string | undefined) => [string[], string | undefined]) => {
    const now = read(context.current());
    const [choices, other] = change(now.choices ?? [], now.other);
    set(choices.length || other !== undefined ? { choices, ...(other !== undefined && { other }) } : undefined);
  };
  const { min, max } = question;
  const range = min && max ? t('chooseRange', min, max) : min ? t('chooseAtLeast', min) : max ? t('chooseAtMost', max) : undefined;
  // With a limit and "Other", say whether "Other" is one of the counted answers.
  const otherRule = range && question.other ? t(question.otherCounts ? 'otherCounted' : 'otherNotCounted') : undefined;
  const options = fieldOptions(context);
  return group(
    { id: questionId(question), legend: question.label[language], ...options, hint: [options.hint, range, otherRule].filter(Boolean).join(' ') || undefined },
    html`${question.choices.map((option) =>
      choice({
        type: 'checkbox',
        name: questionId(question),
        id: controlId(question, option.id),
        label: option.label[language],
        checked: chosen.includes(option.id),
        onChange: (checked) => update((now, other) => [checked ? [...now.filter((id) => id !== option.id), option.id] : now.filter((id) => id !== option.id), other]),
      }),
    )}
    ${question.other
      ? html`${choice({
          type: 'checkbox',
          name: questionId(question),
          id: controlId(question, 'other'),
          label: t('other'),
          checked: current.other !== undefined,
          onChange: (checked) => update((now) => [now, checked ? '' : undefined]),
        })}
        ${current.other !== undefined ? otherField(context, current.other, (text) => update((now) => [now, text])) : nothing}`
      : nothing}`,
  );
}

/** A consent box: the statement is the checkbox's label; the error sits before it. */
export function renderConsent(context: QuestionContext<Consent>) {
  const { question, value, language, set, error, t } = context;
  const id = controlId(question);
  return html`<div class="consent ${error ? 'field--invalid' : ''}" id=${questionId(question)} part="field">
    ${error ? html`<p class="field__error" id="${id}-error"><span class="visually-hidden">${t('errorPrefix')} </span>${error}</p>` : nothing}
    ${choice({ type: 'checkbox', name: id, id, label: question.label[language], checked: value === true, onChange: (checked) => set(checked || undefined), describedBy: error ? `${id}-error` : undefined })}
  </div>`;
}
