import { html, nothing, type TemplateResult } from 'lit';
import { field } from '../atoms/field.js';
import { translator } from '../element/strings.js';
import type { LocalizedText } from '../schemas/common.js';
import type { DefinitionFormContext } from './facet.js';
import { pathId, valueAt, withValueAt } from './definition-paths.js';
import { staffKitStrings } from './strings.js';

// Controls of a definition form, each bound to a path of the definition (`pages[0].title`): it
// shows what is there, writes only its own key, and shows the issues at its path beside it. Their
// ids are `pathId(path)` (with `-fr`/`-en` for a text in both languages), so a form's `controlId`
// can find them from an issue's path.

type AnyContext = DefinitionFormContext<unknown>;

/** The issues of a definition form at `path` exactly, as one message (none: undefined). */
export function issueAt(context: Pick<AnyContext, 'issues' | 'language'>, path: string): string | undefined {
  const own = context.issues.filter((issue) => issue.path === path);
  return own.length ? own.map((issue) => issue.message.text).join(context.language === 'fr' ? '\u202f; ' : '; ') : undefined;
}

/** Writes `value` at `path` of the definition as it stands now (undefined removes the key). */
export const setAt = (context: AnyContext, path: string, value: unknown) => context.change(withValueAt(context.current(), path, value) as object);

export interface ControlOptions {
  path: string;
  label: string;
  hint?: string | undefined;
  /** Marked "(required)"; otherwise "(optional)". Checkboxes and selects carry no marker. */
  required?: boolean;
}

const marker = (context: AnyContext, required: boolean | undefined) => (required ? context.words.required : context.words.optional);

/** A line of text (or a box, `multiline`); an empty optional text removes its key. */
export function textAt(context: AnyContext, options: ControlOptions & { multiline?: boolean; mono?: boolean; lang?: 'fr' | 'en' }): TemplateResult {
  const value = valueAt(context.definition, options.path);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    setAt(context, options.path, text === '' && !options.required ? undefined : text);
  };
  return field(
    { id: pathId(options.path), label: options.label, marker: marker(context, options.required), hint: options.hint, error: issueAt(context, options.path), errorPrefix: context.words.errorPrefix },
    ({ id, describedBy, invalid }) =>
      options.multiline
        ? html`<textarea class="input" id=${id} rows="3" lang=${options.lang ?? nothing} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${typeof value === 'string' ? value : ''} @input=${onInput}></textarea>`
        : html`<input class="input ${options.mono ? 'mono' : ''}" id=${id} lang=${options.lang ?? nothing} spellcheck=${options.mono ? 'false' : nothing} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${typeof value === 'string' ? value : String(value ?? '')} @input=${onInput} />`,
  );
}

/**
 * A text in French and English, side by side (ids `…-fr`, `…-en`). An optional text left empty in
 * both languages removes its key; the issue of the whole text (missing) shows under the French one.
 */
export function localizedAt(context: AnyContext, options: ControlOptions & { multiline?: boolean }): TemplateResult {
  const t = translator(staffKitStrings, context.language);
  const current = valueAt(context.definition, options.path) as Partial<LocalizedText> | undefined;
  const one = (lang: 'fr' | 'en') => {
    const path = `${options.path}.${lang}`;
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      const now = (valueAt(context.current(), options.path) ?? {}) as Partial<LocalizedText>;
      const next = { ...now, [lang]: text };
      setAt(context, options.path, !options.required && !next.fr && !next.en ? undefined : next);
    };
    const error = [issueAt(context, path), lang === 'fr' ? issueAt(context, options.path) : undefined].filter(Boolean).join(context.language === 'fr' ? '\u202f; ' : '; ') || undefined;
    return field(
      { id: pathId(path), label: t(lang === 'fr' ? 'inFrench' : 'inEnglish', { label: options.label }), marker: marker(context, options.required), hint: options.hint, error, errorPrefix: context.words.errorPrefix },
      ({ id, describedBy, invalid }) =>
        options.multiline
          ? html`<textarea class="input" id=${id} rows="3" lang=${lang} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${current?.[lang] ?? ''} @input=${onInput}></textarea>`
          : html`<input class="input" id=${id} lang=${lang} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${current?.[lang] ?? ''} @input=${onInput} />`,
    );
  };
  return html`<div class="pair">${one('fr')} ${one('en')}</div>`;
}

