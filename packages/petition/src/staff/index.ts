import { html } from 'lit';
import { formatNumber, translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, defineStaff, isAnonymised } from '@participe/core/staff';
import '../element/define.js';
import { petitionType, type PetitionDefinition, type PetitionPayload } from '../manifest.js';
import { petitionDefinitionForm } from './definition-form.js';
import { petitionEntry } from './entry.js';
import { staffStrings } from './strings.js';
import { viewStrings } from './views-strings.js';

/** A paper signature: the name (as text) and the region, never more of the postal code than staff need. */
function renderPayload(payload: unknown, _definition: unknown, language: Language, contentLanguage: Language) {
  const { name, postalCode } = (payload ?? {}) as Partial<PetitionPayload>;
  if (typeof name !== 'string') return html`<code>${JSON.stringify(payload)}</code>`;
  const t = staffStrings[language];
  return html`<dl class="payload">
    <dt>${t.name}</dt>
    ${isAnonymised(name) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${name}</dd>`}
    <dt>${t.postalCode}</dt>
    <dd>${postalCode ?? ''}</dd>
  </dl>`;
}

/** `<participe-petition>` in the console. */
export const petitionStaff = defineStaff({
  manifest: petitionType,
  label: (language) => staffStrings[language].label,
  definitionTemplate: () =>
    ({
      mode: 'sign',
      text: { fr: 'Considérant que…, nous demandons…', en: 'Whereas…, we ask…' },
      author: 'Nom de l’auteur',
      threshold: 1000,
      challengeRange: 200_000,
    }) satisfies PetitionDefinition,
  definitionHint: (language) => staffStrings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-petition .preview=${initiative}></participe-petition>`,
  renderPayload,
  entry: petitionEntry,
  results: {
    responses: (results) => results.signatures,
    render: (results, _definition, language) => {
      const t = translator(staffStrings, language);
      return html`<p class="figure">${t('signatures', results.signatures, formatNumber(language, results.signatures))}</p>
        <p>${t('progress', formatNumber(language, results.signatures), formatNumber(language, results.threshold))}</p>`;
    },
  },
  views: [
    {
      segment: 'signatures',
      label: (language) => viewStrings[language].signaturesView,
      permission: 'contributions:moderate',
      load: () => import('./signatures-view.js'),
      render: (context, { id }) => html`<petition-signatures .context=${context} .initiativeId=${id}></petition-signatures>`,
    },
    {
      segment: 'response',
      label: (language) => viewStrings[language].responseView,
      permission: 'initiatives:write',
      load: () => import('./response-view.js'),
      render: (context, { id }) => html`<petition-response .context=${context} .initiativeId=${id}></petition-response>`,
    },
  ],
  definitionForm: petitionDefinitionForm,
});
