import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { atomStyles } from '../atoms/atoms.styles.js';
import { button } from '../atoms/button.js';
import { field } from '../atoms/field.js';
import { fieldStyles } from '../atoms/field.styles.js';
import { notice } from '../atoms/notice.js';
import { tokenStyles } from '../element/base.styles.js';
import { formatDate } from '../element/format.js';
import { LanguageController } from '../element/language.js';
import { translator } from '../element/strings.js';
import type { LocalizedText } from '../schemas/common.js';
import type { OfficialResponse } from '../schemas/public.js';
import { StaffContribution } from '../schemas/staff.js';
import type { StaffViewContext } from './facet.js';
import { staffKitStrings } from './strings.js';
import { staffViewStyles } from './styles.js';

/** A status staff may give, with its words in the console's language. */
export interface ResponseStatusChoice {
  id: string;
  label: string;
}

/**
 * Marking a contribution as a duplicate of another: choosing `status` asks which one, and `save`
 * does what the type does (an idea board merges the votes), instead of a plain response.
 */
export interface DuplicateHandling {
  status: string;
  label: string;
  candidates: ReadonlyArray<{ id: string; label: string }>;
  save(duplicateOf: string, text: LocalizedText | undefined): Promise<void>;
}

export interface OfficialResponseOptions {
  statuses: readonly ResponseStatusChoice[];
  duplicates?: DuplicateHandling | undefined;
}

/** Fired (bubbling, composed) once a response is saved or withdrawn: the view refreshes what it shows. */
export type ResponseChangedEvent = CustomEvent<{ contribution: string }>;

/**
 * The organisation's official response to one contribution: a status among the type's, the words in
 * French and English (both or neither), published on the contribution for everyone (live), or
 * withdrawn. Used by every type whose contributions are public.
 */
