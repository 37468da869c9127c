import { html } from 'lit';
import { field } from '@participe/core/atoms';
import { formatNumber, translator } from '@participe/core/element';
import { defineStaff, entryFieldId, type EntryFieldsContext } from '@participe/core/staff';
import '../element/define.js';
import { NAME_MAX_LENGTH, qaType, type QaDefinition } from '../manifest.js';
import { renderQuestionPayload } from './payload.js';
import { qaStaffStrings as strings } from './strings.js';

export { qaStaffStrings } from './strings.js';

const entryFields = ['question', 'name'] as const;

/** Paper or phone entry (a question read out in the room, say): the question, and a name when the event takes names. */
function renderEntryFields({ definition, values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(strings, language);
  const { questionMaxLength = 300, names = true } = (definition ?? {}) as Partial<QaDefinition>;
  const text = (name: (typeof entryFields)[number], required: boolean, max: number) =>
    field({ id: entryFieldId(name), label: t(name), marker: required ? words.required : words.optional, error: errors[name]?.text, errorPrefix: words.errorPrefix }, ({ id, describedBy, invalid }) =>
      name === 'question'
        ? html`<textarea class="input" id=${id} rows="3" maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLTextAreaElement).value)}></textarea>`
        : html`<input class="input" id=${id} maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLInputElement).value)} />`,
    );
  return html`${text('question', true, questionMaxLength)} ${names ? text('name', false, NAME_MAX_LENGTH) : ''}`;
}

/** `<participe-qa>` in the console: the moderation queue and the hosts' view, live; results and export are the console's. */
export const qaStaff = defineStaff({
  manifest: qaType,
  label: (language) => strings[language].label,
  definitionTemplate: () => ({ questionMaxLength: 300, questionsPerParticipant: 5, names: true, reportThreshold: 3 }) satisfies QaDefinition,
  definitionHint: (language) => strings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-qa .preview=${initiative}></participe-qa>`,
  renderPayload: (payload, _definition, language, contentLanguage) => renderQuestionPayload(payload, language, contentLanguage),
  entry: {
    kind: 'fields',
    initialValues: () => ({ question: '', name: '' }),
    render: renderEntryFields,
    toPayload: (values) => Object.fromEntries(entryFields.flatMap((name) => (values[name]?.trim() ? [[name, values[name]!.trim()]] : []))),
    fieldOf: (path) => entryFields.find((name) => path === name || path.startsWith(`${name}.`)),
    issueMessage: (name, values, language) => (name === 'question' && !values['question']?.trim() ? strings[language].questionRequired : undefined),
    label: (name, language) => (name === 'question' || name === 'name' ? strings[language][name] : name),
  },
  results: {
    responses: (results) => results.questions,
    render: (results, _definition, language) => {
      const t = translator(strings, language);
      const f = (value: number) => formatNumber(language, value);
      return html`<ul class="figures">
        <li class="figure">${t('questions', results.questions, f(results.questions))}</li>
        <li>${t('published', results.published, f(results.published))}</li>
        <li>${t('answeredCount', results.answered, f(results.answered))}</li>
        <li>${t('votesCount', results.votes, f(results.votes))}</li>
      </ul>`;
    },
  },
  views: [
    {
      segment: 'question-queue',
      label: (language) => strings[language].moderationView,
      permission: 'contributions:moderate',
      load: () => import('./moderation.js'),
      render: (context, { id }) => html`<qa-moderation .context=${context} .initiativeId=${id}></qa-moderation>`,
    },
    {
      segment: 'hosting',
      label: (language) => strings[language].animatorView,
      permission: 'contributions:moderate',
      load: () => import('./animator.js'),
      render: (context, { id }) => html`<qa-animator .context=${context} .initiativeId=${id}></qa-animator>`,
    },
  ],
  // Edited as JSON: four fields, documented in the hint.
  definitionForm: null,
});
