import { html } from 'lit';
import { field } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { entryFieldId, type EntryFieldsContext, type FieldsEntry } from '@participe/core/staff';
import { staffStrings } from './strings.js';

const fields = ['name', 'postalCode', 'consent'] as const;

/** Paper and phone signatures: the name, the postal code and the consent ticked on the paper form (never an address). */
function render({ values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(staffStrings, language);
  const text = (name: 'name' | 'postalCode', autocomplete: string, hint?: string) =>
    field(
      { id: entryFieldId(name), label: t(name), marker: words.required, hint, error: errors[name]?.text, errorPrefix: words.errorPrefix },
      ({ id, describedBy, invalid }) =>
        html`<input class="input" id=${id} autocomplete=${autocomplete} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values[name] ?? ''} @input=${(event: Event) => update(name, (event.target as HTMLInputElement).value)} />`,
    );
  const consentError = errors['consent']?.text;
  return html`${text('name', 'off')} ${text('postalCode', 'off', t('postalCodeHint'))}
    <div class="field">
      <label class="choice"
        ><input type="checkbox" id=${entryFieldId('consent')} aria-describedby=${consentError ? `${entryFieldId('consent')}-error` : ''} aria-invalid=${consentError ? 'true' : 'false'} .checked=${values['consent'] === 'yes'} @change=${(event: Event) => update('consent', (event.target as HTMLInputElement).checked ? 'yes' : '')} />
        ${t('consent')}</label
      >
      ${consentError ? html`<p class="error" id="${entryFieldId('consent')}-error">${words.errorPrefix} ${consentError}</p>` : ''}
    </div>`;
}

export const petitionEntry: FieldsEntry = {
  kind: 'fields',
  initialValues: () => ({ name: '', postalCode: '', consent: '' }),
  render,
  toPayload: (values) => ({ name: values['name']?.trim() ?? '', postalCode: values['postalCode'] ?? '', consent: values['consent'] === 'yes' }),
  fieldOf: (path) => fields.find((name) => path === name || path.startsWith(`${name}.`)),
  issueMessage: (name, values, language) => {
    const t = translator(staffStrings, language);
    if (name === 'name' && !values['name']?.trim()) return t('nameRequired');
    if (name === 'postalCode') return t('postalCodeInvalid');
    if (name === 'consent') return t('consentRequired');
    return undefined;
  },
  label: (name, language) => (fields.includes(name as (typeof fields)[number]) && name !== 'consent' ? staffStrings[language][name as 'name' | 'postalCode'] : staffStrings[language].consent),
};
