import { html, nothing, type TemplateResult } from 'lit';
import { field } from '../atoms/field.js';
import { translator } from '../element/strings.js';
import type { Language, LocalizedText } from '../schemas/common.js';
import { issueAt, itemActions, setAt } from './definition-controls.js';
import { parsePath, pathId, valueAt } from './definition-paths.js';
import type { DefinitionFormContext } from './facet.js';
import { staffKitStrings } from './strings.js';

// A list of choices each with an id and a label in both languages (categories, threads, a
// survey's answer choices, a matrix's rows…), anywhere in a definition.

/** One choice as the form holds it: possibly incomplete while staff type. */
export interface ChoiceDraft {
  id?: string;
  label?: Partial<LocalizedText>;
}

export interface ChoiceListOptions {
  /** Where the list sits in the definition (`categories`, `pages[0].questions[1].choices`): its issues' paths start with it, its controls' ids derive from it. */
  path: string;
  legend: string;
  hint?: string | undefined;
}

const escaped = (text: string) => text.replace(/[.[\]]/g, '\\$&');

/** The id of a choice list's control, from the issue path inside it (`categories[1].label.fr`). */
export function choiceListControlId(listPath: string, path: string): string | undefined {
  const base = pathId(listPath);
  if (path === listPath) return `${base}-add`;
  const match = new RegExp(`^${escaped(listPath)}\\[(\\d+)\\](?:\\.(id|label)(?:\\.(fr|en))?)?`).exec(path);
  if (!match) return undefined;
  const [, index, key = 'id', lang = 'fr'] = match;
  return `${base}-${index}-${key === 'id' ? 'id' : lang}`;
}

/**
 * Where an issue inside a choice list is, in words: "Élément 2 « Santé », libellé en anglais".
 * `itemWord` names the items ("Choix 2"); undefined when the path is not inside the list.
 */
export function describeChoicePath(listPath: string, path: string, definition: unknown, language: Language, itemWord?: (number: number) => string): string | undefined {
  const t = translator(staffKitStrings, language);
  const match = new RegExp(`^${escaped(listPath)}\\[(\\d+)\\](?:\\.(id|label)(?:\\.(fr|en))?)?$`).exec(path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const choice = valueAt(definition, `${listPath}[${index}]`) as ChoiceDraft | undefined;
  const label = choice?.label?.[language]?.trim() || choice?.id?.trim();
  const word = itemWord ? itemWord(index + 1) : t('listItem', { number: index + 1 });
  const name = label ? `${word} ${language === 'fr' ? `«\u00a0${label}\u00a0»` : `“${label}”`}` : word;
  const [, , key, lang] = match;
  if (key === 'id') return `${name}, ${t('placeId')}`;
  if (key === 'label') return `${name}, ${t(lang === 'en' ? 'placeLabelEn' : 'placeLabelFr')}`;
  return name;
}

/**
 * A list of choices (id and a label in each language): add, remove, move up and down, each field
 * labelled with its issues beside it. Ids are lowercase words joined by hyphens, as the data keeps them.
 */
export function choiceList(context: DefinitionFormContext<unknown>, options: ChoiceListOptions): TemplateResult {
  const t = translator(staffKitStrings, context.language);
  const { path } = options;
  const base = pathId(path);
  const listOf = (definition: unknown) => {
    const list = valueAt(definition, parsePath(path));
    return Array.isArray(list) ? (list as ChoiceDraft[]) : [];
  };
  const items = listOf(context.definition);
  // Handlers read the list as it stands when they run: two edits in one turn both count.
  const update = (index: number, edit: (item: ChoiceDraft) => ChoiceDraft) => {
    const copy = [...listOf(context.current())];
    copy[index] = edit(copy[index] ?? {});
    setAt(context, path, copy);
  };
  const input = (index: number, key: 'id' | 'fr' | 'en', label: string, value: string, onInput: (value: string) => void, hint?: string) =>
    field(
      {
        id: `${base}-${index}-${key}`,
        label,
        marker: context.words.required,
        hint,
        error: issueAt(context, `${path}[${index}]${key === 'id' ? '.id' : `.label.${key}`}`) ?? (key === 'id' ? issueAt(context, `${path}[${index}]`) : undefined),
        errorPrefix: context.words.errorPrefix,
      },
      ({ id, describedBy, invalid }) =>
        html`<input class="input ${key === 'id' ? 'mono' : ''}" id=${id} lang=${key === 'id' ? nothing : key} spellcheck=${key === 'id' ? 'false' : 'true'} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />`,
    );
  const listError = issueAt(context, path);
  const add = () => {
    const next = [...listOf(context.current()), { id: '', label: { fr: '', en: '' } }];
    setAt(context, path, next);
    context.focus(`${base}-${next.length - 1}-fr`);
  };
  return html`<fieldset class="stack" aria-describedby=${[options.hint && `${base}-hint`, listError && `${base}-error`].filter(Boolean).join(' ') || nothing}>
    <legend>${options.legend}</legend>
    ${options.hint ? html`<p class="field__hint" id="${base}-hint">${options.hint}</p>` : nothing}
    ${listError ? html`<p class="field__error" id="${base}-error"><span class="visually-hidden">${context.words.errorPrefix} </span>${listError}</p>` : nothing}
    ${items.length
      ? html`<ol class="cards">
          ${items.map(
            (item, index) => html`<li class="card">
              <div class="pair">
                ${input(index, 'fr', t('listLabelFr'), item.label?.fr ?? '', (value) => update(index, (current) => ({ ...current, label: { ...current.label, fr: value } })))}
                ${input(index, 'en', t('listLabelEn'), item.label?.en ?? '', (value) => update(index, (current) => ({ ...current, label: { ...current.label, en: value } })))}
              </div>
              ${input(index, 'id', t('listId'), item.id ?? '', (value) => update(index, (current) => ({ ...current, id: value })), t('listIdHint'))}
              ${itemActions(context, { listPath: path, index, count: items.length, name: item.label?.[context.language] || item.id || t('listItem', { number: index + 1 }) })}
            </li>`,
          )}
        </ol>`
      : html`<p class="muted">${t('listEmpty')}</p>`}
    <div class="actions">
      <button class="button button--secondary" id="${base}-add" type="button" @click=${add}>${t('listAdd')}<span class="visually-hidden"> (${options.legend})</span></button>
    </div>
  </fieldset>`;
}
