import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { browserStore, initiativeUrl, readJson, readStored, writeStored } from '@participe/core/client';
import { ParticipeElement, type StringTables } from '@participe/core/element';
import type { BudgetInitiative, BudgetResults } from '../schema.js';
import type { BudgetDraft, BudgetView, BudgetWork, KeptBudget } from './editor/view.js';
import { elementStrings, type BudgetStrings } from './strings.js';
import { budgetStyles } from './budget.styles.js';

type Parts = typeof import('./editor/index.js');

/**
 * @summary A budget simulator: citizens adjust spending and revenue lines under a balanced-budget
 * rule, see the balance and the tax change for a household live, and send their budget with a
 * comment; afterwards they keep a summary of it (print, copy) and see the published results.
 *
 * Every slider has a typed-amount box and − / + buttons (no dragging needed); a table mode shows
 * every line as a row with its amount box, for screen readers and keyboards; amounts are read out
 * as money in French or English; the balance is said in words, never by colour alone; the
 * allocation chart (chart.js, loaded only when asked for) has the same figures in a table. The
 * collector checks the same rules again and never trusts a total sent by the browser.
 *
 * @fires participe-submit - The collector acknowledged the budget. `detail: { initiative, id, receivedAt }`.
 * @fires participe-error - The element is misconfigured or could not load. `detail: { kind, problems }`.
 *
 * @csspart base - The widget's frame.
 * @csspart status - The live region with loading, offline, closed and thank-you messages.
 * @csspart form - The budget form.
 * @csspart balance - The balance panel: totals, the balance in words, the rule, the household impact.
 * @csspart line - One line with its slider, amount box and buttons.
 * @csspart table - The table mode.
 * @csspart chart - The allocation chart and its table; in results, each line's figures.
 * @csspart summary - The citizen's own budget, after sending.
 * @csspart results - Published results.
 * @csspart field - The comment field and amount boxes.
 * @csspart counter - The comment's remaining-characters counter.
 * @csspart button - Every button (also `button-primary`, `button-secondary`).
 * @csspart notice - Message boxes (also `notice-info`, `notice-success`, `notice-warning`, `notice-error`).
 * @csspart privacy - The privacy notice.
 * @csspart my-data - In the privacy notice, once this browser has contributed: download or delete my answers.
 *
 * @cssprop --participe-accent - Accent colour of buttons, sliders and charts (default Québec blue #095797).
 * @cssprop --participe-text - Text colour.
 * @cssprop --participe-surface - Background of inputs.
 * @cssprop --participe-subtle - Background of the balance panel and category headings.
 * @cssprop --participe-radius - Corner radius of buttons and inputs.
 * @cssprop --participe-focus - Focus ring colour.
 */
