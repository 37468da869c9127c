import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { validate, type Issue, type StaffInitiative } from '@participe/core/schemas';
import type { DefinitionForm } from '@participe/core/staff';
import { breadcrumbs } from '../components/breadcrumbs.js';
import { errorSummary, type SummaryEntry } from '../components/error-summary.js';
import { describeError, refusalIssues } from '../errors.js';
import type { IssueText } from '@participe/core/staff';
import { issueText } from '../issue-words.js';
import { href } from '../router.js';
import {
  fieldId,
  fieldOfIssue,
  formFromSettings,
  newSettingsForm,
  parseJson,
  settingsFromForm,
  type SettingsFieldPath,
  type SettingsForm,
} from '../settings-form.js';
import type { ConsoleTranslate, PlainKey } from '../strings.js';
import { InitiativeSettingsInput, staffFacetOf, staffFacets } from '../type-registry.js';
import { ConsoleView } from '../view.js';

/** One problem, placed: the field it belongs to (if any) and its words in the interface language. */
interface PlacedIssue {
  path: string;
  field: SettingsFieldPath | undefined;
  message: IssueText;
}

const labelKeys: Record<SettingsFieldPath, PlainKey> = {
  type: 'fieldType',
  id: 'fieldId',
  'title.fr': 'fieldTitleFr',
  'title.en': 'fieldTitleEn',
  'description.fr': 'fieldDescriptionFr',
  'description.en': 'fieldDescriptionEn',
  opensAt: 'fieldOpensAt',
  closesAt: 'fieldClosesAt',
  moderation: 'fieldModeration',
  allowedOrigins: 'fieldAllowedOrigins',
  context: 'fieldContext',
  retentionDays: 'fieldRetentionDays',
  'privacyNotice.purpose.fr': 'fieldPurposeFr',
  'privacyNotice.purpose.en': 'fieldPurposeEn',
  'privacyNotice.recipient.fr': 'fieldRecipientFr',
  'privacyNotice.recipient.en': 'fieldRecipientEn',
  'privacyNotice.retention.fr': 'fieldRetentionNoticeFr',
  'privacyNotice.retention.en': 'fieldRetentionNoticeEn',
  definition: 'fieldDefinition',
};

/** An issue's path inside the definition (`definition.categories[0].id` → `categories[0].id`). */
const relativeToDefinition = (path: string) => path.replace(/^definition\.?/, '');

