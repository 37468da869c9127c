import { html } from 'lit';
import { field } from '@participe/core/atoms';
import { defineStrings, formatNumber, translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, defineStaff, entryFieldId, isAnonymised, type EntryFieldsContext } from '@participe/core/staff';
import '../element/define.js';
import { qaType, type QaDefinition, type QaPayload } from '../manifest.js';

const strings = defineStrings({
  fr: {
    label: 'Questions en direct',
    definitionHint:
      'Champs permis\u00a0: «\u00a0prompt\u00a0» ({"fr": "…", "en": "…"}) est la question posée au-dessus du message\u00a0; «\u00a0maxLength\u00a0» (de 1 à 5000, 1000 par défaut) limite la longueur du message.',
    message: 'Message',
    messageHint: 'Recopiez le message sans les renseignements personnels qu’il pourrait contenir.',
    messageRequired: 'Entrez le message reçu.',
    messages: (count: number, formatted: string) => `${formatted} message${count > 1 ? 's' : ''} reçu${count > 1 ? 's' : ''}`,
  },
  en: {
    label: 'Live Q&A',
    definitionHint:
      'Allowed fields: "prompt" ({"fr": "…", "en": "…"}) is the question shown above the message; "maxLength" (1 to 5000, 1000 by default) limits the message.',
    message: 'Message',
    messageHint: 'Copy the message without any personal information it may hold.',
    messageRequired: 'Enter the message received.',
    messages: (count: number, formatted: string) => `${formatted} message${count === 1 ? '' : 's'} received`,
  },
});

/** The message as the citizen wrote it (as text, in the language they wrote in), or the anonymised mark. */
function renderPayload(payload: unknown, _definition: unknown, language: Language, contentLanguage: Language) {
  const { message } = (payload ?? {}) as Partial<QaPayload>;
  if (typeof message !== 'string') return html`<code>${JSON.stringify(payload)}</code>`;
  return html`<dl class="payload">
    <dt>${strings[language].message}</dt>
    ${isAnonymised(message) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${message}</dd>`}
  </dl>`;
}

/** Paper or phone entry: one text box, as long as the initiative allows. */
function renderEntryFields({ definition, values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(strings, language);
  const maxLength = (definition as Partial<QaDefinition> | undefined)?.maxLength ?? 1000;
  return field(
    { id: entryFieldId('message'), label: t('message'), marker: words.required, hint: t('messageHint'), error: errors['message']?.text, errorPrefix: words.errorPrefix },
    ({ id, describedBy, invalid }) =>
      html`<textarea class="input" id=${id} rows="5" maxlength=${maxLength} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values['message'] ?? ''} @input=${(event: Event) => update('message', (event.target as HTMLTextAreaElement).value)}></textarea>`,
  );
}

/** `<participe-qa>` in the console: Live Q&A. */
export const qaStaff = defineStaff({
  manifest: qaType,
  label: (language) => strings[language].label,
  definitionTemplate: () =>
    ({ prompt: { fr: 'Que souhaitez-vous nous dire\u202f?', en: 'What would you like to tell us?' }, maxLength: 1000 }) satisfies QaDefinition,
  definitionHint: (language) => strings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-qa .preview=${initiative}></participe-qa>`,
  renderPayload,
  entry: {
    kind: 'fields',
    initialValues: () => ({ message: '' }),
    render: renderEntryFields,
    toPayload: (values) => ({ message: values['message']?.trim() ?? '' }),
    fieldOf: (path) => (path === 'message' || path.startsWith('message.') ? 'message' : undefined),
    issueMessage: (name, values, language) => (name === 'message' && !values['message']?.trim() ? strings[language].messageRequired : undefined),
    label: (name, language) => (name === 'message' ? strings[language].message : name),
  },
  // One figure: how many messages came in (rejected ones left out by the collector).
  results: {
    responses: (results) => results.messages,
    render: (results, _definition, language) => html`<p class="figure">${translator(strings, language)('messages', results.messages, formatNumber(language, results.messages))}</p>`,
  },
  views: [],
  // Edited as JSON until the type gets a form.
  definitionForm: null,
});
