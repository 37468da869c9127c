import { html, nothing, type TemplateResult } from 'lit';
import { field } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { issueAt, type DefinitionForm, type DefinitionFormContext } from '@participe/core/staff';
import { petitionModes, type PetitionDefinition } from '../schema.js';
import { formStrings } from './form-strings.js';

type Definition = PetitionDefinition;
type NumberKey = 'threshold' | 'challengeRange';

const controlIdOf = (key: string) => `definition-${key}`;

/** Whole numbers stay numbers; anything else stays as typed, for the schema to name. */
function toNumber(text: string): unknown {
  const trimmed = text.replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * The petition's definition as a form: mode, text in both languages, author, threshold, the
 * hand-off address (hand-off mode) and the proof-of-work range. The official response has its own
 * view; the form keeps it as it is.
 */
function render(context: DefinitionFormContext<Definition>): TemplateResult {
  const t = translator(formStrings, context.language);
  const definition = context.definition;
  const set = (changes: Partial<Record<keyof Definition, unknown>>) => {
    const next: Record<string, unknown> = { ...context.current(), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    context.change(next as Partial<Definition>);
  };
  const handOff = definition.mode === 'hand-off';
  const text = (language: 'fr' | 'en') =>
    field(
      { id: controlIdOf(`text-${language}`), label: t(language === 'fr' ? 'textFr' : 'textEn'), marker: context.words.required, error: issueAt(context, `text.${language}`), errorPrefix: context.words.errorPrefix },
      ({ id, describedBy, invalid }) =>
        html`<textarea class="input" id=${id} lang=${language} rows="6" aria-describedby=${describedBy} aria-invalid=${invalid === 'true' ? 'true' : 'false'} .value=${definition.text?.[language] ?? ''}
          @input=${(event: Event) => set({ text: { ...(context.current().text ?? { fr: '', en: '' }), [language]: (event.target as HTMLTextAreaElement).value } })}></textarea>`,
    );
  const input = (key: 'author' | 'handOffUrl', label: string, hint?: string) =>
    field({ id: controlIdOf(key), label, marker: context.words.required, hint, error: issueAt(context, key), errorPrefix: context.words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<input class="input" id=${id} type=${key === 'handOffUrl' ? 'url' : 'text'} aria-describedby=${describedBy} aria-invalid=${invalid === 'true' ? 'true' : 'false'} .value=${definition[key] ?? ''}
        @input=${(event: Event) => set({ [key]: (event.target as HTMLInputElement).value || undefined })} />`,
    );
  const number = (key: NumberKey, label: string, hint: string) =>
    field({ id: controlIdOf(key), label, marker: context.words.required, hint, error: issueAt(context, key), errorPrefix: context.words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<input class="input" id=${id} inputmode="numeric" aria-describedby=${describedBy} aria-invalid=${invalid === 'true' ? 'true' : 'false'} .value=${definition[key] === undefined ? '' : String(definition[key])}
        @input=${(event: Event) => set({ [key]: toNumber((event.target as HTMLInputElement).value) })} />`,
    );
  return html`<div class="stack" id="definition-form">
    ${field({ id: controlIdOf('mode'), label: t('mode'), error: issueAt(context, 'mode'), errorPrefix: context.words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid === 'true' ? 'true' : 'false'} @change=${(event: Event) => set({ mode: (event.target as HTMLSelectElement).value })}>
        ${petitionModes.map((mode) => html`<option value=${mode} ?selected=${(definition.mode ?? 'sign') === mode}>${t(mode === 'sign' ? 'modeSign' : 'modeHandOff')}</option>`)}
      </select>`,
    )}
    ${text('fr')} ${text('en')} ${input('author', t('author'), t('authorHint'))}
    ${handOff ? input('handOffUrl', t('handOffUrl'), t('handOffUrlHint')) : nothing}
    ${number('threshold', t('threshold'), t('thresholdHint'))}
    ${handOff ? nothing : number('challengeRange', t('challengeRange'), t('challengeRangeHint'))}
  </div>`;
}

export const petitionDefinitionForm: DefinitionForm<Definition> = {
  render,
  // Its fields are few and named in the form: paths stay as they are.
  describePath: () => undefined,
  controlId(path) {
    if (path === 'text.fr' || path === 'text') return controlIdOf('text-fr');
    if (path === 'text.en') return controlIdOf('text-en');
    const top = /^[a-zA-Z]+/.exec(path)?.[0];
    return top && ['mode', 'author', 'handOffUrl', 'threshold', 'challengeRange'].includes(top) ? controlIdOf(top) : undefined;
  },
};
