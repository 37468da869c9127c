import { html, nothing } from 'lit';
import { field, group } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { defineStaff, entryFieldId, type EntryFieldsContext } from '@participe/core/staff';
import '../element/define.js';
import { testimonialsType, visibilities, type TestimonialsDefinition } from '../manifest.js';
import { visibilityWords } from '../words.js';
import { testimonialsDefinitionForm } from './definition-form.js';
import { renderTestimonialPayload } from './payload.js';
import { testimonialsStaffStrings as strings } from './strings.js';

export { testimonialsStaffStrings } from './strings.js';

const definitionOf = (definition: unknown) => (definition ?? {}) as Partial<TestimonialsDefinition>;
const entryFields = ['text', 'service', 'rating', 'firstName', 'region', 'visibility'] as const;

/** Paper or phone entry: the story, its service, rating, first name, region, and who may read it. */
function renderEntryFields({ definition, values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(strings, language);
  const { services = [], rating = true, textMaxLength = 1500 } = definitionOf(definition);
  const text = (name: 'text' | 'firstName' | 'region', label: string, required: boolean, max: number) =>
    field({ id: entryFieldId(name), label, marker: required ? words.required : words.optional, error: errors[name]?.text, errorPrefix: words.errorPrefix }, ({ id, describedBy, invalid }) =>
      name === 'text'
        ? html`<textarea class="input" id=${id} rows="5" maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLTextAreaElement).value)}></textarea>`
        : html`<input class="input" id=${id} maxlength=${max} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLInputElement).value)} />`,
    );
  const select = (name: 'service' | 'rating' | 'visibility', label: string, options: ReadonlyArray<{ id: string; label: string }>, required: boolean) =>
    field({ id: entryFieldId(name), label, marker: required ? words.required : words.optional, error: errors[name]?.text, errorPrefix: words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => update(name, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!values[name]}></option>
        ${options.map((option) => html`<option value=${option.id} ?selected=${values[name] === option.id}>${option.label}</option>`)}
      </select>`,
    );
  return group(
    { id: 'entry-testimonial', legend: t('text'), errorPrefix: words.errorPrefix },
    html`${text('text', t('text'), true, textMaxLength)}
    ${select('service', t('service'), services.map((service) => ({ id: service.id, label: service.label[language] })), true)}
    ${rating ? select('rating', t('rating'), [1, 2, 3, 4, 5].map((value) => ({ id: String(value), label: t('ratingValue', value, String(value)) })), false) : nothing}
    ${text('firstName', t('firstName'), false, 60)} ${text('region', t('region'), false, 80)}
    ${select('visibility', t('visibility'), visibilities.map((visibility) => ({ id: visibility, label: visibilityWords[language][visibility] })), true)}`,
  );
}

/** `<participe-testimonials>`: moderated stories of public services, public replies and change marks. */
export const testimonialsStaff = defineStaff({
  manifest: testimonialsType,
  label: (language) => strings[language].label,
  definitionTemplate: () =>
    ({
      services: [{ id: 'service', label: { fr: 'Notre service', en: 'Our service' } }],
      rating: true,
      textMaxLength: 1500,
      reportThreshold: 3,
    }) satisfies TestimonialsDefinition,
  definitionHint: (language) => strings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-testimonials .preview=${initiative}></participe-testimonials>`,
  renderPayload: (payload, definition, language, contentLanguage) => renderTestimonialPayload(payload, definitionOf(definition), language, contentLanguage),
  entry: {
    kind: 'fields',
    initialValues: () => Object.fromEntries(entryFields.map((name) => [name, ''])),
    render: renderEntryFields,
    toPayload: (values) =>
      Object.fromEntries(entryFields.flatMap((name) => (values[name]?.trim() ? [[name, name === 'rating' ? Number(values[name]) : values[name]!.trim()]] : []))),
    fieldOf: (path) => entryFields.find((name) => path === name || path.startsWith(`${name}.`)),
    label: (name, language) => (entryFields.includes(name as (typeof entryFields)[number]) ? strings[language][name as (typeof entryFields)[number]] : name),
  },
  definitionForm: testimonialsDefinitionForm,
  results: null,
  views: [
    {
      segment: 'testimonial-moderation',
      label: (language) => strings[language].moderationView,
      permission: 'contributions:moderate',
      load: () => import('./moderation.js'),
      render: (context, { id }) => html`<testimonials-moderation .context=${context} .initiativeId=${id}></testimonials-moderation>`,
    },
    {
      segment: 'testimonial-replies',
      label: (language) => strings[language].repliesView,
      permission: 'contributions:moderate',
      load: () => import('./replies.js'),
      render: (context, { id }) => html`<testimonials-replies .context=${context} .initiativeId=${id}></testimonials-replies>`,
    },
  ],
});
