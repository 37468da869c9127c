import { html, type TemplateResult } from 'lit';
import { choice, field } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { choiceList, choiceListControlId, issueAt, type DefinitionForm, type DefinitionFormContext } from '@participe/core/staff';
import type { TestimonialsDefinition } from '../schema.js';
import { testimonialsStaffStrings } from './strings.js';

type Definition = TestimonialsDefinition;
type NumberKey = 'textMaxLength' | 'reportThreshold';

const numberKeys: NumberKey[] = ['textMaxLength', 'reportThreshold'];
const controlIdOf = (key: string) => `definition-${key}`;

/** Whole numbers stay numbers; anything else stays as typed, for the schema to name. */
function toNumber(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The wall's definition as a form: services, rating on or off, the length limit, reports before hiding. */
function render(context: DefinitionFormContext<Definition>): TemplateResult {
  const t = translator(testimonialsStaffStrings, context.language);
  const definition = context.definition;
  const set = (changes: Partial<Record<keyof Definition, unknown>>) => {
    const next: Record<string, unknown> = { ...context.current(), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    context.change(next as Partial<Definition>);
  };
  const number = (key: NumberKey, label: string, hint?: string) =>
    field({ id: controlIdOf(key), label, marker: context.words.required, hint, error: issueAt(context, key), errorPrefix: context.words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<input class="input" id=${id} inputmode="numeric" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${definition[key] === undefined ? '' : String(definition[key])}
        @input=${(event: Event) => set({ [key]: toNumber((event.target as HTMLInputElement).value) })} />`,
    );
  return html`<div class="stack" id="definition-form">
    ${choiceList(context as DefinitionFormContext<unknown>, { path: 'services', legend: t('services'), hint: t('servicesHint') })}
    ${choice({ type: 'checkbox', name: 'rating', id: controlIdOf('rating'), label: t('ratingOn'), checked: definition.rating ?? true, onChange: (checked) => set({ rating: checked }) })}
    ${number('textMaxLength', t('textMaxLength'))} ${number('reportThreshold', t('reportThreshold'), t('reportThresholdHint'))}
  </div>`;
}

export const testimonialsDefinitionForm: DefinitionForm<Definition> = {
  render,
  // Its fields are few and named in the form: paths stay as they are.
  describePath: () => undefined,
  controlId(path) {
    const top = /^[a-zA-Z]+/.exec(path)?.[0];
    if (top === 'services') return choiceListControlId(top, path);
    if (top === 'rating' || numberKeys.includes(top as NumberKey)) return controlIdOf(top!);
    return undefined;
  },
};
