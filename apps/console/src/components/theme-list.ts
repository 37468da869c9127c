import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { field, notice } from '@participe/core/atoms';
import type { Theme, ThemeOverview, ThemeRequest } from '@participe/core/schemas';
import { analysisApi } from '../analysis-api.js';
import { analysisTranslator } from '../analysis-strings.js';
import type { ConsoleContext } from '../context.js';
import { describeError } from '../errors.js';
import { LocalizedElement } from '../view.js';

interface Draft {
  fr: string;
  en: string;
  withColour: boolean;
  colour: string;
}

const emptyDraft: Draft = { fr: '', en: '', withColour: false, colour: '#1f6feb' };

/** A theme's name, with its colour as a swatch beside it (decorative: the name is the cue). */
export const themeName = (theme: Theme, language: 'fr' | 'en') =>
  html`<span class="theme">${theme.colour ? html`<span class="swatch" aria-hidden="true" style=${styleMap({ '--swatch': theme.colour })}></span>` : nothing}${theme.name[language]}</span>`;

export const themeStyles = css`
  .theme {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border: 1px solid #1d1d1d;
    border-radius: 0.2rem;
    background: var(--swatch);
  }
`;

/**
 * An initiative's themes: a table with their counts on the field being coded, and a form to add,
 * rename, recolour or delete one. Fires `themes-changed` after each change, for the view to reload.
 */
export class ConsoleThemeList extends LocalizedElement {
  static override styles = [...(LocalizedElement.styles as []), themeStyles];

