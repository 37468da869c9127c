import { html, nothing, type TemplateResult } from 'lit';
import { field } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { choiceList, choiceListControlId, describeChoicePath, issueAt, type DefinitionForm, type DefinitionFormContext } from '@participe/core/staff';
import { boardModes, voteModels, type IdeaBoardDefinition } from '../schema.js';
import { voteModelWords } from '../words.js';
import { ideaBoardStaffStrings } from './strings.js';

type Definition = IdeaBoardDefinition;
type NumberKey = 'voteLimit' | 'titleMaxLength' | 'descriptionMaxLength' | 'textMaxLength' | 'reportThreshold';

const numberKeys: NumberKey[] = ['voteLimit', 'titleMaxLength', 'descriptionMaxLength', 'textMaxLength', 'reportThreshold'];
const controlIdOf = (key: string) => `definition-${key}`;

/** Whole numbers stay numbers; anything else stays as typed, for the schema to name. */
function toNumber(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The idea board's definition as a form: mode, categories, threads, vote model, limits. What the
 * mode does not use is hidden (and kept as it was).
 */
function render(context: DefinitionFormContext<Definition>): TemplateResult {
  const t = translator(ideaBoardStaffStrings, context.language);
  const definition = context.definition;
  const set = (changes: Partial<Record<keyof Definition, unknown>>) => {
    const next: Record<string, unknown> = { ...context.current(), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    context.change(next as Partial<Definition>);
  };
  const ideas = (definition.mode ?? 'ideas') === 'ideas';
  const select = <V extends string>(key: 'mode' | 'voteModel', label: string, options: readonly V[], words: (value: V) => string, value: string) =>
    field({ id: controlIdOf(key), label, error: issueAt(context, key), errorPrefix: context.words.errorPrefix }, ({ id, describedBy, invalid }) =>
      html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => set({ [key]: (event.target as HTMLSelectElement).value })}>
        ${options.map((option) => html`<option value=${option} ?selected=${value === option}>${words(option)}</option>`)}
      </select>`,
    );
  const number = (key: NumberKey, label: string, required: boolean, hint?: string) =>
    field(
      { id: controlIdOf(key), label, marker: required ? context.words.required : context.words.optional, hint, error: issueAt(context, key), errorPrefix: context.words.errorPrefix },
      ({ id, describedBy, invalid }) =>
        html`<input class="input" id=${id} inputmode="numeric" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${definition[key] === undefined ? '' : String(definition[key])}
          @input=${(event: Event) => set({ [key]: toNumber((event.target as HTMLInputElement).value) })} />`,
    );
  const list = (key: 'categories' | 'topics', legend: string, hint: string) => choiceList(context as DefinitionFormContext<unknown>, { path: key, legend, hint });
  return html`<div class="stack" id="definition-form">
    ${select('mode', t('mode'), boardModes, (mode) => t(mode === 'ideas' ? 'modeIdeas' : 'modeDiscussion'), definition.mode ?? 'ideas')}
    ${ideas ? list('categories', t('categories'), t('categoriesHint')) : nothing}
    ${list('topics', t('topics'), t('topicsHint'))}
    ${ideas
      ? html`${select('voteModel', t('voteModel'), voteModels, (model) => voteModelWords[context.language][model], definition.voteModel ?? 'support')}
          ${number('voteLimit', t('voteLimit'), false, t('voteLimitHint'))}
          <div class="pair">${number('titleMaxLength', t('titleMaxLength'), true)} ${number('descriptionMaxLength', t('descriptionMaxLength'), true)}</div>`
      : number('textMaxLength', t('textMaxLength'), true)}
    ${number('reportThreshold', t('reportThreshold'), true, t('reportThresholdHint'))}
  </div>`;
}

export const ideaBoardDefinitionForm: DefinitionForm<Definition> = {
  render,
  controlId(path) {
    const top = /^[a-zA-Z]+/.exec(path)?.[0];
    if (top === 'categories' || top === 'topics') return choiceListControlId(top, path);
    if (top === 'mode' || top === 'voteModel' || numberKeys.includes(top as NumberKey)) return controlIdOf(top!);
    return undefined;
  },
  describePath(path, definition, language) {
    const t = translator(ideaBoardStaffStrings, language);
    const top = /^[a-zA-Z]+/.exec(path)?.[0];
    if (top === 'categories' || top === 'topics') {
      const inside = describeChoicePath(top, path, definition, language);
      return inside ? `${t(top)}, ${inside}` : t(top);
    }
    if (top === 'mode' || top === 'voteModel' || numberKeys.includes(top as NumberKey)) return t(top as 'mode' | NumberKey | 'voteModel');
    return undefined;
  },
};
