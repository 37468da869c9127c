import { html, nothing, type TemplateResult } from 'lit';
import { field } from '../atoms/field.js';
import { translator } from '../element/strings.js';
import type { Language, LocalizedText } from '../schemas/common.js';
import type { DefinitionFormContext } from './facet.js';
import { staffKitStrings } from './strings.js';

// Pieces the types' definition forms share (`StaffFacet.definitionForm`): the issues of one path,
// and a list of choices each with an id and a label in both languages (categories, threads,
// answer choices…).

/** The issues of a definition form at `path` exactly, as one message (none: undefined). */
export function issueAt(context: Pick<DefinitionFormContext<unknown>, 'issues' | 'language'>, path: string): string | undefined {
  const own = context.issues.filter((issue) => issue.path === path);
  return own.length ? own.map((issue) => issue.message.text).join(context.language === 'fr' ? '\u202f; ' : '; ') : undefined;
}

/** One choice as the form holds it: possibly incomplete while staff type. */
export interface ChoiceDraft {
  id?: string;
  label?: Partial<LocalizedText>;
}

export interface ChoiceListOptions {
  /** Where the list sits in the definition (`categories`): its issues' paths start with it, its controls' ids derive from it. */
  path: string;
  legend: string;
  hint?: string | undefined;
}

/** The id of a choice list's control, from the issue path inside it (`categories[1].label.fr`). */
export function choiceListControlId(listPath: string, path: string): string | undefined {
  if (path === listPath) return `${listPath}-add`;
  const match = new RegExp(`^${listPath.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](?:\\.(id|label)(?:\\.(fr|en))?)?`).exec(path);
  if (!match) return undefined;
  const [, index, key = 'id', lang = 'fr'] = match;
  return `${listPath}-${index}-${key === 'id' ? 'id' : lang}`;
}

/**
 * A list of choices (id and a label in each language): add, remove, move up, each field labelled
 * with its issues beside it. Ids are lowercase words joined by hyphens, as the data keeps them.
 */
export function choiceList(context: DefinitionFormContext<unknown>, options: ChoiceListOptions): TemplateResult {
  const t = translator(staffKitStrings, context.language);
  const { path } = options;
  const listOf = (definition: unknown) => {
    const list = (definition as Record<string, unknown> | undefined)?.[path];
    return Array.isArray(list) ? (list as ChoiceDraft[]) : [];
  };
  const items = listOf(context.definition);
  // Handlers read the list as it stands when they run: two edits in one turn both count.
  const change = (next: ChoiceDraft[]) => context.change({ ...(context.current() as object), [path]: next });
  const update = (index: number, edit: (item: ChoiceDraft) => ChoiceDraft | undefined) => {
    const copy = [...listOf(context.current())];
    const next = edit(copy[index] ?? {});
    if (next) copy[index] = next;
    else copy.splice(index, 1);
    change(copy);
  };
  const move = (index: number) => {
    const copy = [...listOf(context.current())];
    [copy[index - 1], copy[index]] = [copy[index]!, copy[index - 1]!];
    change(copy);
  };
  const labelOf = (item: ChoiceDraft, index: number) => item.label?.[context.language] || item.id || t('listItem', { number: index + 1 });
  const input = (index: number, key: 'id' | 'fr' | 'en', label: string, value: string, onInput: (value: string) => void, hint?: string) =>
    field(
      {
        id: `${path}-${index}-${key}`,
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
  return html`<fieldset class="stack" aria-describedby=${[options.hint && `${path}-hint`, listError && `${path}-error`].filter(Boolean).join(' ') || nothing}>
    <legend>${options.legend}</legend>
    ${options.hint ? html`<p class="field__hint" id="${path}-hint">${options.hint}</p>` : nothing}
    ${listError ? html`<p class="field__error" id="${path}-error"><span class="visually-hidden">${context.words.errorPrefix} </span>${listError}</p>` : nothing}
    ${items.length
      ? html`<ol class="cards">
          ${items.map(
            (item, index) => html`<li class="card">
              <div class="pair">
                ${input(index, 'fr', t('listLabelFr'), item.label?.fr ?? '', (value) => update(index, (current) => ({ ...current, label: { ...current.label, fr: value } })))}
                ${input(index, 'en', t('listLabelEn'), item.label?.en ?? '', (value) => update(index, (current) => ({ ...current, label: { ...current.label, en: value } })))}
              </div>
              ${input(index, 'id', t('listId'), item.id ?? '', (value) => update(index, (current) => ({ ...current, id: value })), t('listIdHint'))}
              <div class="actions">
                ${index > 0 ? html`<button class="button button--secondary" type="button" @click=${() => move(index)}>${t('listMoveUp', { label: labelOf(item, index) })}</button>` : nothing}
                <button class="button button--secondary" type="button" @click=${() => update(index, () => undefined)}>${t('listRemove', { label: labelOf(item, index) })}</button>
              </div>
            </li>`,
          )}
        </ol>`
      : html`<p class="muted">${t('listEmpty')}</p>`}
    <div class="actions">
      <button class="button button--secondary" id="${path}-add" type="button" @click=${() => change([...listOf(context.current()), { id: '', label: { fr: '', en: '' } }])}>${t('listAdd')}<span class="visually-hidden"> (${options.legend})</span></button>
    </div>
  </fieldset>`;
}