/** Whole numbers stay numbers (decimals too when allowed); anything else stays as typed, for the schema to name. */
export function toNumber(text: string, decimals = false): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const pattern = decimals ? /^-?\d+(?:[.,]\d+)?$/ : /^-?\d+$/;
  return pattern.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** A number; empty removes the key (the schema's default applies, or its "required" shows). */
export function numberAt(context: AnyContext, options: ControlOptions & { decimals?: boolean }): TemplateResult {
  const value = valueAt(context.definition, options.path);
  return field(
    { id: pathId(options.path), label: options.label, marker: marker(context, options.required), hint: options.hint, error: issueAt(context, options.path), errorPrefix: context.words.errorPrefix },
    ({ id, describedBy, invalid }) =>
      html`<input class="input input--short" id=${id} inputmode=${options.decimals ? 'decimal' : 'numeric'} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value === undefined ? '' : String(value)}
        @input=${(event: Event) => setAt(context, options.path, toNumber((event.target as HTMLInputElement).value, options.decimals))} />`,
  );
}

/** A yes/no setting; absent reads as `fallback` (the schema's default) and is only written once changed. */
export function checkboxAt(context: AnyContext, options: Omit<ControlOptions, 'required'> & { fallback: boolean }): TemplateResult {
  const value = valueAt(context.definition, options.path);
  const id = pathId(options.path);
  const error = issueAt(context, options.path);
  const describedBy = [options.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="option ${error ? 'field--invalid' : ''}">
    <input type="checkbox" id=${id} .checked=${typeof value === 'boolean' ? value : options.fallback} aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : nothing}
      @change=${(event: Event) => setAt(context, options.path, (event.target as HTMLInputElement).checked)} />
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<p class="field__hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id="${id}-error"><span class="visually-hidden">${context.words.errorPrefix} </span>${error}</p>` : nothing}
  </div>`;
}

/** A choice among values; `onChoose` replaces the plain write when a choice changes more (a question's type). */
export function selectAt(
  context: AnyContext,
  options: Omit<ControlOptions, 'required'> & { choices: ReadonlyArray<readonly [string, string]>; value?: string; onChoose?: (value: string) => void },
): TemplateResult {
  const value = options.value ?? String(valueAt(context.definition, options.path) ?? '');
  return field(
    { id: pathId(options.path), label: options.label, hint: options.hint, error: issueAt(context, options.path), errorPrefix: context.words.errorPrefix },
    ({ id, describedBy, invalid }) =>
      html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid}
        @change=${(event: Event) => {
          const chosen = (event.target as HTMLSelectElement).value;
          if (options.onChoose) options.onChoose(chosen);
          else setAt(context, options.path, chosen);
        }}>
        ${options.choices.map(([choice, label]) => html`<option value=${choice} ?selected=${choice === value}>${label}</option>`)}
      </select>`,
  );
}

export interface ItemActionsOptions {
  /** The list's path (`pages[0].questions`). */
  listPath: string;
  index: number;
  count: number;
  /** The item's name in the buttons and announcements ("Question 2 « Âge »"). */
  name: string;
}

/** The id of an item's action (`up`, `down`, `remove`) in a list at `listPath`. */
export const itemActionId = (listPath: string, index: number, action: 'up' | 'down' | 'remove') => `${pathId(listPath)}-${index}-${action}`;

/**
 * Move up, move down and remove buttons for one item of a list. Focus follows the moved item (on
 * the same button, or on the other one when it reached an end); after a removal it goes to the
 * item that took its place, or the previous one. Each change is announced politely.
 */
export function itemActions(context: AnyContext, options: ItemActionsOptions, removable = true): TemplateResult {
  const t = translator(staffKitStrings, context.language);
  const { listPath, index, count, name } = options;
  const list = () => {
    const value = valueAt(context.current(), listPath);
    return Array.isArray(value) ? [...value] : [];
  };
  const move = (to: number) => {
    const items = list();
    [items[index], items[to]] = [items[to], items[index]];
    setAt(context, listPath, items);
    const direction = to < index ? 'up' : 'down';
    const atEnd = direction === 'up' ? to === 0 : to === count - 1;
    context.focus(itemActionId(listPath, to, atEnd ? (direction === 'up' ? 'down' : 'up') : direction));
    context.announce(t('listMoved', { label: name, position: to + 1, count }));
  };
  const remove = () => {
    const items = list();
    items.splice(index, 1);
    setAt(context, listPath, items);
    context.focus(items.length ? itemActionId(listPath, Math.min(index, items.length - 1), 'remove') : `${pathId(listPath)}-add`);
    context.announce(t('listRemoved', { label: name }));
  };
  return html`<div class="actions">
    ${index > 0 ? html`<button class="button button--secondary" type="button" id=${itemActionId(listPath, index, 'up')} @click=${() => move(index - 1)}>${t('listMoveUp', { label: name })}</button>` : nothing}
    ${index < count - 1 ? html`<button class="button button--secondary" type="button" id=${itemActionId(listPath, index, 'down')} @click=${() => move(index + 1)}>${t('listMoveDown', { label: name })}</button>` : nothing}
    ${removable ? html`<button class="button button--secondary" type="button" id=${itemActionId(listPath, index, 'remove')} @click=${remove}>${t('listRemove', { label: name })}</button>` : nothing}
  </div>`;
}