export class ParticipeBudget extends ParticipeElement<BudgetInitiative, BudgetStrings> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    work: { state: true },
    kept: { state: true },
    answeredBefore: { state: true },
    results: { state: true },
    chartPart: { state: true },
    copied: { state: true },
  };

  static override styles = [ParticipeElement.styles, budgetStyles];

  /** What the citizen is doing: values, comment, mode, typed amounts. */
  private declare work: BudgetWork | undefined;
  /** The budget the citizen sent, for their summary. */
  private declare kept: KeptBudget | undefined;
  private declare answeredBefore: boolean;
  private declare results: BudgetResults | 'unavailable' | undefined;
  /** The allocation chart (chart.js behind it), once the citizen asks for it. */
  private declare chartPart: typeof import('./chart.js') | undefined;
  /** Whether copying the summary worked, once tried. */
  private declare copied: 'done' | 'failed' | undefined;
  private parts: Parts | undefined;
  private resultsPart: typeof import('./results.js') | undefined;

  protected readonly type = 'budget';
  protected readonly schema = () => import('../schema.js').then((module) => module.BudgetInitiative);

  /** The element's few strings at first; the editor's join them when the editor arrives (merged once: `t` reads this at every call). */
  protected get tables(): StringTables<BudgetStrings> {
    const editor = this.parts?.editorStrings;
    if (!editor) return elementStrings as StringTables<BudgetStrings>;
    return (this.allStrings ??= { fr: { ...elementStrings.fr, ...editor.fr }, en: { ...elementStrings.en, ...editor.en } } as StringTables<BudgetStrings>);
  }

  private allStrings: StringTables<BudgetStrings> | undefined;

  constructor() {
    super();
    this.answeredBefore = false;
  }

  protected override async loadParts(): Promise<void> {
    this.parts ??= await import('./editor/index.js');
    this.adoptStyles(...this.parts.styles);
  }

  /** Where this device keeps the budget it sent (one budget per participant only), for the summary. */
  private get keptKey(): string {
    return `participe:budget-sent:${this.collector}:${this.initiative}`;
  }

  private get keepsSent(): boolean {
    return !this.isPreview && !this.submitter && !!this.loaded?.definition.onePerParticipant;
  }

  protected override initiativeLoaded(): void {
    this.work = this.parts!.startWork(this.loaded!.definition, this.draft<BudgetDraft>().load());
    this.results = undefined;
    this.kept = this.keepsSent ? this.parts!.readKept(this.loaded!.definition, readStored(browserStore(), this.keptKey)) : undefined;
    this.answeredBefore = !!this.kept;
    if (this.answeredBefore && this.state === 'open') this.state = 'submitted';
    if (this.loaded!.resultsPublished && this.state !== 'open') void this.loadResults();
  }

  protected override afterSubmit(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const work = this.work!;
    this.copied = undefined;
    this.kept = { values: work.values, comment: work.comment.trim() };
    if (this.keepsSent) writeStored(browserStore(), this.keptKey, this.kept);
    this.work = this.parts!.startWork(this.loaded!.definition, undefined);
    if (this.loaded?.resultsPublished) void this.loadResults();
  }

  /** The citizen deleted their answers: this device forgets the budget they sent, and they may start afresh. */
  protected override forgetParticipation(): void {
    browserStore().removeItem(this.keptKey);
    this.kept = undefined;
    this.answeredBefore = false;
  }

  protected override submittedMessage(): string {
    return this.t(this.answeredBefore ? 'alreadyAnswered' : 'thanks');
  }

  private change(patch: Partial<BudgetWork>): void {
    this.work = { ...this.work!, ...patch };
    // A slider being dragged changes the work at every frame: the draft is written once it rests
    // (and at once if the page goes away), not at each step.
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraft(), 250);
  }

  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private saveDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    // Once the budget is sent its draft is gone for good (the base cleared it): never written back.
    if (!this.work || this.state === 'submitted') return;
    const { values, comment, mode } = this.work;
    this.draft<BudgetDraft>().save({ values, comment, mode });
  }

  private readonly flushDraft = () => {
    if (this.saveTimer !== undefined) this.saveDraft();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    this.flushDraft();
    removeEventListener('pagehide', this.flushDraft);
    super.disconnectedCallback();
  }

  private async loadChart(): Promise<void> {
    if (this.chartPart) return;
    const part = await import('./chart.js');
    this.adoptStyles(part.chartStyles);
    this.chartPart = part;
  }

  private async loadResults(): Promise<void> {
    if (!this.collector || !this.initiative) return;
    try {
      const [view, { BudgetResults: schema }, raw] = await Promise.all([import('./results.js'), import('../schema.js'), readJson(initiativeUrl(this.collector, this.initiative, 'results'))]);
      const { validate } = await import('@participe/core/schemas/validate');
      const checked = validate(schema, raw);
      this.resultsPart = view;
      this.adoptStyles(...view.resultsStyles);
      this.results = checked.ok ? checked.value : 'unavailable';
    } catch {
      this.results = 'unavailable';
    }
  }

  /** `t` for the editor's renderers (a bound copy of the protected method). */
  private readonly translator: BudgetView['t'] = (key, ...args) => this.t(key, ...args);

  private view(): BudgetView {
    return {
      initiative: this.loaded!,
      language: this.language,
      t: this.translator,
      work: this.work!,
      busy: this.busy,
      chart: this.chartPart,
      update: (patch) => this.change(patch),
      current: () => this.work!,
      showChart: () => void this.loadChart(),
      privacyNotice: (expanded) => this.renderPrivacyNotice(expanded),
      announce: (message) => this.announceWhenSettled(message, 500),
      focusAfterRender: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      send: (payload) => {
        this.flushDraft();
        void this.submit(payload);
      },
      copied: this.copied,
      setCopied: (state) => (this.copied = state),
    };
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const parts = this.parts;
    if (!parts || !this.loaded || !this.work) return nothing;
    if (this.state === 'open') return parts.renderEditor(this.view());
    if (this.state !== 'submitted' && this.state !== 'closed') return nothing;
    const summary = this.state === 'submitted' && this.kept ? parts.renderSummary(this.view(), this.kept) : nothing;
    const results =
      this.results === undefined ? nothing : this.results === 'unavailable' || !this.resultsPart ? parts.resultsUnavailable(this.view()) : this.resultsPart.renderResults(this.view(), this.results);
    return html`${summary}${results}`;
  }
}
