import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { atomStyles, fieldStyles } from '@participe/core/atoms';
import { formatDate, formatDateTime, formatNumber, LanguageController, tokenStyles } from '@participe/core/element';
import type { Language, LocalizedText } from '@participe/core/schemas';
import type { ConsoleContext } from './context.js';
import { can, type Permission } from './permissions.js';
import { strings, translator, type ConsoleTranslate } from './strings.js';
import { viewStyles } from './styles.js';

/**
 * Every console element speaks the page's language through core's `LanguageController`: switching
 * `lang` on `<html>` re-renders them all, wherever they sit.
 */
export abstract class LocalizedElement extends LitElement {
  static override styles: CSSResultGroup = [tokenStyles, atomStyles, fieldStyles, viewStyles];

  private readonly languageController = new LanguageController(this);

  get language(): Language {
    return this.languageController.value;
  }

  protected get t(): ConsoleTranslate {
    return translator(strings, this.language);
  }

  protected localize(text: LocalizedText): string {
    return text[this.language];
  }

  protected formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.language, value, options);
  }

  protected formatDateTime(value: string | Date): string {
    return formatDateTime(this.language, value);
  }

  protected formatNumber(value: number): string {
    return formatNumber(this.language, value);
  }

  /** Moves focus to the view's heading after navigation, so screen readers start at the new content. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Focuses an element of this view by id, once rendered. */
  protected async focusById(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }
}

/**
 * A signed-in view: one route, one element. It gets the shell's context and the route's
 * parameters, and names itself for the document title.
 */
export abstract class ConsoleView extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    context: { attribute: false },
    params: { attribute: false },
  };

  declare context: ConsoleContext;
  declare params: Readonly<Record<string, string>>;

  constructor() {
    super();
    this.params = {};
  }

  /** The view's title for `document.title`, in the current language. */
  protected abstract viewTitle(): string;

  protected can(permission: Permission): boolean {
    return can(this.context.me.role, permission);
  }

  override updated(): void {
    // After every render: the title follows loaded data and language switches.
    this.context?.setTitle(this.viewTitle());
  }
}
