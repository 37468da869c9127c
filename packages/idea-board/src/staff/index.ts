import { html, nothing } from 'lit';
import { field } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { defineStaff, entryFieldId, type EntryFieldsContext } from '@participe/core/staff';
import '../element/define.js';
import { ideaBoardType, type IdeaBoardDefinition } from '../manifest.js';
import { ideaBoardDefinitionForm } from './definition-form.js';
import { renderIdeaPayload } from './payload.js';
import { ideaBoardStaffStrings as strings } from './strings.js';

export { ideaBoardStaffStrings } from './strings.js';

const definitionOf = (definition: unknown) => (definition ?? {}) as Partial<IdeaBoardDefinition>;
const isDiscussion = (definition: unknown) => definitionOf(definition).mode === 'discussion';

/** Paper or phone entry: an idea (title, description, category) or a post (text, name), and its thread. */
function renderEntryFields({ definition, values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(strings, language);
  const { categories = [], topics = [], titleMaxLength = 120, descriptionMaxLength = 2000, textMaxLength = 300 } = definitionOf(definition);
  const text = (name: string, label: string, required: boolean, max: number, multiline: boolean) =>
    field({ id: entryFieldId(name), label, marker: required ? words.required : words.optional, error: errors[name]?.text, errorPrefix: words.errorPrefix }, ({ id, describedBy, invalid }) =>
      multiline
        ? html`<textarea class="input" id=${id} rows="4" maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLTextAreaElement).value)}></textarea>`
        : html`<input class="input" id=${id} maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLInputElement).value)} />`,
    );
  const select = (name: 'category' | 'topic', label: string, choices: IdeaBoardDefinition['categories'], required: boolean) =>
    choices.length
      ? field({ id: entryFieldId(name), label, marker: required ? words.required : words.optional, error: errors[name]?.text, errorPrefix: words.errorPrefix }, ({ id, describedBy, invalid }) =>
          html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => update(name, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!values[name]}></option>
            ${choices.map((choice) => html`<option value=${choice.id} ?selected=${values[name] === choice.id}>${choice.label[language]}</option>`)}
          </select>`,
        )
      : nothing;
  return isDiscussion(definition)
    ? html`${text('text', t('text'), true, textMaxLength, true)} ${text('name', t('name'), false, 60, false)} ${select('topic', t('topic'), topics, false)}`
    : html`${text('title', t('title'), true, titleMaxLength, false)} ${text('description', t('description'), true, descriptionMaxLength, true)}
        ${select('category', t('category'), categories, true)} ${select('topic', t('topic'), topics, false)}`;
}

const entryFields = ['title', 'description', 'category', 'text', 'name', 'topic'] as const;

/** `<participe-idea-board>`: ideas with votes and official answers, or a discussion in threads. */
export const ideaBoardStaff = defineStaff({
  manifest: ideaBoardType,
  label: (language) => strings[language].label,
  definitionTemplate: () =>
    ({
      mode: 'ideas',
      categories: [],
      topics: [],
      voteModel: 'support',
      titleMaxLength: 120,
      descriptionMaxLength: 2000,
      textMaxLength: 300,
      reportThreshold: 3,
    }) satisfies IdeaBoardDefinition,
  definitionHint: (language) => strings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-idea-board .preview=${initiative}></participe-idea-board>`,
  renderPayload: (payload, definition, language, contentLanguage) => renderIdeaPayload(payload, definition, language, contentLanguage),
  entry: {
    kind: 'fields',
    initialValues: () => Object.fromEntries(entryFields.map((name) => [name, ''])),
    render: renderEntryFields,
    toPayload: (values) =>
      Object.fromEntries(entryFields.flatMap((name) => (values[name]?.trim() ? [[name, values[name]!.trim()]] : []))),
    fieldOf: (path) => entryFields.find((name) => path === name || path.startsWith(`${name}.`)),
    label: (name, language) => (entryFields.includes(name as (typeof entryFields)[number]) ? strings[language][name as (typeof entryFields)[number]] : name),
  },
  definitionForm: ideaBoardDefinitionForm,
  results: null,
  views: [
    {
      segment: 'moderation',
      label: (language) => strings[language].moderationView,
      permission: 'contributions:moderate',
      load: () => import('./moderation.js'),
      render: (context, { id }) => html`<idea-board-moderation .context=${context} .initiativeId=${id}></idea-board-moderation>`,
    },
    {
      segment: 'answers',
      label: (language) => strings[language].answersView,
      permission: 'contributions:moderate',
      load: () => import('./answers.js'),
      render: (context, { id }) => html`<idea-board-answers .context=${context} .initiativeId=${id}></idea-board-answers>`,
    },
  ],
});