  static override properties: PropertyDeclarations = {
    context: { attribute: false },
    initiativeId: { attribute: false },
    overview: { attribute: false },
    field: { attribute: false },
    draft: { state: true },
    editing: { state: true },
    deleting: { state: true },
    submitted: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  declare context: ConsoleContext;
  declare initiativeId: string;
  declare overview: ThemeOverview;
  /** The field whose counts are shown (`''`: whole contributions). */
  declare field: string;
  private declare draft: Draft;
  private declare editing: Theme | undefined;
  private declare deleting: Theme | undefined;
  private declare submitted: boolean;
  private declare error: unknown;
  private declare busy: boolean;

  constructor() {
    super();
    this.draft = emptyDraft;
    this.submitted = false;
    this.busy = false;
    this.field = '';
  }

  private get a() {
    return analysisTranslator(this.language);
  }

  private changed(message: string, focusId?: string): void {
    this.context.announce(message);
    this.dispatchEvent(new CustomEvent('themes-changed', { bubbles: true, composed: true }));
    if (focusId) void this.focusById(focusId);
  }

  private startEditing(theme: Theme): void {
    this.editing = theme;
    this.deleting = undefined;
    this.submitted = false;
    this.draft = { fr: theme.name.fr, en: theme.name.en, withColour: theme.colour !== null, colour: theme.colour ?? emptyDraft.colour };
    void this.focusById('theme-fr');
  }

  private cancelEditing(): void {
    const theme = this.editing;
    this.editing = undefined;
    this.draft = emptyDraft;
    this.submitted = false;
    if (theme) void this.focusById(`edit-${theme.id}`);
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.submitted = true;
    const { fr, en, withColour, colour } = this.draft;
    if (!fr.trim()) return void this.focusById('theme-fr');
    if (!en.trim()) return void this.focusById('theme-en');
    const request: ThemeRequest = { name: { fr: fr.trim(), en: en.trim() }, colour: withColour ? colour.toLowerCase() : null };
    this.busy = true;
    this.error = undefined;
    try {
      const api = analysisApi(this.context.api);
      const editing = this.editing;
      const theme = editing ? await api.updateTheme(this.initiativeId, editing.id, request) : await api.createTheme(this.initiativeId, request);
      this.editing = undefined;
      this.draft = emptyDraft;
      this.submitted = false;
      this.changed(this.a(editing ? 'themeSaved' : 'themeAdded', { name: theme.name[this.language] }), editing ? `edit-${theme.id}` : 'theme-fr');
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private async deleteTheme(theme: Theme): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    try {
      await analysisApi(this.context.api).deleteTheme(this.initiativeId, theme.id);
      this.deleting = undefined;
      this.changed(this.a('themeDeleted', { name: theme.name[this.language] }), 'theme-fr');
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const a = this.a;
    const themes = this.overview.themes;
    return html`<section class="panel" aria-labelledby="themes-title">
      <h2 id="themes-title">${a('themesTitle')}</h2>
      <p class="muted">${a('themesIntro')}</p>
      ${themes.length === 0
        ? html`<p>${a('noThemes')}</p>`
        : html`<div class="table-scroll" role="region" aria-labelledby="themes-caption" tabindex="0">
            <table>
              <caption id="themes-caption">${a('themesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${a('themeColumn')}</th>
                  <th scope="col">${a('countColumn')}</th>
                  <th scope="col">${a('actionsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                ${themes.map((theme, index) => this.renderRow(theme, index))}
              </tbody>
            </table>
          </div>`}
      ${this.deleting ? this.renderDeletion(this.deleting) : nothing} ${this.renderForm()}
      ${this.error ? notice('error', describeError(this.error, this.t)) : nothing}
    </section>`;
  }

  private renderRow(theme: Theme, index: number) {
    const a = this.a;
    const name = theme.name[this.language];
    return html`<tr>
      <th scope="row">${index < 9 ? html`<span class="muted">${index + 1}.</span> ` : nothing}${themeName(theme, this.language)}</th>
      <td>${this.formatNumber(theme.counts[this.field] ?? 0)}</td>
      <td>
        <div class="actions">
          <button class="button button--secondary" type="button" id="edit-${theme.id}" aria-label=${a('editThemeNamed', { name })} @click=${() => this.startEditing(theme)}>${a('editTheme')}</button>
          <button class="button button--secondary" type="button" id="delete-${theme.id}" aria-label=${a('deleteThemeNamed', { name })} @click=${() => this.askDeletion(theme)}>${a('deleteTheme')}</button>
        </div>
      </td>
    </tr>`;
  }

  private askDeletion(theme: Theme): void {
    this.deleting = theme;
    void this.focusById('confirm-delete');
  }

  private renderDeletion(theme: Theme) {
    const a = this.a;
    const name = theme.name[this.language];
    return html`<div class="stack" role="group" aria-labelledby="delete-warning">
      <p id="delete-warning">${a('deleteWarning')}</p>
      <div class="actions">
        <button class="button" type="button" id="confirm-delete" @click=${() => void this.deleteTheme(theme)}>${a('confirmDelete', { name })}</button>
        <button
          class="button button--secondary"
          type="button"
          @click=${() => {
            this.deleting = undefined;
            void this.focusById(`delete-${theme.id}`);
          }}
        >
          ${a('cancel')}
        </button>
      </div>
    </div>`;
  }

  private renderForm() {
    const a = this.a;
    const t = this.t;
    const set = (changes: Partial<Draft>) => (this.draft = { ...this.draft, ...changes });
    const name = (language: 'fr' | 'en') => {
      const error = this.submitted && !this.draft[language].trim() ? a('nameRequired') : undefined;
      return field({ id: `theme-${language}`, label: a(language === 'fr' ? 'nameFr' : 'nameEn'), error, errorPrefix: t('errorPrefix'), marker: t('required') }, ({ id, describedBy, invalid }) =>
        html`<input class="input" id=${id} lang=${language} maxlength="80" required aria-describedby=${describedBy || nothing} aria-invalid=${invalid} .value=${this.draft[language]} @input=${(event: Event) => set({ [language]: (event.target as HTMLInputElement).value })} />`,
      );
    };
    return html`<form novalidate aria-labelledby="theme-form-title" @submit=${this.save}>
      <h3 id="theme-form-title">${this.editing ? `${a('editThemeTitle')} – ${this.editing.name[this.language]}` : a('addThemeTitle')}</h3>
      <div class="filters">
        ${name('fr')} ${name('en')}
        <div class="field">
          <label class="option"><input type="checkbox" .checked=${this.draft.withColour} @change=${(event: Event) => set({ withColour: (event.target as HTMLInputElement).checked })} /> ${a('withColour')}</label>
        </div>
        ${this.draft.withColour
          ? field({ id: 'theme-colour', label: a('colour'), hint: a('colourHint'), errorPrefix: t('errorPrefix') }, ({ id, describedBy }) =>
              html`<input class="input" id=${id} type="color" aria-describedby=${describedBy || nothing} .value=${this.draft.colour} @input=${(event: Event) => set({ colour: (event.target as HTMLInputElement).value })} />`,
            )
          : nothing}
      </div>
      <div class="actions">
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>${this.editing ? a('saveTheme') : a('addTheme')}</button>
        ${this.editing ? html`<button class="button button--secondary" type="button" @click=${this.cancelEditing}>${a('cancel')}</button>` : nothing}
      </div>
    </form>`;
  }
}

if (!customElements.get('console-theme-list')) customElements.define('console-theme-list', ConsoleThemeList);

declare global {
  interface HTMLElementTagNameMap {
    'console-theme-list': ConsoleThemeList;
  }
}