export class OfficialResponseForm extends LitElement {
  static override properties: PropertyDeclarations = {
    context: { attribute: false },
    initiativeId: { attribute: false },
    contribution: { attribute: false },
    response: { attribute: false },
    options: { attribute: false },
    status: { state: true },
    textFr: { state: true },
    textEn: { state: true },
    duplicateOf: { state: true },
    problem: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  static override styles: CSSResultGroup = [tokenStyles, atomStyles, fieldStyles, staffViewStyles];

  declare context: StaffViewContext;
  declare initiativeId: string;
  declare contribution: string;
  declare response: OfficialResponse | null;
  declare options: OfficialResponseOptions;
  private declare status: string;
  private declare textFr: string;
  private declare textEn: string;
  private declare duplicateOf: string;
  private declare problem: 'texts' | 'duplicate' | undefined;
  private declare failure: string | undefined;
  private declare busy: boolean;
  private readonly languageController = new LanguageController(this);

  constructor() {
    super();
    this.busy = false;
  }

  private get t() {
    return translator(staffKitStrings, this.languageController.value);
  }

  private get baseId(): string {
    return `response-${this.contribution}`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('response') || changed.has('contribution')) {
      this.status = this.response?.status ?? '';
      this.textFr = this.response?.text?.fr ?? '';
      this.textEn = this.response?.text?.en ?? '';
      this.duplicateOf = this.response?.duplicateOf ?? '';
      this.problem = this.failure = undefined;
    }
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent('participe-response-changed', { detail: { contribution: this.contribution }, bubbles: true, composed: true }));
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.status) return;
    const [fr, en] = [this.textFr.trim(), this.textEn.trim()];
    const duplicates = this.options.duplicates;
    this.problem = Boolean(fr) !== Boolean(en) ? 'texts' : duplicates && this.status === duplicates.status && !this.duplicateOf ? 'duplicate' : undefined;
    if (this.problem) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.baseId}-${this.problem === 'texts' ? (fr ? 'en' : 'fr') : 'duplicate'}`)?.focus();
      return;
    }
    const text = fr ? { fr, en } : undefined;
    await this.run(async () => {
      // The type's own way for a duplicate (it says what it did); a plain response otherwise.
      if (duplicates && this.status === duplicates.status) return duplicates.save(this.duplicateOf, text);
      await this.context.request('PUT', `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}/contributions/${this.contribution}/response`, {
        body: { status: this.status, ...(text && { text }) },
        schema: StaffContribution,
      });
      this.context.announce(this.t('responseSaved'));
    });
  }

  private async withdraw(): Promise<void> {
    await this.run(async () => {
      await this.context.request('DELETE', `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}/contributions/${this.contribution}/response`);
      this.context.announce(this.t('responseWithdrawn'));
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    try {
      await work();
      this.changed();
    } catch (error) {
      this.failure = this.context.describeError(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    const id = this.baseId;
    const duplicates = this.options.duplicates;
    const statuses = [...this.options.statuses, ...(duplicates && !this.options.statuses.some((s) => s.id === duplicates.status) ? [{ id: duplicates.status, label: duplicates.label }] : [])];
    const textsProblem = this.problem === 'texts' ? t('responseBothLanguages') : undefined;
    const language = this.languageController.value;
    const textField = (lang: 'fr' | 'en') =>
      field(
        { id: `${id}-${lang}`, label: t(lang === 'fr' ? 'responseTextFr' : 'responseTextEn'), marker: t('optional'), error: textsProblem, errorPrefix: t('errorPrefix') },
        ({ id: controlId, describedBy, invalid }) =>
          html`<textarea class="input" id=${controlId} lang=${lang} rows="3" maxlength="4000" aria-describedby=${`${describedBy === nothing ? '' : describedBy} ${id}-hint`.trim()} aria-invalid=${invalid} .value=${lang === 'fr' ? this.textFr : this.textEn} @input=${(event: Event) => {
            const value = (event.target as HTMLTextAreaElement).value;
            if (lang === 'fr') this.textFr = value;
            else this.textEn = value;
            this.problem = undefined;
          }}></textarea>`,
      );
    return html`<form class="stack" novalidate @submit=${this.save} aria-labelledby="${id}-title">
      <h4 id="${id}-title">${t('responseTitle')}</h4>
      ${this.response ? html`<p class="muted">${t('responseCurrent', { date: formatDate(language, this.response.respondedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>` : nothing}
      ${field({ id: `${id}-status`, label: t('responseStatus'), marker: t('required'), errorPrefix: t('errorPrefix') }, ({ id: controlId }) =>
        html`<select class="input" id=${controlId} @change=${(event: Event) => {
          this.status = (event.target as HTMLSelectElement).value;
          this.problem = undefined;
        }}>
          <option value="" ?selected=${!this.status} disabled>${t('responseNoStatus')}</option>
          ${statuses.map((status) => html`<option value=${status.id} ?selected=${this.status === status.id}>${status.label}</option>`)}
        </select>`,
      )}
      ${duplicates && this.status === duplicates.status
        ? field(
            { id: `${id}-duplicate`, label: duplicates.label, marker: t('required'), error: this.problem === 'duplicate' ? duplicates.label : undefined, errorPrefix: t('errorPrefix') },
            ({ id: controlId, describedBy, invalid }) =>
              html`<select class="input" id=${controlId} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => {
                this.duplicateOf = (event.target as HTMLSelectElement).value;
                this.problem = undefined;
              }}>
                <option value="" ?selected=${!this.duplicateOf}></option>
                ${duplicates.candidates.filter((candidate) => candidate.id !== this.contribution).map((candidate) => html`<option value=${candidate.id} ?selected=${this.duplicateOf === candidate.id}>${candidate.label}</option>`)}
              </select>`,
          )
        : nothing}
      <p class="field__hint" id="${id}-hint">${t('responseTextHint')}</p>
      <div class="pair">${textField('fr')} ${textField('en')}</div>
      ${this.failure ? notice('error', this.failure) : nothing}
      <div class="actions">
        ${button({ label: t('responseSave'), type: 'submit', disabled: this.busy || !this.status })}
        ${this.response ? button({ label: t('responseWithdraw'), variant: 'secondary', disabled: this.busy, onClick: () => void this.withdraw() }) : nothing}
      </div>
    </form>`;
  }
}

/** The response form of one contribution, ready to place in a type's view (registers its element on first use). */
export function officialResponseForm(context: StaffViewContext, initiativeId: string, contribution: string, response: OfficialResponse | null, options: OfficialResponseOptions): TemplateResult {
  if (!customElements.get('participe-official-response')) customElements.define('participe-official-response', OfficialResponseForm);
  return html`<participe-official-response .context=${context} .initiativeId=${initiativeId} .contribution=${contribution} .response=${response} .options=${options}></participe-official-response>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-official-response': OfficialResponseForm;
  }
  interface GlobalEventHandlersEventMap {
    'participe-response-changed': ResponseChangedEvent;
  }
}
