import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, notice } from '@participe/core/atoms';
import { CollectorError, randomId } from '@participe/core/client';
import { typeSchemas, validate, type Acknowledgement, type Issue, type Language, type StaffInitiative } from '@participe/core/schemas';
import { errorSummary, type SummaryEntry } from '../components/error-summary.js';
import { describeError } from '../errors.js';
import { issueText, type IssueText } from '../issue-text.js';
import type { ConsoleTranslate } from '../strings.js';
import { entryFieldId, typeSupport } from '../types/index.js';
import { InitiativeView } from './initiative-view.js';

type EntryChannel = 'paper' | 'phone';

/**
 * Keys in a contribution received on paper or by phone: channel, language, then the type's own
 * fields, checked with the type's payload schema from core (the collector checks it again), and
 * sent once per form thanks to an idempotency key.
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
  };

  private declare channel: EntryChannel;
  private declare entryLanguage: Language;
  private declare values: Record<string, string>;
  private declare attempted: boolean;
  private declare serverIssues: Issue[];
  private declare saveError: unknown;
  private declare busy: boolean;
  /** The last contribution stored, for the confirmation. */
  private declare saved: { channel: EntryChannel; ack: Acknowledgement } | undefined;
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
  }

  protected viewName(t: ConsoleTranslate): string {
    return t('entryTitle');
  }

  protected override initiativeLoaded(initiative: StaffInitiative): void {
    this.values = typeSupport(initiative.settings.type)?.entry.initialValues() ?? {};
  }

  /** The type's payload schema for this initiative's definition (defaults applied first). */
  private payloadIssues(initiative: StaffInitiative): Issue[] {
    const schemas = typeSchemas[initiative.settings.type];
    const support = typeSupport(initiative.settings.type);
    if (!schemas || !support) return [];
    const definition = validate(schemas.definition, initiative.settings.definition);
    const schema = schemas.payload(definition.ok ? definition.value : initiative.settings.definition);
    const checked = validate(schema, support.entry.toPayload(this.values));
    return checked.ok ? [] : checked.issues;
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.serverIssues = [];
    this.saveError = undefined;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const initiative = this.initiative;
    const support = initiative && typeSupport(initiative.settings.type);
    if (!initiative || !support || this.busy) return;
    this.attempted = true;
    this.saved = undefined;
    this.saveError = undefined;
    if (this.payloadIssues(initiative).length) return this.focusById('error-summary');
    this.busy = true;
    const channel = this.channel;
    try {
      const ack = await this.context.api.enterContribution(initiative.settings.id, {
        channel,
        language: this.entryLanguage,
        payload: support.entry.toPayload(this.values),
        idempotencyKey: this.idempotencyKey,
      });
      // Ready for the next form: same channel and language (forms come in batches), fields emptied.
      this.saved = { channel, ack };
      this.values = support.entry.initialValues();
      this.idempotencyKey = randomId();
      this.attempted = false;
      this.context.announce(this.savedMessage(this.t));
      await this.focusById('entry-saved');
    } catch (error) {
      this.saveError = error;
      if (error instanceof CollectorError && error.issues.length) {
        this.serverIssues = error.issues;
        await this.focusById('error-summary');
      } else {
        await this.focusById('entry-error');
      }
    } finally {
      this.busy = false;
    }
  }

  private savedMessage(t: ConsoleTranslate): string {
    const { channel, ack } = this.saved!;
    return t(channel === 'paper' ? 'entrySavedPaper' : 'entrySavedPhone', { date: this.formatDateTime(ack.receivedAt) });
  }

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    const support = typeSupport(initiative.settings.type);
    if (!this.can('contributions:enter')) return notice('info', t('cannotEnter'));
    if (!support) return notice('info', t('entryNotAvailable'));
    // Field by field: the client's check after a first attempt, then the collector's (paths under `payload`).
    const issues = [
      ...(this.attempted ? this.payloadIssues(initiative) : []),
      ...this.serverIssues.map((issue) => ({ ...issue, path: issue.path.replace(/^payload\.?/, '') })),
    ];
    const errors: Record<string, IssueText | undefined> = {};
    const entries: SummaryEntry[] = [];
    for (const issue of issues) {
      const name = support.entry.fieldOf(issue.path);
      const own = name && support.entry.issueMessage?.(name, this.values, this.language);
      const message = own ? { text: own, lang: this.language } : issueText(issue.message, this.language);
      if (name && !errors[name]) errors[name] = message;
      entries.push({ controlId: name && entryFieldId(name), label: name ? support.entry.label(name, this.language) : issue.path || t('labelContributions'), message });
    }
    const radio = <V extends string>(name: string, value: V, current: V, label: string, set: (value: V) => void) =>
      html`<label class="option"><input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => set(value)} />${label}</label>`;
    return html`<p>${t('entryIntro')}</p>
      ${this.saved ? html`<div id="entry-saved" tabindex="-1">${notice('success', this.savedMessage(t), t('entryNext'))}</div>` : nothing}
      ${this.saveError && !this.serverIssues.length ? html`<div id="entry-error" tabindex="-1">${notice('error', describeError(this.saveError, t))}</div>` : nothing}
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <form class="panel" novalidate @submit=${this.submit}>
        <fieldset>
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
        </fieldset>
        ${support.entry.render({
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
}

if (!customElements.get('console-contribution-entry')) customElements.define('console-contribution-entry', ConsoleContributionEntry);

declare global {
  interface HTMLElementTagNameMap {
    'console-contribution-entry': ConsoleContributionEntry;
  }
}
