import { adoptStyles, type CSSResult, type CSSResultGroup, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { button } from '../atoms/button.js';
import { notice } from '../atoms/notice.js';
import { browserStore, type KeyValueStore, memoryStore } from '../client/storage.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Acknowledgement, ContributionEnvelope } from '../schemas/contribution.js';
import type { InitiativeType } from '../schemas/initiative.js';
import { availability } from '../schemas/timing.js';
import { Announcer } from './announcer.js';
import { baseStyles } from './base.styles.js';
import { coreStrings, type CoreStrings } from './core-strings.js';
import type { DeliveryController } from './delivery-controller.js';
import { Draft } from './draft.js';
import { emit, type EmitOptions, type ParticipeEventDetail, type ParticipeEventName } from './events.js';
import { formatDate, formatNumber } from './format.js';
import { InitiativeController } from './initiative-controller.js';
import { LanguageController } from './language.js';
import type { PrivacyController } from './privacy-controller.js';
import type { ReportController } from './report-controller.js';
import { lookup, overridesOf, type StringTable, type StringTables, type Translate } from './strings.js';
import type { InitiativeLike, Submitter, WidgetState } from './types.js';
import type { Issue } from '../schemas/errors.js';
import type { IssueDescription } from './issue-words.js';

type Table<S> = CoreStrings & S;
/** What a string needs: a function's own arguments, or the values of its `{placeholders}`. */
export type StringArgs<E> = E extends (...args: infer A) => string ? A : [values?: Record<string, string | number>];
/** `t`, as widgets pass it to the parts that render for them. */
export type Translator<S> = <K extends keyof Table<S> & string>(key: K, ...args: StringArgs<Table<S>[K]>) => string;

/**
 * What every Participe widget shares, composed from reactive controllers: its language from the
 * nearest `lang` (`LanguageController`), its initiative loaded and checked (`InitiativeController`),
 * submissions kept in an outbox until acknowledged (`DeliveryController`), the privacy notice with
 * "my data" (`PrivacyController`, loaded with the initiative) and a polite live region
 * (`Announcer`); plus wording with per-instance overrides, the common states with a status region,
 * and drafts kept in the browser. A misconfigured element never stays blank: it shows what is
 * wrong, and says it in the console.
 *
 * @fires participe-submit - The collector acknowledged the contribution (or a preview accepted it). `detail: { initiative, id, receivedAt }`; `id` is empty in a preview.
 * @fires participe-error - The element is misconfigured (`kind: "config"`) or its initiative could not be loaded (`kind: "load"`). `detail: { kind, problems }`.
 *
 * @csspart base - The widget's frame.
 * @csspart status - The live region with loading, offline, closed, error and thank-you messages.
 * @csspart report - What the organisation did with the contributions ("you said, we did"), or the day it promises it by.
 * @csspart button - Every button (also `button-primary`, `button-secondary`).
 * @csspart notice - Message boxes (also `notice-info`, `notice-success`, `notice-warning`, `notice-error`).
 * @csspart privacy - The privacy notice.
 * @csspart my-data - In the privacy notice, once this browser has contributed: download or delete my answers.
 *
 * @cssprop [--participe-accent=#095797] - Accent colour: buttons, links, choices (Québec blue).
 * @cssprop [--participe-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--participe-text=#223654] - Text colour.
 * @cssprop [--participe-muted=#4e5662] - Secondary text: loading and sending messages, hints, counters, the privacy notice.
 * @cssprop [--participe-surface=#ffffff] - Background of inputs and secondary buttons.
 * @cssprop [--participe-subtle=#f1f1f2] - Background of message boxes.
 * @cssprop [--participe-border=#6b778a] - Border of inputs.
 * @cssprop [--participe-error=#cb381f] - Errors.
 * @cssprop [--participe-success=#4f813d] - Confirmations.
 * @cssprop [--participe-warning=#ad781c] - Warnings, e.g. offline.
 * @cssprop [--participe-focus=#0e7cc7] - Focus ring colour.
 * @cssprop [--participe-radius=0] - Corner radius of buttons and inputs.
 * @cssprop [--participe-space=1rem] - Space between the widget's blocks.
 * @cssprop [--participe-max-width=48rem] - The widget's maximum width.
 *
 * @cssstate loading - The initiative is being fetched and checked.
 * @cssstate open - Open to contributions.
 * @cssstate upcoming - Not open yet.
 * @cssstate closed - Closed.
 * @cssstate error - Misconfigured, or the initiative could not be loaded.
 * @cssstate offline - A contribution waits on this device for the collector.
 * @cssstate submitted - The collector acknowledged the contribution.
 */
export abstract class ParticipeElement<I extends InitiativeLike, S extends StringTable> extends LitElement {
  static override properties: PropertyDeclarations = {
    initiative: { reflect: true },
    collector: {},
    preview: { attribute: false },
    submitter: { attribute: false },
    strings: {
      converter: {
        fromAttribute: (value: string | null) => {
          if (value === null) return undefined;
          try {
            return JSON.parse(value) as unknown;
          } catch {
            return new SyntaxError('the "strings" attribute is not valid JSON');
          }
        },
      },
    },
    state: { state: true },
    note: { state: true },
  };

  static override styles: CSSResultGroup = [baseStyles];

  /**
   * Registers the element under `tag`, once. A page may load a widget's script twice (a CMS block
   * and a template, or two copies of the bundle): the first registration stands, and the second
   * neither throws nor replaces it. Each widget's `define` module calls it.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this as unknown as CustomElementConstructor);
  }

  /** Id of the initiative to show, as given in the console's embed snippet. */
  declare initiative: string | undefined;
  /** Base URL of the collector. The embed script fills it in from its own address. */
  declare collector: string | undefined;
  /** An initiative object to render as is, without a collector: for previews. Nothing is sent. */
  declare preview: unknown;
  /**
   * Sends the payload instead of the collector client: the console uses it to key in a paper or
   * phone contribution through the citizen's own form.
   */
  declare submitter: Submitter | undefined;
  /** Wording overrides, `{"fr": {"key": "texte"}, "en": {"key": "text"}}`, as JSON or an object. */
  declare strings: unknown;

  /** Where the widget stands; shown as a CSS custom state. */
  protected declare state: WidgetState;
  /** A confirmation in the status region, e.g. once the citizen deleted their answers. */
  private declare note: string | undefined;

  /** The initiative type this widget shows, e.g. `page-feedback`. */
  protected abstract readonly type: InitiativeType;
  /**
   * Loads the widget's initiative schema, e.g. `() => import('../schema.js').then((m) => m.SurveyInitiative)`.
   * A dynamic import: the schema library arrives in its own chunk, fetched while the initiative is,
   * and the widget's first chunk stays small.
   */
  protected abstract readonly schema: () => Promise<z.ZodMiniType<I>>;
  protected abstract readonly tables: StringTables<S>;

  private readonly languageController = new LanguageController(this);
  private readonly initiativeController = new InitiativeController<I>(this, {
    type: () => this.type,
    schema: () => this.schema(),
    parts: () => Promise.all([this.loadParts(), this.loadControllers()]),
    configuration: () => ({
      initiative: this.initiative,
      collector: this.collector,
      preview: this.preview,
      strings: this.strings,
      table: { ...coreStrings.fr, ...this.tables.fr },
    }),
    attributeProblems: () => this.attributeProblems(),
    initiativeProblems: (initiative) => this.initiativeProblems(initiative),
    inputs: () => [this.initiative, this.collector, this.preview, this.strings],
    reload: () => void this.load(),
  });
  /** Both arrive with the initiative (see `loadControllers`). */
  private delivery: DeliveryController<I> | undefined;
  private privacy: PrivacyController | undefined;
  /** "You said, we did", imported once the widget is closed or thanks a citizen (see `loadReport`). */
  private report: ReportController | undefined;
  private readonly announcer = new Announcer(this);
  private readonly internals = this.attachInternals();
  private ephemeralDrafts: KeyValueStore | undefined;
  private readonly adoptedStyles: CSSResult[] = [];

  constructor() {
    super();
    this.state = 'loading';
  }

  /** The language this element speaks now. */
  get language() {
    return this.languageController.value;
  }

  /** The initiative, checked against the widget's schema. */
  protected get loaded(): I | undefined {
    return this.initiativeController.value;
  }

  /** A submission is on its way. */
  protected get busy(): boolean {
    return !!this.delivery?.busy;
  }

  /** The collector to talk to; none in a preview. */
  protected get collectorUrl(): string | undefined {
    return this.preview === undefined ? this.collector : undefined;
  }

  /** A preview sends nothing: no collector, and no one (the console) taking submissions instead. */
  protected get isPreview(): boolean {
    return !this.collectorUrl && !this.submitter;
  }

  /** A string in the current language, with host overrides applied and placeholders filled. */
  protected t<K extends keyof Table<S> & string>(key: K, ...args: StringArgs<Table<S>[K]>): string {
    return this.text(key, args);
  }

  private text(key: string, args: unknown[]): string {
    return lookup(this.language, overridesOf(this.strings), [this.tables, coreStrings], key, args);
  }

  /** `t` for the shared strings, as the controllers word their messages. */
  private readonly coreText: Translate<CoreStrings> = (key, ...args) => this.text(key, args);

  /** Picks the current language from a bilingual text. */
  protected localize(text: LocalizedText): string;
  protected localize(text: LocalizedText | undefined): string | undefined;
  protected localize(text: LocalizedText | undefined) {
    return text?.[this.language];
  }

  protected formatNumber(value: number, options?: Intl.NumberFormatOptions) {
    return formatNumber(this.language, value, options);
  }

  protected formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions) {
    return formatDate(this.language, value, options);
  }

  /** Dispatches one of the declared `participe-*` events from this element (see `events.ts`). */
  protected emit<K extends ParticipeEventName>(name: K, detail: ParticipeEventDetail<K>, options?: EmitOptions): boolean {
    return emit(this, name, detail, options);
  }

  /** Problems with the widget's own attributes, worded for the webmaster; the base checks the common ones. */
  protected attributeProblems(): string[] {
    return [];
  }

  /** Problems only the loaded initiative reveals (a `topic` it lacks, say), worded for the webmaster; shown like the others. */
  protected initiativeProblems(_initiative: I): string[] {
    return [];
  }

  /** Key under which this widget's draft is kept; widgets that share an initiative across pages refine it. */
  protected draftKey(): string {
    return `participe:draft:${this.localName}:${this.collector ?? 'preview'}:${this.initiative ?? this.loaded?.id ?? ''}`;
  }

  /**
   * The citizen's draft, kept in the browser. Not for a preview or a staff entry (`submitter`): a
   * staff browser must not keep citizens' answers, and previews must not leak into each other.
   */
  protected draft<T>(): Draft<T> {
    return new Draft<T>(this.isPreview || this.submitter ? (this.ephemeralDrafts ??= memoryStore()) : browserStore(), this.draftKey());
  }

  /** Whether a contribution queued earlier (e.g. before a reload) belongs to this element. */
  protected ownsQueued(_envelope: ContributionEnvelope): boolean {
    return true;
  }

  /**
   * The widget's own lazy parts (question renderers, say), imported while the initiative is
   * fetched so that they add no round trip.
   */
  protected async loadParts(): Promise<void> {}

  /**
   * Adds styles that arrive with a lazy part (a form, results) to the shadow root's: constructed
   * stylesheets, allowed by a strict CSP, so the first chunk carries only what it shows.
   */
  protected adoptStyles(...styles: CSSResult[]): void {
    const fresh = styles.filter((sheet) => !this.adoptedStyles.includes(sheet));
    if (!fresh.length || !this.shadowRoot) return;
    this.adoptedStyles.push(...fresh);
    adoptStyles(this.shadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.adoptedStyles]);
  }

  /** Called once the initiative is loaded and checked: restore drafts here. */
  protected initiativeLoaded(): void {}

  /**
   * The citizen deleted their answers (from the privacy notice): forget what the widget keeps of
   * their participation on this device besides drafts, participant id and outbox (which the base
   * clears), e.g. an "already answered" mark, and start afresh.
   */
  protected forgetParticipation(): void {}

  /** The widget's own content for the open, upcoming, closed, offline and submitted states. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  override updated(): void {
    const states = this.internals.states as Set<string> | undefined;
    if (states && !states.has(this.state)) {
      states.clear();
      states.add(this.state);
    }
    if ((this.state === 'closed' || this.state === 'submitted') && !this.report && this.collectorUrl) void this.loadReport();
  }

  /** The report (or the day it is promised by) is only ever shown closed or after a submission: imported then. */
  private async loadReport(): Promise<void> {
    const { ReportController, reportStyles } = await import('./report-controller.js');
    if (this.report) return;
    this.adoptStyles(reportStyles);
    this.report = new ReportController(this, {
      initiative: () => this.loaded?.id,
      collector: () => this.collectorUrl,
      state: () => this.state,
      language: () => this.language,
      overrides: () => overridesOf(this.strings),
    });
    this.requestUpdate();
  }

  /** Loads (or reloads) the initiative; shows a config error, a load error, or the widget. */
  protected async load(): Promise<void> {
    this.state = 'loading';
    this.note = undefined;
    const outcome = await this.initiativeController.load();
    if (outcome === 'superseded') return;
    if (outcome !== 'loaded') {
      this.state = 'error';
      return;
    }
    this.privacy?.reset();
    this.state = availability(this.loaded!);
    this.initiativeLoaded();
    // Contributions queued before a reload are resumed by the delivery controller, now that the initiative is known.
  }

  /**
   * Delivery and the privacy notice, imported with the initiative: nothing sends or shows a
   * notice before one has loaded, and the first chunk stays small.
   */
  private async loadControllers(): Promise<void> {
    const [{ DeliveryController }, { PrivacyController }] = await Promise.all([import('./delivery-controller.js'), import('./privacy-controller.js')]);
    this.delivery ??= new DeliveryController<I>(this, {
      initiative: () => this.loaded,
      collector: () => this.collectorUrl,
      submitter: () => this.submitter,
      language: () => this.language,
      context: () => this.initiativeController.context,
      owns: (envelope) => this.ownsQueued(envelope),
      text: this.coreText,
      moveTo: (state) => (this.state = state),
      acknowledged: (ack) => this.acknowledged(ack),
      describeIssue: (issue) => this.describeIssue(issue),
    });
    this.privacy ??= new PrivacyController(this, {
      initiative: () => this.loaded,
      collector: () => this.collectorUrl,
      language: () => this.language,
      overrides: () => overridesOf(this.strings),
      text: this.coreText,
      formatDate: (value) => this.formatDate(value),
      formatNumber: (value) => this.formatNumber(value),
      forgotten: (message) => {
        this.draft().clear();
        this.forgetParticipation();
        this.state = availability(this.loaded!);
        this.note = message;
        this.focusStatus();
      },
    });
  }

  /**
   * Sends the widget's payload. The submission is kept in the outbox until acknowledged; while
   * the collector cannot be reached the widget shows the offline state and keeps trying.
   */
  protected async submit(payload: unknown): Promise<void> {
    this.note = undefined;
    await this.delivery?.submit(payload);
  }

  /** Called once a contribution is acknowledged (or accepted in a preview), before the confirmation shows. */
  protected afterSubmit(): void {}

  private acknowledged(ack: Acknowledgement): void {
    this.draft().clear();
    this.afterSubmit();
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.state = 'submitted';
    this.emit('participe-submit', { initiative: this.loaded?.id ?? '', id: ack.id, receivedAt: ack.receivedAt });
    // The form that had focus is gone: put focus on the confirmation rather than lose it.
    if (hadFocus) this.focusStatus();
  }

  /**
   * What the widget knows better than core about one of the collector's issues: its own codes in
   * its words, and the name of what the issue's path points at (a question's label).
   */
  protected describeIssue(_issue: Issue): IssueDescription {
    return {};
  }

  private focusStatus(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.status')?.focus());
  }

  override render() {
    const shown = this.state !== 'loading' && this.state !== 'error';
    const content = shown ? this.renderContent() : nothing;
    return html`<div part="base" class="base" lang=${this.language} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      <div class="status" part="status" role="status" tabindex="-1">${this.renderStatus()}${this.note ? notice('success', this.note) : nothing}</div>
      ${this.report?.render() ?? nothing}${content}${shown && this.privacy ? this.privacy.renderIfOwed() : nothing}
      ${this.announcer.render()}
    </div>`;
  }

  /** The message for the current state, inside the live region so screen readers hear it change. */
  protected renderStatus(): TemplateResult | typeof nothing {
    const initiative = this.loaded;
    const text = this.coreText;
    switch (this.state) {
      case 'loading':
        return html`<p class="loading">${text('loading')}</p>`;
      case 'error': {
        const { problems, refusedHere } = this.initiativeController;
        // A preview's host (the console's editor) lists the problems in its own words and language,
        // next to their fields; the widget only says it is waiting for them, in the page's language.
        if (problems.length && this.preview !== undefined) return notice('info', text('previewIncomplete'));
        if (problems.length) return notice('error', text('configError'), html`<p>${text('configErrorDetails')}</p><ul class="problems">${problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>`);
        return refusedHere ? notice('info', text('unavailableHere')) : notice('error', text('loadError'), button({ label: text('retry'), variant: 'secondary', onClick: () => void this.load() }));
      }
      case 'upcoming':
        return notice('info', initiative?.opensAt ? text('upcomingOn', { date: this.formatDate(initiative.opensAt) }) : text('upcoming'));
      case 'closed':
        // The date only when it is the reason: a survey full early, or closed by staff, closes before it.
        return notice('info', initiative?.closesAt && Date.parse(initiative.closesAt) <= Date.now() ? text('closedOn', { date: this.formatDate(initiative.closesAt) }) : text('closed'));
      case 'offline':
        return notice('warning', text('offline'));
      case 'submitted':
        return notice('success', this.isPreview ? text('previewSubmitted') : this.submittedMessage());
      case 'open': {
        const refusal = this.delivery?.refusal;
        return refusal ? notice('error', refusal) : this.busy ? html`<p class="sending">${text('sending')}</p>` : nothing;
      }
    }
  }

  /**
   * Says something to screen readers once things settle: a counter after typing pauses, rather
   * than at every key.
   */
  protected announceWhenSettled(message: string, delayMs = 1000): void {
    this.announcer.announceWhenSettled(message, delayMs);
  }

  /** The initiative's privacy notice; `expanded` wherever personal information is asked. */
  protected renderPrivacyNotice(expanded: boolean): TemplateResult | typeof nothing {
    return this.privacy?.render(expanded) ?? nothing;
  }

  /** Thanks shown once the collector acknowledged; widgets can say more. */
  protected submittedMessage(): string {
    return this.coreText('submitted');
  }
}