/** The definition as typed, when it is a JSON object (the form shows it); undefined otherwise. */
function parsedDefinition(form: SettingsForm): Record<string, unknown> | undefined {
  const { value } = parseJson(form.definition);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The definition editor shows a short definition whole and a long one (a survey's) in a tall box. */
const definitionRows = (json: string) => Math.min(24, Math.max(8, json.split('\n').length));

/** How long typing must pause before the preview reloads (it announces its state when it does). */
const PREVIEW_DELAY_MS = 300;

/**
 * Creates an initiative (as a draft) or edits one. A guided form for the settings every type has,
 * and the type's definition as JSON; everything is checked with the registered types' `InitiativeSettingsInput`
 * at each change, each issue shown next to its field, and the real widget previews the result in
 * French and English.
 */
export class ConsoleInitiativeEditor extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    form: { state: true },
    existing: { state: true },
    loadError: { state: true },
    touched: { state: true },
    attempted: { state: true },
    serverIssues: { state: true },
    saveError: { state: true },
    busy: { state: true },
    preview: { state: true },
    definitionAsJson: { state: true },
  };

  private declare form: SettingsForm | undefined;
  /** The initiative being edited; none when creating. */
  private declare existing: StaffInitiative | undefined;
  private declare loadError: unknown;
  /** Fields changed by the person: their issues show at once; the others after a save attempt. */
  private declare touched: ReadonlySet<SettingsFieldPath>;
  private declare attempted: boolean;
  /** The collector's own issues from the last save, until the form changes. */
  private declare serverIssues: Issue[];
  private declare saveError: unknown;
  private declare busy: boolean;
  /** The initiative object the preview widgets show, updated once typing pauses. */
  private declare preview: unknown;
  /** Staff chose the JSON view of a definition that has a form. */
  private declare definitionAsJson: boolean;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.touched = new Set();
    this.attempted = false;
    this.serverIssues = [];
    this.busy = false;
    this.definitionAsJson = false;
  }

  private get editing(): boolean {
    return this.params['id'] !== undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  private async load(): Promise<void> {
    this.loadError = undefined;
    this.touched = new Set();
    this.attempted = false;
    this.serverIssues = [];
    if (!this.editing) {
      const facet = staffFacets[0]!;
      this.existing = undefined;
      this.setForm(newSettingsForm(facet.manifest.type, facet.definitionTemplate()), true);
      return;
    }
    try {
      this.existing = await this.context.api.initiative(this.params['id']!);
      this.setForm(formFromSettings(this.existing.settings), true);
    } catch (error) {
      this.loadError = error;
    }
  }

  private setForm(form: SettingsForm, immediatePreview = false): void {
    this.form = form;
    clearTimeout(this.previewTimer);
    const update = () => {
      this.preview = { ...settingsFromForm(form).settings, organisation: this.context.me.organisation, status: 'open' };
    };
    if (immediatePreview) update();
    else this.previewTimer = setTimeout(update, PREVIEW_DELAY_MS);
  }

  private change(path: SettingsFieldPath, value: string): void {
    let form = { ...this.form!, [path]: value };
    if (path === 'type') form = { ...form, definition: JSON.stringify(staffFacetOf(value)?.definitionTemplate() ?? {}, null, 2) };
    this.touched = new Set([...this.touched, path]);
    this.serverIssues = [];
    this.saveError = undefined;
    this.setForm(form);
  }

  /** Every current problem: the schema's, the definition's JSON, then the collector's last answer. */
  private issues(form: SettingsForm, t: ConsoleTranslate): PlacedIssue[] {
    const { settings, definitionProblem } = settingsFromForm(form);
    const checked = validate(InitiativeSettingsInput, settings);
    const placed: PlacedIssue[] = [];
    const seen = new Set<string>();
    const add = (path: string, message: IssueText) => {
      const key = `${path}\n${message.text}`;
      if (seen.has(key)) return;
      seen.add(key);
      placed.push({ path, field: fieldOfIssue(path), message });
    };
    if (definitionProblem) {
      const text = definitionProblem.line ? t('invalidJsonAt', { line: definitionProblem.line, column: definitionProblem.column ?? 1 }) : t('invalidJson');
      add('definition', { text, lang: this.language });
    }
    // The type's own codes (a survey's conditions…) in its facet's words, core's in the console's.
    const facet = staffFacetOf(form.type);
    for (const issue of checked.ok ? [] : checked.issues) {
      // An unparsable definition is reported once, as JSON, not as "expected object".
      if (definitionProblem && fieldOfIssue(issue.path) === 'definition') continue;
      add(issue.path, issueText(issue, this.language, facet));
    }
    for (const issue of this.serverIssues) add(issue.path, issueText(issue, this.language, facet));
    return placed;
  }

  private visible(issues: PlacedIssue[]): PlacedIssue[] {
    return issues.filter((issue) => this.attempted || !issue.field || this.touched.has(issue.field) || this.serverIssues.some((s) => s.path === issue.path));
  }

  /** What an issue says, with where it is inside its field when the field holds a list or an object. */
  private detail(issue: PlacedIssue): IssueText {
    const inner = issue.field ? issue.path.slice(issue.field.length).replace(/^\./, '') : issue.path;
    if (!inner) return issue.message;
    const origin = issue.field === 'allowedOrigins' ? /^\[(\d+)\]$/.exec(inner) : null;
    const { settings } = settingsFromForm(this.form!);
    // Inside a definition, the type's form names the place ("Question 3 « … », English label").
    const named = issue.field === 'definition' ? staffFacetOf(this.form!.type)?.definitionForm?.describePath(inner, settings['definition'], this.language) : undefined;
    const where = origin ? `«\u00a0${(settings['allowedOrigins'] as string[])[Number(origin[1])]}\u00a0»` : (named ?? inner);
    const colon = this.language === 'fr' ? '\u00a0: ' : ': ';
    return { text: `${where}${colon}${issue.message.text}`, lang: issue.message.lang };
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.form) return;
    this.attempted = true;
    this.saveError = undefined;
    const { settings } = settingsFromForm(this.form);
    const checked = validate(InitiativeSettingsInput, settings);
    if (!checked.ok || this.issues(this.form, this.t).length) return this.focusById('error-summary');
    this.busy = true;
    try {
      const saved = this.existing
        ? await this.context.api.updateInitiative(this.existing.settings.id, checked.value)
        : await this.context.api.createInitiative(checked.value);
      this.context.announce(this.t(this.existing ? 'saved' : 'created'));
      this.context.navigate(`/initiatives/${encodeURIComponent(saved.settings.id)}`);
    } catch (error) {
      this.saveError = error;
      // Field issues go next to their fields, with the summary; anything else is one message.
      this.serverIssues = refusalIssues(error);
      await this.focusById(this.serverIssues.length ? 'error-summary' : 'save-error');
    } finally {
      this.busy = false;
    }
  }

  protected viewTitle(): string {
    return this.heading();
  }

  private heading(): string {
    if (!this.editing) return this.t('newInitiativeTitle');
    return this.existing ? this.t('editInitiativeTitle', { title: this.localize(this.existing.settings.title) }) : this.t('loading');
  }

  override render() {
    const t = this.t;
    const crumbs = [{ label: t('initiativesTitle'), href: href('/initiatives') }];
    if (this.existing) {
      crumbs.push({ label: this.localize(this.existing.settings.title), href: href(`/initiatives/${encodeURIComponent(this.existing.settings.id)}`) });
    }
    return html`<div class="view">
      ${breadcrumbs(t('breadcrumb'), [...crumbs, { label: this.editing ? t('editSettings') : t('newInitiativeTitle') }])}
      <h1 tabindex="-1">${this.heading()}</h1>
      ${this.renderBody(t)}
    </div>`;
  }

  private renderBody(t: ConsoleTranslate) {
    if (this.loadError) return notice('error', describeError(this.loadError, t), html`<p><a href=${href('/initiatives')}>${t('backToInitiatives')}</a></p>`);
    if (!this.form) return html`<p class="muted" role="status">${t('loading')}</p>`;
    if (!this.can('initiatives:write')) return notice('info', t('noChangeAllowed'));
    const issues = this.visible(this.issues(this.form, t));
    const form = this.definitionForm();
    const entries: SummaryEntry[] = issues.map((issue) => ({
      controlId: issue.field === 'definition' && form ? (form.controlId(relativeToDefinition(issue.path)) ?? fieldId('definition')) : issue.field && fieldId(issue.field),
      label: issue.field ? t(labelKeys[issue.field]) : issue.path,
      message: this.detail(issue),
    }));
    return html`${this.editing ? nothing : html`<p>${t('editorIntro')}</p>`}
      ${this.saveError && !refusalIssues(this.saveError).length
        ? html`<div id="save-error" tabindex="-1">${notice('error', describeError(this.saveError, t))}</div>`
        : nothing}
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <div class="editor">
        <form class="panel" novalidate @submit=${this.save}>${this.renderFields(t, issues)}
          <div class="actions">
            ${button({ label: this.busy ? t('saving') : this.editing ? t('saveSettings') : t('createDraft'), type: 'submit', disabled: this.busy })}
            <a class="button button--secondary" href=${href(this.existing ? `/initiatives/${encodeURIComponent(this.existing.settings.id)}` : '/initiatives')}>${t('cancel')}</a>
          </div>
        </form>
        ${this.renderPreview(t)}
      </div>`;
  }

  private renderFields(t: ConsoleTranslate, issues: PlacedIssue[]) {
    const form = this.form!;
    const errorOf = (path: SettingsFieldPath) => {
      const own = issues.filter((issue) => issue.field === path);
      return own.length ? own.map((issue) => this.detail(issue).text).join(this.language === 'fr' ? '\u202f; ' : '; ') : undefined;
    };
    const text = (path: SettingsFieldPath, options: { required?: boolean; hint?: string; multiline?: boolean; rows?: number; mono?: boolean; readonly?: boolean; inputmode?: string; type?: string } = {}) =>
      field(
        {
          id: fieldId(path),
          label: t(labelKeys[path]),
          marker: options.readonly ? undefined : options.required ? t('required') : t('optional'),
          hint: options.hint,
          error: errorOf(path),
          errorPrefix: t('errorPrefix'),
        },
        ({ id, describedBy, invalid }) => {
          const onInput = (event: Event) => this.change(path, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
          return options.multiline
            ? html`<textarea class="input ${options.mono ? 'mono' : ''}" id=${id} rows=${options.rows ?? 3} spellcheck=${options.mono ? 'false' : 'true'} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${form[path]} @input=${onInput}></textarea>`
            : html`<input class="input" id=${id} type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing} ?readonly=${options.readonly} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${form[path]} @input=${onInput} />`;
        },
      );
    const select = (path: SettingsFieldPath, choices: [string, string][], disabled = false) =>
      field({ id: fieldId(path), label: t(labelKeys[path]), error: errorOf(path), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
        html`<select class="input" id=${id} ?disabled=${disabled} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => this.change(path, (event.target as HTMLSelectElement).value)}>
          ${choices.map(([value, label]) => html`<option value=${value} ?selected=${form[path] === value}>${label}</option>`)}
        </select>`,
      );
    const support = staffFacetOf(form.type);
    return html`<fieldset class="section">
        <legend>${t('sectionGeneral')}</legend>
        ${this.editing
          ? html`<dl class="facts">
              <dt>${t('fieldType')}</dt>
              <dd>${support?.label(this.language) ?? form.type}</dd>
            </dl>`
          : select('type', staffFacets.map((facet) => [facet.manifest.type, facet.label(this.language)]))}
        ${text('id', { required: true, hint: t('fieldIdHint'), readonly: this.editing })}
        <div class="pair">${text('title.fr', { required: true })} ${text('title.en', { required: true })}</div>
        <div class="pair">
          ${text('description.fr', { multiline: true, hint: t('fieldDescriptionHint') })} ${text('description.en', { multiline: true, hint: t('fieldDescriptionHint') })}
        </div>
      </fieldset>
      <fieldset class="section">
        <legend>${t('sectionAvailability')}</legend>
        <div class="pair">
          ${text('opensAt', { type: 'datetime-local', hint: t('fieldOpensAtHint') })} ${text('closesAt', { type: 'datetime-local', hint: t('fieldClosesAtHint') })}
        </div>
        ${select('moderation', [
          ['none', t('moderationNone')],
          ['pre', t('moderationPre')],
          ['post', t('moderationPost')],
        ])}
        ${text('allowedOrigins', { multiline: true, mono: true, rows: 3, hint: t('fieldAllowedOriginsHint') })}
        ${text('context', { multiline: true, mono: true, rows: 3, hint: t('fieldContextHint') })}
        ${text('retentionDays', { required: true, inputmode: 'numeric', hint: t('fieldRetentionDaysHint') })}
      </fieldset>
      <fieldset class="section" aria-describedby="privacy-hint">
        <legend>${t('sectionPrivacy')}</legend>
        <p class="field__hint" id="privacy-hint">${t('sectionPrivacyHint')}</p>
        <div class="pair">${text('privacyNotice.purpose.fr', { required: true, multiline: true })} ${text('privacyNotice.purpose.en', { required: true, multiline: true })}</div>
        <div class="pair">${text('privacyNotice.recipient.fr', { required: true })} ${text('privacyNotice.recipient.en', { required: true })}</div>
        <div class="pair">${text('privacyNotice.retention.fr', { required: true })} ${text('privacyNotice.retention.en', { required: true })}</div>
      </fieldset>
      <fieldset class="section">
        <legend>${t('sectionDefinition')}</legend>
        ${this.renderDefinitionSection(t, issues.filter((issue) => issue.field === 'definition'), support?.definitionHint(this.language))}
      </fieldset>`;
  }

  /** The type's definition form, when it has one and staff did not ask for JSON (and the JSON parses). */
  private definitionForm(): DefinitionForm<unknown> | undefined {
    const form = staffFacetOf(this.form!.type)?.definitionForm ?? undefined;
    return form && !this.definitionAsJson && parsedDefinition(this.form!) !== undefined ? form : undefined;
  }

  /** The type's form for its definition (the JSON one step away), or the JSON editor. */
  private renderDefinitionSection(t: ConsoleTranslate, issues: PlacedIssue[], hint: string | undefined): TemplateResult {
    const available = staffFacetOf(this.form!.type)?.definitionForm ?? undefined;
    if (!available) return this.renderDefinition(t, issues, hint);
    const form = this.definitionForm();
    const parsed = parsedDefinition(this.form!);
    const toggle = html`<div class="option">
      <input type="checkbox" id="definition-as-json" .checked=${this.definitionAsJson || parsed === undefined} ?disabled=${parsed === undefined}
        aria-describedby=${parsed === undefined ? 'definition-form-unavailable' : nothing}
        @change=${(event: Event) => (this.definitionAsJson = (event.target as HTMLInputElement).checked)} />
      <label for="definition-as-json">${t('definitionAsJson')}</label>
    </div>
    ${parsed === undefined ? html`<p class="field__hint" id="definition-form-unavailable">${t('definitionFormUnavailable')}</p>` : nothing}`;
    if (!form) return html`${toggle} ${this.renderDefinition(t, issues, hint)}`;
    const relative = issues.map((issue) => ({ path: relativeToDefinition(issue.path), message: issue.message }));
    const unplaced = issues.filter((issue) => form.controlId(relativeToDefinition(issue.path)) === undefined);
    return html`${toggle}
      ${form.render({
        definition: parsed as Record<string, unknown>,
        current: () => parsedDefinition(this.form!) ?? {},
        change: (definition) => this.change('definition', JSON.stringify(definition, null, 2)),
        focus: (id) => void this.focusById(id),
        announce: (message) => this.context.announce(message),
        issues: relative,
        language: this.language,
        words: { errorPrefix: t('errorPrefix'), required: t('required'), optional: t('optional') },
      })}
      ${unplaced.length
        ? html`<div class="field field--invalid" id=${fieldId('definition')} tabindex="-1">
            <p class="field__label">${t('definitionOtherIssues')}</p>
            <ul class="issues">
              ${unplaced.map((issue) => {
                const detail = this.detail(issue);
                return html`<li><span class="visually-hidden">${t('errorPrefix')} </span><span lang=${detail.lang}>${detail.text}</span></li>`;
              })}
            </ul>
          </div>`
        : nothing}`;
  }

  /** The JSON editor: its problems listed right under it, as `path: message`, and described by them. */
  private renderDefinition(t: ConsoleTranslate, issues: PlacedIssue[], hint: string | undefined): TemplateResult {
    const id = fieldId('definition');
    const describedBy = [hint && `${id}-hint`, issues.length && `${id}-issues`].filter(Boolean).join(' ');
    return html`<div class="field ${issues.length ? 'field--invalid' : ''}">
      <label class="field__label" for=${id}>${t('fieldDefinition')} <span class="field__marker">(${t('required')})</span></label>
      ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
      <textarea
        class="input mono"
        id=${id}
        rows=${definitionRows(this.form!.definition)}
        spellcheck="false"
        autocapitalize="off"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${issues.length ? 'true' : nothing}
        .value=${this.form!.definition}
        @input=${(event: Event) => this.change('definition', (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${issues.length
        ? html`<ul class="issues" id="${id}-issues">
            ${issues.map((issue) => {
              const detail = this.detail(issue);
              return html`<li><span class="visually-hidden">${t('errorPrefix')} </span><span lang=${detail.lang}>${detail.text}</span></li>`;
            })}
          </ul>`
        : nothing}
    </div>`;
  }

  /** The real widget, from the settings as typed (malformed ones included: it says what is wrong itself). */
  private renderPreview(t: ConsoleTranslate) {
    const support = staffFacetOf(this.form!.type);
    if (!support) return nothing;
    return html`<section class="preview panel" aria-labelledby="preview-title">
      <h2 id="preview-title">${t('previewTitle')}</h2>
      <p class="muted">${t('previewHint')}</p>
      <h3 id="preview-fr">${t('previewFrench')}</h3>
      <div class="preview-frame" lang="fr" role="group" aria-labelledby="preview-fr">${support.renderPreview(this.preview)}</div>
      <h3 id="preview-en">${t('previewEnglish')}</h3>
      <div class="preview-frame" lang="en" role="group" aria-labelledby="preview-en">${support.renderPreview(this.preview)}</div>
    </section>`;
  }
}

if (!customElements.get('console-initiative-editor')) customElements.define('console-initiative-editor', ConsoleInitiativeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'console-initiative-editor': ConsoleInitiativeEditor;
  }
}
