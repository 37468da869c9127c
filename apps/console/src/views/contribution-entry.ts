import { html, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { button, notice } from '@participe/core/atoms';
import { CollectorError, randomId } from '@participe/core/client';
import { validate, type Acknowledgement, type Issue, type Language, type StaffInitiative } from '@participe/core/schemas';
import { errorSummary, type SummaryEntry } from '../components/error-summary.js';
import { describeError, refusalIssues } from '../errors.js';
import { issueText } from '../issue-words.js';
import type { ConsoleTranslate } from '../strings.js';
import { entryFieldId, type FieldsEntry, type IssueText, type WidgetEntry } from '@participe/core/staff';
import { staffFacetOf } from '../type-registry.js';
import { InitiativeView } from './initiative-view.js';

type EntryChannel = 'paper' | 'phone';

/** A payload issue's path inside the payload: the collector's are under `payload`. */
const payloadPath = (path: string) => path.replace(/^payload\.?/, '');

/**
 * The initiative as the collector serves it to widgets, for an entry through the widget's own form.
 * Like the collector, paper forms are still taken once it has closed (they may arrive after the
 * deadline), never before it opens: then the widget says it is not open yet.
 */
function initiativeForEntry({ settings, organisation, status, availability }: StaffInitiative) {
  const shared = { ...settings, organisation, resultsPublished: false };
  if (availability !== 'upcoming') return { ...shared, status: 'open', closesAt: null };
  // A draft opens when staff open it, whatever opening date it names.
  return status === 'draft' ? { ...shared, status, opensAt: null } : { ...shared, status };
}

/**
 * Keys in a contribution received on paper or by phone: channel and language, then the type's
 * entry, either its own fields (checked with the type's payload schema from core) or the citizen's
 * form itself, the real widget sending through the console. Either way the collector checks the
 * payload again, and an idempotency key per form stores it once.
 */
export class ConsoleContributionEntry extends InitiativeView {
  static override properties: PropertyDeclarations = {
    ...InitiativeView.properties,
    channel: { state: true },
    entryLanguage: { state: true },
    values: { state: true },
    attempted: { state: true },
    serverIssues: { state: true },
    saveError: { state: true },
    busy: { state: true },
    saved: { state: true },
    formKey: { state: true },
  };

  private declare channel: EntryChannel;
  private declare entryLanguage: Language;
  /** Fields entry: the values typed. */
  private declare values: Record<string, string>;
  private declare attempted: boolean;
  private declare serverIssues: Issue[];
  private declare saveError: unknown;
  private declare busy: boolean;
  /** The last contribution stored, for the confirmation. */
  private declare saved: { channel: EntryChannel; ack: Acknowledgement } | undefined;
  /** Widget entry: a new key mounts a fresh widget for the next response. */
  private declare formKey: number;
  /** Widget entry: the initiative the widget shows, kept as one object (a new one would reload the widget). */
  private entryInitiative: unknown;
  /** One key per filled-in form: a double click or a retry stores one contribution. */
  private idempotencyKey = randomId();

  constructor() {
    super();
    this.channel = 'paper';
    this.entryLanguage = 'fr';
    this.values = {};
    this.attempted = false;
    this.serverIssues = [];
    this.busy = false;
    this.formKey = 0;
  }

  protected viewName(t: ConsoleTranslate): string {
    return t('entryTitle');
  }

  protected override initiativeLoaded(initiative: StaffInitiative): void {
    const entry = staffFacetOf(initiative.settings.type)?.entry;
    this.values = entry?.kind === 'fields' ? entry.initialValues() : {};
    this.entryInitiative = initiativeForEntry(initiative);
  }

  /** Stores one contribution with the channel and language chosen, and confirms it. */
  private async store(payload: unknown): Promise<Acknowledgement> {
    const channel = this.channel;
    const ack = await this.context.api.enterContribution(this.initiativeId, { channel, language: this.entryLanguage, payload, idempotencyKey: this.idempotencyKey });
    // Ready for the next form: same channel and language (forms come in batches), a new key.
    this.saved = { channel, ack };
    this.idempotencyKey = randomId();
    this.context.announce(this.savedMessage(this.t));
    return ack;
  }

  private savedMessage(t: ConsoleTranslate): string {
    const { channel, ack } = this.saved!;
    return t(channel === 'paper' ? 'entrySavedPaper' : 'entrySavedPhone', { date: this.formatDateTime(ack.receivedAt) });
  }

  // Fields entry

  /** The type's payload schema for this initiative's definition (defaults applied first). */
  private payloadIssues(initiative: StaffInitiative, entry: FieldsEntry): Issue[] {
    const schemas = staffFacetOf(initiative.settings.type)?.manifest;
    if (!schemas) return [];
    const definition = validate(schemas.definition, initiative.settings.definition);
    const schema = schemas.payload(definition.ok ? definition.value : initiative.settings.definition);
    const checked = validate(schema, entry.toPayload(this.values));
    return checked.ok ? [] : checked.issues;
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.serverIssues = [];
    this.saveError = undefined;
  }

  private async submitFields(event: Event, initiative: StaffInitiative, entry: FieldsEntry): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.attempted = true;
    this.saved = undefined;
    this.saveError = undefined;
    if (this.payloadIssues(initiative, entry).length) return this.focusById('error-summary');
    this.busy = true;
    try {
      await this.store(entry.toPayload(this.values));
      this.values = entry.initialValues();
      this.attempted = false;
      await this.focusById('entry-saved');
    } catch (error) {
      this.saveError = error;
      // Field issues go next to their fields, with the summary; anything else is one message.
      this.serverIssues = refusalIssues(error);
      await this.focusById(this.serverIssues.length ? 'error-summary' : 'entry-error');
    } finally {
      this.busy = false;
    }
  }

  // Widget entry

  /** The widget's `.submitter`: the console stores the response; a refusal goes back to the widget too. */
  private readonly submitThroughWidget = async (payload: unknown): Promise<Acknowledgement> => {
    this.saved = undefined;
    this.saveError = undefined;
    try {
      return await this.store(payload);
    } catch (error) {
      this.saveError = error;
      // No answer at all reaches the widget as a plain error: it then says the response could not be
      // sent and is kept on this device, which is what happened. Refusals it words itself.
      throw error instanceof CollectorError && error.code === 'network' ? new Error(error.message) : error;
    }
  };

  /** The widget confirmed (after its draft was cleared): a fresh one takes the next response. */
  private widgetSubmitted(): void {
    this.formKey += 1;
    void this.focusById('entry-saved');
  }

  // Rendering

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    const support = staffFacetOf(initiative.settings.type);
    if (!this.can('contributions:enter')) return notice('info', t('cannotEnter'));
    if (!support) return notice('info', t('entryNotAvailable'));
    const { entry } = support;
    return html`<p>${t('entryIntro')}</p>
      ${this.saved ? html`<div id="entry-saved" tabindex="-1">${notice('success', this.savedMessage(t), t('entryNext'))}</div>` : nothing}
      ${entry.kind === 'fields' ? this.renderFieldsEntry(initiative, entry, t) : this.renderWidgetEntry(initiative, entry, t)}`;
  }

  /** How the contribution arrived and in which language: asked first, whatever the type. */
  private renderOrigin(t: ConsoleTranslate) {
    const radio = <V extends string>(name: string, value: V, current: V, label: string, set: (value: V) => void) =>
      html`<label class="option"><input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => set(value)} />${label}</label>`;
    return html`<fieldset>
        <legend>${t('entryChannel')}</legend>
        <div class="options">
          ${radio('channel', 'paper', this.channel, t('entryChannelPaper'), (value) => (this.channel = value))}
          ${radio('channel', 'phone', this.channel, t('entryChannelPhone'), (value) => (this.channel = value))}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('entryLanguage')}</legend>
        <div class="options">
          ${radio('language', 'fr', this.entryLanguage, t('languageFr'), (value) => (this.entryLanguage = value))}
          ${radio('language', 'en', this.entryLanguage, t('languageEn'), (value) => (this.entryLanguage = value))}
        </div>
      </fieldset>`;
  }

  private renderFieldsEntry(initiative: StaffInitiative, entry: FieldsEntry, t: ConsoleTranslate) {
    // Field by field: the client's check after a first attempt, then the collector's.
    const issues = [...(this.attempted ? this.payloadIssues(initiative, entry) : []), ...this.serverIssues.map((issue) => ({ ...issue, path: payloadPath(issue.path) }))];
    const errors: Record<string, IssueText | undefined> = {};
    const entries: SummaryEntry[] = [];
    for (const issue of issues) {
      const name = entry.fieldOf(issue.path);
      const own = name && entry.issueMessage?.(name, this.values, this.language);
      const message = own ? { text: own, lang: this.language } : issueText(issue, this.language, staffFacetOf(initiative.settings.type));
      if (name && !errors[name]) errors[name] = message;
      entries.push({ controlId: name && entryFieldId(name), label: name ? entry.label(name, this.language) : issue.path || t('labelContributions'), message });
    }
    return html`${this.saveError && !this.serverIssues.length ? html`<div id="entry-error" tabindex="-1">${notice('error', describeError(this.saveError, t))}</div>` : nothing}
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <form class="panel" novalidate @submit=${(event: Event) => this.submitFields(event, initiative, entry)}>
        ${this.renderOrigin(t)}
        ${entry.render({
          definition: initiative.settings.definition,
          values: this.values,
          errors,
          language: this.language,
          update: (name, value) => this.setValue(name, value),
          words: { errorPrefix: t('errorPrefix'), required: t('required'), optional: t('optional') },
        })}
        <div class="actions">${button({ label: this.busy ? t('saving') : t('entrySubmit'), type: 'submit', disabled: this.busy })}</div>
      </form>`;
  }

  private renderWidgetEntry(initiative: StaffInitiative, entry: WidgetEntry, t: ConsoleTranslate) {
    return html`${this.saveError ? this.renderWidgetRefusal(initiative, entry, t) : nothing}
      <div class="panel">${this.renderOrigin(t)}</div>
      <p class="muted">${t('entryWidgetHint')}</p>
      ${keyed(
        this.formKey,
        html`<div class="panel" lang=${this.entryLanguage} @participe-submit=${this.widgetSubmitted}>
          ${entry.render({ initiative: this.entryInitiative, submit: this.submitThroughWidget })}
        </div>`,
      )}`;
  }

  /** The collector's refusal in the console's words too, each issue named by what it is about. */
  private renderWidgetRefusal(initiative: StaffInitiative, entry: WidgetEntry, t: ConsoleTranslate) {
    const error = this.saveError;
    const issues = refusalIssues(error);
    const colon = this.language === 'fr' ? '\u00a0: ' : ': ';
    const list = issues.length
      ? html`<ul>
          ${issues.map((issue) => {
            const path = payloadPath(issue.path);
            const message = issueText(issue, this.language, staffFacetOf(initiative.settings.type));
            return html`<li>${entry.issueLabel(path, initiative.settings.definition, this.language) ?? path}${colon}<span lang=${message.lang}>${message.text}</span></li>`;
          })}
        </ul>`
      : undefined;
    return html`<div id="entry-error">${notice('error', issues.length ? t('entryWidgetRefused') : describeError(error, t), list)}</div>`;
  }
}

if (!customElements.get('console-contribution-entry')) customElements.define('console-contribution-entry', ConsoleContributionEntry);

declare global {
  interface HTMLElementTagNameMap {
    'console-contribution-entry': ConsoleContributionEntry;
  }
}
