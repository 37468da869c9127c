import { html, LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { atomStyles } from '../atoms/atoms.styles.js';
import { fieldStyles } from '../atoms/field.styles.js';
import { tokenStyles } from '../element/base.styles.js';
import { LanguageController } from '../element/language.js';
import { translator } from '../element/strings.js';
import type { Language } from '../schemas/common.js';
import type { Issue } from '../schemas/errors.js';
import { validate } from '../schemas/validate.js';
import type { DefinitionForm, Schema } from './facet.js';
import { staffKitStrings } from './strings.js';
import { staffViewStyles } from './styles.js';

/**
 * A type's definition form on its own, as the console's editor holds it (stories, the type's
 * tests): the definition kept, checked with the type's schema, its issues shown once something
 * changed (or at once with `showIssues`), focus moves and announcements done as the editor does.
 * `definition` always holds the definition as it stands.
 *
 * @fires participe-definition-change - The definition changed. `detail: { definition }`
 */
export class DefinitionFormHost extends LitElement {
  static override properties: PropertyDeclarations = {
    form: { attribute: false },
    definition: { attribute: false },
    schema: { attribute: false },
    wordIssue: { attribute: false },
    showIssues: { type: Boolean, attribute: 'show-issues' },
    announcement: { state: true },
  };

  static override styles: CSSResultGroup = [tokenStyles, atomStyles, fieldStyles, staffViewStyles];

  declare form: DefinitionForm<unknown>;
  declare definition: unknown;
  declare schema: Schema<unknown> | undefined;
  /** The type's words for its own issue codes (its staff facet's `wordIssue`). */
  declare wordIssue: ((issue: Issue, language: Language) => string | undefined) | undefined;
  declare showIssues: boolean;
  private declare announcement: string;
  private readonly languageController = new LanguageController(this);

  constructor() {
    super();
    this.showIssues = false;
    this.announcement = '';
    // Ready to edit at once, as a widget's `:state(open)` (stories' smoke test waits for it).
    this.attachInternals().states.add('open');
  }

  get language(): Language {
    return this.languageController.value;
  }

  private issues() {
    if (!this.showIssues || !this.schema) return [];
    const checked = validate(this.schema, this.definition);
    return checked.ok ? [] : checked.issues.map((issue) => ({ path: issue.path, message: { text: this.wordIssue?.(issue, this.language) ?? issue.message, lang: this.language } }));
  }

  override render() {
    const t = translator(staffKitStrings, this.language);
    return html`${this.form.render({
        definition: (this.definition ?? {}) as never,
        current: () => (this.definition ?? {}) as never,
        change: (definition) => {
          this.definition = definition;
          this.showIssues = true;
          this.dispatchEvent(new CustomEvent('participe-definition-change', { detail: { definition }, bubbles: true, composed: true }));
        },
        focus: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus()),
        announce: (message) => (this.announcement = message),
        issues: this.issues(),
        language: this.language,
        words: { errorPrefix: t('errorPrefix'), required: t('required'), optional: t('optional') },
      })}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}

/** Registers `<participe-definition-form>` (for stories and tests; the console has its editor). Safe to call twice. */
export function defineDefinitionFormHost(): void {
  if (!customElements.get('participe-definition-form')) customElements.define('participe-definition-form', DefinitionFormHost);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-definition-form': DefinitionFormHost;
  }
}
