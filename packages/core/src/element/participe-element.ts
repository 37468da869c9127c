import { adoptStyles, type CSSResult, type CSSResultGroup, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { button } from '../atoms/button.js';
import { notice } from '../atoms/notice.js';
import { CollectorError } from '../client/collector-error.js';
import { contributedKey } from '../client/participant-keys.js';
import { collectorBase, initiativeUrl, readJson } from '../client/read.js';
import { browserStore, type KeyValueStore, memoryStore, readStored } from '../client/storage.js';
import { slugPattern } from '../schemas/patterns.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Acknowledgement, ContributionEnvelope } from '../schemas/contribution.js';
import type { Issue } from '../schemas/errors.js';
import type { InitiativeStatus, InitiativeType, PrivacyNotice } from '../schemas/initiative.js';
import { privacyNotice } from '../atoms/privacy-notice.js';
import { availability, retentionEndsAt } from '../schemas/timing.js';
import { coreStrings, type CoreStrings } from './core-strings.js';
import { Draft } from './draft.js';
import { emit } from './events.js';
import { formatDate, formatNumber } from './format.js';
import { LanguageController } from './language.js';
import type { IssueDescription } from './issue-words.js';
import { interpolate, type StringOverrides, type StringTable, type StringTables } from './strings.js';
import { baseStyles } from './base.styles.js';

/** Where a widget stands; also exposed as a CSS custom state, e.g. `participe-survey:state(submitted)`. */
export type WidgetState = 'loading' | 'open' | 'upcoming' | 'closed' | 'error' | 'offline' | 'submitted';

/** The fields every initiative has that the base element relies on. */
export interface InitiativeLike {
  id: string;
  type: InitiativeType;
  title: LocalizedText;
  status: InitiativeStatus;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
  retentionDays: number;
  privacyNotice: PrivacyNotice;
}

type Table<S> = CoreStrings & S;
/** What a string needs: a function's own arguments, or the values of its `{placeholders}`. */
export type StringArgs<E> = E extends (...args: infer A) => string ? A : [values?: Record<string, string | number>];
/** `t`, as widgets pass it to the parts that render for them. */
export type Translator<S> = <K extends keyof Table<S> & string>(key: K, ...args: StringArgs<Table<S>[K]>) => string;

/**
 * What every Participe widget shares: reading its initiative (from the collector, or a preview
 * object), checking it against the widget's schema, resolving its language from the nearest `lang`,
 * wording with per-instance overrides, the common states with a live status region, drafts kept in
 * the browser, and submissions queued until the collector acknowledges them.
 *
 * A misconfigured element never stays blank: it shows what is wrong, and says it in the console.
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
    loaded: { state: true },
    problems: { state: true },
    busy: { state: true },
    refusal: { state: true },
    note: { state: true },
    announcement: { state: true },
  };

  static override styles: CSSResultGroup = [baseStyles];

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
  declare submitter: ((payload: unknown) => Promise<Acknowledgement>) | undefined;
  /** Wording overrides, `{"fr": {"key": "texte"}, "en": {"key": "text"}}`, as JSON or an object. */
  declare strings: unknown;

  protected declare state: WidgetState;
  /** The initiative, checked against the widget's schema. */
  protected declare loaded: I | undefined;
  /** What a webmaster must fix; shown instead of the widget. */
  protected declare problems: string[];
  /** A submission is on its way. */
  protected declare busy: boolean;
  /** Why the collector refused the last submission, in the citizen's language. */
  protected declare refusal: string | TemplateResult | undefined;
  /** A confirmation in the status region, e.g. once the citizen deleted their answers (`privacy/my-data.ts`). */
  private declare note: string | undefined;
  /** "Download / delete my answers", loaded once this browser has contributed. */
  private myData: { render(): TemplateResult | typeof nothing } | undefined;
  /** Whether `renderPrivacyNotice` ran during this render (else the base adds it for `myData`). */
  private noticeShown = false;
  /** What the polite live region says (see `announceWhenSettled`). */
  private declare announcement: string;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The initiative type this widget shows, e.g. `page-feedback`. */
  protected abstract readonly type: InitiativeType;
  /**
   * Loads the widget's initiative schema, e.g. `() => import('@participe/core/schemas/page-feedback')…`.
   * A dynamic import: the schema library arrives in its own chunk, fetched while the initiative is,
   * and the widget's first chunk stays small.
   */
  protected abstract readonly schema: () => Promise<z.ZodMiniType<I>>;
  protected abstract readonly tables: StringTables<S>;

  private readonly languageController = new LanguageController(this);
  private readonly internals = this.attachInternals();
  private loadToken = 0;
  private ephemeralDrafts: KeyValueStore | undefined;
  private reportedProblems = '';

  constructor() {
    super();
    this.state = 'loading';
    this.problems = [];
    this.busy = false;
    this.announcement = '';
  }

  /** The language this element speaks now. */
  get language() {
    return this.languageController.value;
  }

  /** The collector to talk to; none in a preview. */
  protected get collectorUrl(): string | undefined {
    return this.preview === undefined ? this.collector : undefined;
  }

  /** The delivery machinery (outbox, retries): loaded after the first render, needed only to send. */
  protected delivery() {
    return import('../client/delivery.js');
  }

  /** A string in the current language, with host overrides applied and placeholders filled. */
  protected t<K extends keyof Table<S> & string>(key: K, ...args: StringArgs<Table<S>[K]>): string {
    return this.lookup(key, args);
  }

  /** `t` for the shared strings, typed where the widget's table is still unknown. */
  private coreText<K extends keyof CoreStrings>(key: K, ...args: StringArgs<CoreStrings[K]>): string {
    return this.lookup(key, args);
  }

  private lookup(key: string, args: unknown[]): string {
    const override = this.validOverrides()?.[this.language]?.[key];
    const entry = override ?? (this.tables[this.language] as StringTable)[key] ?? (coreStrings[this.language] as StringTable)[key];
    if (typeof entry === 'function') return (entry as (...a: unknown[]) => string)(...args);
    return interpolate(entry ?? key, args[0] as Record<string, string | number> | undefined);
  }

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

  /** Problems with the widget's own attributes, worded for the webmaster; the base checks the common ones. */
  protected attributeProblems(): string[] {
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

  private readonly adoptedStyles: CSSResult[] = [];

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

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initiative') || changed.has('collector') || changed.has('preview') || changed.has('strings')) {
      void this.load();
    }
  }

  override updated(): void {
    const states = this.internals.states as Set<string> | undefined;
    if (states && !states.has(this.state)) {
      states.clear();
      states.add(this.state);
    }
  }

  /** Loads (or reloads) the initiative; shows a config error, a load error, or the widget. */
  protected async load(): Promise<void> {
    const token = ++this.loadToken;
    this.state = 'loading';
    this.note = undefined;
    const checks = Promise.all([import('./checks.js'), this.schema(), this.loadParts()]);
    // Fetched while the checks load; a bad address is reported by the checks, not by the fetch.
    const source = this.preview !== undefined ? Promise.resolve(this.preview) : this.fetchInitiative();
    source.catch(() => undefined);
    try {
      const [{ configurationProblems, validate }, schema] = await checks;
      if (token !== this.loadToken) return;
      const { localName: tag, initiative, collector, preview, strings } = this;
      const problems = [
        ...configurationProblems({ tag, initiative, collector, preview, strings, table: { ...coreStrings.fr, ...this.tables.fr } }),
        ...this.attributeProblems(),
      ];
      if (problems.length) return this.showProblems(problems);
      const raw = await source;
      if (token !== this.loadToken) return;
      const actualType = (raw as { type?: unknown } | null)?.type;
      if (typeof actualType === 'string' && actualType !== this.type) {
        return this.showProblems([`initiative "${(raw as { id?: string }).id}" is a ${actualType}: show it with <participe-${actualType}>, not <${tag}>`]);
      }
      const result = validate(schema, raw);
      if (!result.ok) return this.showProblems(result.issues.map((issue) => `${issue.path}: ${issue.message}`));
      this.problems = [];
      this.loaded = result.value;
      // "My answers" belong to one initiative: made again for this one when needed.
      this.myData = undefined;
    } catch (error) {
      if (token !== this.loadToken) return;
      if (error instanceof CollectorError && error.status === 404) {
        return this.showProblems([`no initiative "${this.initiative}" at ${this.collector} (is it published?)`]);
      }
      this.state = 'error';
      emit(this, 'participe-error', { kind: 'load', problems: [String((error as Error).message)] });
      return;
    }
    this.state = availability(this.loaded);
    this.initiativeLoaded();
    void this.resumeQueued();
  }

  private async fetchInitiative(): Promise<unknown> {
    if (!this.initiative || !slugPattern.test(this.initiative) || !this.collector) throw new Error('nothing to fetch');
    return readJson(initiativeUrl(this.collector, this.initiative));
  }

  private showProblems(problems: string[]): void {
    this.problems = problems;
    this.state = 'error';
    const report = problems.join('\n');
    if (report !== this.reportedProblems) {
      this.reportedProblems = report;
      // A preview is being edited by staff, who see the problems in the editor: no console noise per keystroke.
      if (this.preview === undefined) console.error(`[participe] <${this.localName}> cannot start:\n- ${problems.join('\n- ')}`);
      emit(this, 'participe-error', { kind: 'config', problems });
    }
  }

  private validOverrides(): StringOverrides | undefined {
    return this.strings && typeof this.strings === 'object' && !(this.strings instanceof Error) ? (this.strings as StringOverrides) : undefined;
  }

  /** A contribution queued before a reload is still owed: show it as waiting, then as received. */
  private async resumeQueued(): Promise<void> {
    const id = this.loaded?.id;
    if (!this.collectorUrl || !id) return;
    const { collectorClient } = await this.delivery();
    const queued = collectorClient(this.collectorUrl).pending(
      (envelope) => envelope.initiative === id && this.ownsQueued(envelope),
      () => (this.state = 'offline'),
    );
    if (!queued.length) return;
    this.state = 'offline';
    Promise.all(queued).then(
      ([ack]) => this.acknowledged(ack!),
      (error: unknown) => this.refused(error),
    );
  }

  /**
   * Sends the widget's payload. The submission is kept in the outbox until acknowledged; while
   * the collector cannot be reached the widget shows the offline state and keeps trying.
   */
  protected async submit(payload: unknown): Promise<void> {
    const initiative = this.loaded;
    if (!initiative || this.busy) return;
    this.refusal = this.note = undefined;
    if (this.isPreview) {
      this.acknowledged({ id: '', receivedAt: new Date().toISOString() });
      return;
    }
    this.busy = true;
    try {
      this.acknowledged(await (this.submitter ? this.submitter(payload) : this.deliver(initiative, payload)));
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy = false;
    }
  }

  /** A preview sends nothing: no collector, and no one (the console) taking submissions instead. */
  protected get isPreview(): boolean {
    return !this.collectorUrl && !this.submitter;
  }

  private async deliver(initiative: I, payload: unknown): Promise<Acknowledgement> {
    const { collectorClient, participantId, randomId } = await this.delivery();
    const client = collectorClient(this.collectorUrl!);
    const envelope: ContributionEnvelope = {
      initiative: initiative.id,
      type: initiative.type,
      payload,
      idempotencyKey: randomId(),
      participant: participantId(browserStore(), client.baseUrl, initiative.id),
      channel: 'web',
      language: this.language,
    };
    if (globalThis.navigator?.onLine === false) this.state = 'offline';
    return client.submit(envelope, () => (this.state = 'offline'));
  }

  /** Called once a contribution is acknowledged (or accepted in a preview), before the confirmation shows. */
  protected afterSubmit(): void {}

  private acknowledged(ack: Acknowledgement): void {
    this.draft().clear();
    this.afterSubmit();
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.state = 'submitted';
    emit(this, 'participe-submit', { initiative: this.loaded?.id ?? '', id: ack.id, receivedAt: ack.receivedAt });
    // The form that had focus is gone: put focus on the confirmation rather than lose it.
    if (hadFocus) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.status')?.focus());
  }

  private refused(error: unknown): void {
    // Withdrawn from the outbox because the citizen deleted their answers: nothing to say.
    if ((error as CollectorError).code === 'withdrawn') return;
    if (!(error instanceof CollectorError) || error.code === 'network') {
      // Not sent (the delivery code could not load, or a staff entry could not reach the collector): the draft is still here.
      this.state = 'open';
      this.refusal = this.coreText('sendFailed');
      return;
    }
    const code = error.code;
    if (code === 'initiative_closed' || code === 'initiative_not_open') {
      this.state = code === 'initiative_closed' ? 'closed' : 'upcoming';
      return;
    }
    this.state = 'open';
    if (code === 'already_participated') this.refusal = this.coreText('alreadyParticipated');
    else void this.explainRefusal(error);
  }

  /**
   * What the widget knows better than core about one of the collector's issues: its own codes in
   * its words, and the name of what the issue's path points at (a question's label).
   */
  protected describeIssue(_issue: Issue): IssueDescription {
    return {};
  }

  /** The refusal with each issue worded by its code (`issue-words.ts`, loaded now: refusals are rare). */
  private async explainRefusal(error: CollectorError): Promise<void> {
    const words = await import('./issue-words.js').catch(() => undefined);
    // Not if the citizen sent again meanwhile; the collector's English if the wording cannot load.
    if (this.state !== 'open' || this.busy) return;
    this.refusal =
      words?.refusalText(this.coreText('submitRefused'), error, this.language, (issue) => this.describeIssue(issue)) ??
      this.coreText('submitRefused', { reason: error.message });
  }

  override render() {
    this.noticeShown = false;
    const shown = this.state !== 'loading' && this.state !== 'error';
    const content = shown ? this.renderContent() : nothing;
    return html`<div part="base" class="base" lang=${this.language} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      <div class="status" part="status" role="status" tabindex="-1">${this.renderStatus()}${this.note ? notice('success', this.note) : nothing}</div>
      ${content}${shown && !this.noticeShown && this.contributed ? this.renderPrivacyNotice(false) : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** This browser sent a contribution the collector acknowledged (never in a preview, which has no collector). */
  private get contributed(): boolean {
    const id = this.loaded?.id;
    return !!id && !!this.collectorUrl && readStored(browserStore(), contributedKey(collectorBase(this.collectorUrl), id)) === true;
  }

  /** The citizen's own answers in the privacy notice: that code arrives only once they have some. */
  private renderMyData() {
    if (!this.contributed) return nothing;
    this.myData ??
      void import('../privacy/my-data.js').then(({ MyData }) => {
        this.myData ??= new MyData(this);
        this.requestUpdate();
      });
    return this.myData?.render() ?? nothing;
  }

  /** The message for the current state, inside the live region so screen readers hear it change. */
  protected renderStatus(): TemplateResult | typeof nothing {
    const initiative = this.loaded;
    switch (this.state) {
      case 'loading':
        return html`<p class="loading">${this.coreText('loading')}</p>`;
      case 'error':
        return this.problems.length
          ? notice('error', this.coreText('configError'), html`<p>${this.coreText('configErrorDetails')}</p><ul class="problems">${this.problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>`)
          : notice('error', this.coreText('loadError'), button({ label: this.coreText('retry'), variant: 'secondary', onClick: () => void this.load() }));
      case 'upcoming':
        return notice('info', initiative?.opensAt ? this.coreText('upcomingOn', { date: this.formatDate(initiative.opensAt) }) : this.coreText('upcoming'));
      case 'closed':
        // The date only when it is the reason: a survey full early, or closed by staff, closes before it.
        return notice(
          'info',
          initiative?.closesAt && Date.parse(initiative.closesAt) <= Date.now()
            ? this.coreText('closedOn', { date: this.formatDate(initiative.closesAt) })
            : this.coreText('closed'),
        );
      case 'offline':
        return notice('warning', this.coreText('offline'));
      case 'submitted':
        return notice('success', this.isPreview ? this.coreText('previewSubmitted') : this.submittedMessage());
      case 'open':
        return this.refusal ? notice('error', this.refusal) : this.busy ? html`<p class="sending">${this.coreText('sending')}</p>` : nothing;
    }
  }

  /**
   * Says something to screen readers once things settle: a counter after typing pauses, rather
   * than at every key.
   */
  protected announceWhenSettled(message: string, delayMs = 1000): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = message), delayMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The initiative's privacy notice; `expanded` wherever personal information is asked. */
  protected renderPrivacyNotice(expanded: boolean): TemplateResult | typeof nothing {
    const initiative = this.loaded;
    if (!initiative) return nothing;
    this.noticeShown = true;
    const endsAt = retentionEndsAt(initiative);
    const days = initiative.retentionDays;
    return privacyNotice(
      initiative.privacyNotice,
      this.language,
      {
        title: this.coreText('privacyTitle'),
        purpose: this.coreText('privacyPurpose'),
        recipient: this.coreText('privacyRecipient'),
        retention: this.coreText('privacyRetention'),
        // Without a closing date, each contribution is kept from its own receipt.
        retentionDate: endsAt ? this.coreText('retentionUntil', { date: this.formatDate(endsAt) }) : this.coreText('retentionAfter', days, this.formatNumber(days)),
      },
      expanded,
      this.renderMyData(),
    );
  }

  /** Thanks shown once the collector acknowledged; widgets can say more. */
  protected submittedMessage(): string {
    return this.coreText('submitted');
  }
}
