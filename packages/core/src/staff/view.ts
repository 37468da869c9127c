import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { atomStyles } from '../atoms/atoms.styles.js';
import { fieldStyles } from '../atoms/field.styles.js';
import { button } from '../atoms/button.js';
import { notice } from '../atoms/notice.js';
import { tokenStyles } from '../element/base.styles.js';
import { formatDate, formatNumber } from '../element/format.js';
import { LanguageController } from '../element/language.js';
import { translator, type Translate } from '../element/strings.js';
import type { Language, LocalizedText } from '../schemas/common.js';
import { StaffInitiative } from '../schemas/staff.js';
import type { StaffViewContext } from './facet.js';
import { staffKitStrings, type StaffKitStrings } from './strings.js';
import { staffViewStyles } from './styles.js';

/**
 * Base of a type's own console view (`StaffTypeView.render`): the console's look and language,
 * the initiative loaded (friendly message when it cannot be), breadcrumbs and a focusable `h1`
 * like the console's views, the document title kept current.
 */
export abstract class StaffViewElement extends LitElement {
  static override properties: PropertyDeclarations = {
    context: { attribute: false },
    initiativeId: { attribute: false },
    initiative: { state: true },
    loadError: { state: true },
  };

  static override styles: CSSResultGroup = [tokenStyles, atomStyles, fieldStyles, staffViewStyles];

  declare context: StaffViewContext;
  declare initiativeId: string;
  protected declare initiative: StaffInitiative | undefined;
  protected declare loadError: unknown;
  private readonly languageController = new LanguageController(this);

  get language(): Language {
    return this.languageController.value;
  }

  /** The shared staff words in the console's language. */
  protected get kit(): Translate<StaffKitStrings> {
    return translator(staffKitStrings, this.language);
  }

  protected localize(text: LocalizedText): string {
    return text[this.language];
  }

  protected formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
    return formatDate(this.language, value, options);
  }

  protected formatNumber(value: number): string {
    return formatNumber(this.language, value);
  }

  /** The view's name, e.g. "Moderation". */
  protected abstract viewName(): string;
  /** The view once the initiative is loaded. */
  protected abstract renderView(initiative: StaffInitiative): TemplateResult | typeof nothing;
  /** Called after the initiative (re)loads, e.g. to fetch what the view lists. */
  protected initiativeLoaded(_initiative: StaffInitiative): void {}

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('initiativeId') || changed.has('context')) && this.context && this.initiativeId) void this.loadInitiative();
  }

  protected async loadInitiative(): Promise<void> {
    this.loadError = undefined;
    try {
      this.initiative = await this.context.request('GET', `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`, { schema: StaffInitiative });
      this.initiativeLoaded(this.initiative);
    } catch (error) {
      this.initiative = undefined;
      this.loadError = error;
    }
  }

  override updated(): void {
    const title = this.initiative ? `${this.viewName()} – ${this.localize(this.initiative.settings.title)}` : this.viewName();
    this.context?.setTitle(title);
  }

  /** After navigation the console moves focus here, as on its own views. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const initiative = this.initiative;
    return html`<div class="view">
      ${this.context.breadcrumbs(initiative && { id: initiative.settings.id, title: this.localize(initiative.settings.title) }, this.viewName())}
      <h1 tabindex="-1">${this.viewName()}</h1>
      ${this.loadError
        ? notice('error', this.context.describeError(this.loadError), button({ label: this.kit('retry'), variant: 'secondary', onClick: () => void this.loadInitiative() }))
        : initiative
          ? this.renderView(initiative)
          : html`<p class="muted" role="status">${this.kit('loading')}</p>`}
    </div>`;
  }
}
