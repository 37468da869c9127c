import { repeat } from 'lit/directives/repeat.js';
import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { atomStyles } from '../atoms/atoms.styles.js';
import { button } from '../atoms/button.js';
import { field } from '../atoms/field.js';
import { fieldStyles } from '../atoms/field.styles.js';
import { notice } from '../atoms/notice.js';
import { CollectorError } from '../client/collector-error.js';
import { tokenStyles } from '../element/base.styles.js';
import { formatDate, formatNumber } from '../element/format.js';
import { LanguageController } from '../element/language.js';
import { translator } from '../element/strings.js';
import type { Language } from '../schemas/common.js';
import { reportReasons, type ReportReason } from '../schemas/public.js';
import { ContributionPage, type StaffContribution } from '../schemas/staff.js';
import type { StaffViewContext } from './facet.js';
import { staffKitStrings } from './strings.js';
import { staffViewStyles } from './styles.js';

/** A text a moderator may correct in a contribution (a typo, a personal detail): a key of its payload. */
export interface CorrectionField {
  key: string;
  label: string;
  multiline: boolean;
  maxLength: number;
}

/** What a type tells the moderation queue about its contributions. */
export interface ModerationQueueOptions {
  /** One payload, readable (the type's `renderPayload`), its citizen text marked with `contentLanguage`. */
  renderPayload(payload: unknown, contentLanguage: Language): TemplateResult;
  /** The texts of this payload a moderator may correct; none: no "Correct" action. */
  corrections(payload: unknown): CorrectionField[];
  /** The initiative's threads (`payload.topic`), to filter the queue by; none: no filter. */
  topics: ReadonlyArray<{ id: string; label: string }>;
  /**
   * Other choices in the payload to filter the queue by (a testimonial's service and visibility):
   * one select each, labelled, its first option `all`. None: no such filter.
   */
  filters?: ReadonlyArray<{ field: string; label: string; all: string; choices: ReadonlyArray<{ id: string; label: string }> }>;
  /**
   * Looks for new contributions this often while the queue is shown (a live event); they join the
   * end of the queue, nothing moves under the moderator, and their arrival is announced. None: only on load.
   */
  refreshEveryMs?: number | undefined;
}

const reasonKeys: Record<ReportReason, 'reportSpam' | 'reportOffensive' | 'reportPersonal' | 'reportOffTopic' | 'reportOther'> = {
  spam: 'reportSpam',
  offensive: 'reportOffensive',
  'personal-data': 'reportPersonal',
  'off-topic': 'reportOffTopic',
  other: 'reportOther',
};

const PAGE_SIZE = '20';

type Acting = { id: string; kind: 'reject'; reason: string; error?: string } | { id: string; kind: 'correct'; values: Record<string, string>; errors: Record<string, string> };

/**
 * The moderation queue of one initiative, for every type whose contributions are public: what is
 * pending, and what reports hid (with the reasons). Approve; reject with a reason the author reads
 * in the widget; correct a typo (checked by the collector like a new contribution). Each decision
 * leaves the queue, is announced, and focus moves to the next one.
 * Placed with `moderationQueue(context, initiativeId, options)`.
 */
export class ModerationQueue extends LitElement {
  static override properties: PropertyDeclarations = {
    context: { attribute: false },
    initiativeId: { attribute: false },
    options: { attribute: false },
    items: { state: true },
    nextCursor: { state: true },
    listError: { state: true },
    topic: { state: true },
    filters: { state: true },
    acting: { state: true },
    busy: { state: true },
    actionError: { state: true },
  };

  static override styles: CSSResultGroup = [tokenStyles, atomStyles, fieldStyles, staffViewStyles];

  declare context: StaffViewContext;
  declare initiativeId: string;
  declare options: ModerationQueueOptions;
  private declare items: StaffContribution[] | undefined;
  private declare nextCursor: string | null;
  private declare listError: unknown;
  private declare topic: string;
  /** The value chosen in each of the type's filters, by payload field ('' for all). */
  private declare filters: Record<string, string>;
  private declare acting: Acting | undefined;
  private declare busy: boolean;
  private declare actionError: { id: string; message: string } | undefined;
  private readonly languageController = new LanguageController(this);
  private listToken = 0;

  constructor() {
    super();
    this.nextCursor = null;
    this.topic = '';
    this.filters = {};
    this.busy = false;
  }

  private get t() {
    return translator(staffKitStrings, this.languageController.value);
  }

  private get language(): Language {
    return this.languageController.value;
  }

  /** The type's filters as the staff API takes them (`service:permis,visibility:public`). */
  private get where(): string {
    return Object.entries(this.filters)
      .filter(([, value]) => value)
      .map(([field, value]) => `${field}:${value}`)
      .join(',');
  }

  private get base(): string {
    return `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('initiativeId') || changed.has('context')) && this.context && this.initiativeId) void this.load();
    if (changed.has('options')) this.schedule();
  }

  private refreshTimer: ReturnType<typeof setInterval> | undefined;

  private schedule(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const every = this.options?.refreshEveryMs;
    if (every && this.isConnected) this.refreshTimer = setInterval(() => void this.refresh(), every);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  /** New contributions join the end of the queue; those decided elsewhere (another moderator) leave it. */
  private async refresh(): Promise<void> {
    if (!this.items || this.busy || this.acting || this.nextCursor || document.visibilityState === 'hidden') return;
    const token = this.listToken;
    try {
      const page = await this.context.request('GET', `${this.base}/contributions`, {
        query: { review: 'needed', limit: PAGE_SIZE, ...(this.topic && { topic: this.topic }) },
        schema: ContributionPage,
      });
      if (token !== this.listToken || this.busy || this.acting || !this.items) return;
      const still = new Set(page.items.map((item) => item.id));
      const known = new Set(this.items.map((item) => item.id));
      const arrived = page.items.filter((item) => !known.has(item.id));
      const focused = this.renderRoot.querySelector(':focus-within')?.closest('[data-queue-item]')?.getAttribute('data-queue-item');
      // The one the moderator is on stays, even if decided elsewhere: its action then says so.
      this.items = [...this.items.filter((item) => still.has(item.id) || item.id === focused), ...arrived];
      this.nextCursor = page.nextCursor;
      if (arrived.length) this.context.announce(this.t('queueArrived', arrived.length, formatNumber(this.language, arrived.length)));
    } catch {
      // The next tick tries again; the queue shown stays usable.
    }
  }

  private async load(after?: string): Promise<void> {
    const token = ++this.listToken;
    this.listError = undefined;
    try {
      const page = await this.context.request('GET', `${this.base}/contributions`, {
        query: { review: 'needed', limit: PAGE_SIZE, ...(this.topic && { topic: this.topic }), ...(this.where && { where: this.where }), ...(after && { cursor: after }) },
        schema: ContributionPage,
      });
      if (token !== this.listToken) return;
      this.items = after ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      if (after && page.items[0]) await this.focusOn(`queue-${page.items[0].id}-title`);
    } catch (error) {
      if (token === this.listToken) this.listError = error;
    }
  }

  private async focusOn(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** The decision is made: the contribution leaves the queue, focus goes to the next one (or the heading). */
  private async done(item: StaffContribution, message: string): Promise<void> {
    const index = this.items!.indexOf(item);
    this.items = this.items!.filter((candidate) => candidate !== item);
    this.acting = undefined;
    this.context.announce(message);
    const next = this.items[index] ?? this.items[index - 1];
    await this.focusOn(next ? `queue-${next.id}-title` : 'queue-title');
  }

  private async act(item: StaffContribution, work: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.actionError = undefined;
    try {
      await this.done(item, await work());
    } catch (error) {
      this.actionError = { id: item.id, message: this.context.describeError(error) };
      await this.focusOn(`queue-${item.id}-error`);
    } finally {
      this.busy = false;
    }
  }

  private moderate(item: StaffContribution, state: 'approved' | 'rejected', reason?: string): Promise<void> {
    return this.act(item, async () => {
      await this.context.request('POST', `${this.base}/contributions/${item.id}/moderation`, { body: { state, ...(reason && { reason }) } });
      return this.t(state === 'approved' ? 'approved' : 'rejected');
    });
  }

  private async reject(item: StaffContribution): Promise<void> {
    const acting = this.acting;
    if (acting?.kind !== 'reject') return;
    const reason = acting.reason.trim();
    if (!reason || reason.length > 1000) {
      this.acting = { ...acting, error: this.t('rejectReason') };
      return this.focusOn(`queue-${item.id}-reason`);
    }
    await this.moderate(item, 'rejected', reason);
  }

  private async correct(item: StaffContribution): Promise<void> {
    const acting = this.acting;
    if (acting?.kind !== 'correct') return;
    const payload = { ...(item.payload as Record<string, unknown>) };
    for (const [key, value] of Object.entries(acting.values)) {
      if (value.trim()) payload[key] = value;
      else delete payload[key];
    }
    if (this.busy) return;
    this.busy = true;
    try {
      await this.context.request('PUT', `${this.base}/contributions/${item.id}/payload`, { body: { payload } });
      this.items = this.items!.map((candidate) => (candidate === item ? { ...item, payload, editedAt: new Date().toISOString() } : candidate));
      this.acting = undefined;
      this.context.announce(this.t('corrected'));
      await this.focusOn(`queue-${item.id}-title`);
    } catch (error) {
      const issues = error instanceof CollectorError ? error.issues : [];
      if (issues.length) {
        this.acting = { ...acting, errors: Object.fromEntries(issues.map((issue) => [issue.path.replace(/^payload\.?/, '').split(/[.[]/)[0] || '', issue.message])) };
      } else {
        this.actionError = { id: item.id, message: this.context.describeError(error) };
      }
    } finally {
      this.busy = false;
    }
  }

  private start(acting: Acting | undefined, focusId?: string): void {
    this.acting = acting;
    this.actionError = undefined;
    if (focusId) void this.focusOn(focusId);
  }

  override render() {
    const t = this.t;
    if (this.listError && !this.items) return notice('error', this.context.describeError(this.listError), button({ label: t('retry'), variant: 'secondary', onClick: () => void this.load() }));
    if (!this.items) return html`<p class="muted" role="status">${t('loading')}</p>`;
    const count = this.items.length;
    const topics = this.options.topics;
    return html`<section class="stack" aria-labelledby="queue-title">
      <h2 id="queue-title" tabindex="-1">${count ? t('queueCount', count, formatNumber(this.language, count)) : t('queueEmpty')}</h2>
      ${topics.length
        ? field({ id: 'queue-topic', label: t('queueTopic'), errorPrefix: t('errorPrefix') }, ({ id }) =>
            html`<select class="input" id=${id} @change=${(event: Event) => {
              this.topic = (event.target as HTMLSelectElement).value;
              void this.load();
            }}>
              <option value="" ?selected=${!this.topic}>${t('queueAllTopics')}</option>
              ${topics.map((topic) => html`<option value=${topic.id} ?selected=${this.topic === topic.id}>${topic.label}</option>`)}
            </select>`,
          )
        : nothing}
      ${(this.options.filters ?? []).map(({ field: name, label, all, choices }) =>
        field({ id: `queue-filter-${name}`, label, errorPrefix: t('errorPrefix') }, ({ id }) =>
          html`<select class="input" id=${id} @change=${(event: Event) => {
            this.filters = { ...this.filters, [name]: (event.target as HTMLSelectElement).value };
            void this.load();
          }}>
            <option value="" ?selected=${!this.filters[name]}>${all}</option>
            ${choices.map((choice) => html`<option value=${choice.id} ?selected=${this.filters[name] === choice.id}>${choice.label}</option>`)}
          </select>`,
        ),
      )}
      ${count ? html`<ol class="cards">${repeat(this.items, (item) => item.id, (item) => html`<li class="card" data-queue-item=${item.id}>${this.renderItem(item)}</li>`)}</ol>` : nothing}
      ${this.nextCursor ? html`<div class="actions">${button({ label: t('moreInQueue'), variant: 'secondary', onClick: () => void this.load(this.nextCursor!) })}</div>` : nothing}
    </section>`;
  }

  private renderItem(item: StaffContribution): TemplateResult {
    const t = this.t;
    const date = (value: string) => formatDate(this.language, value, { dateStyle: 'medium', timeStyle: 'short' });
    const reports = Object.entries(item.reports ?? {}) as Array<[ReportReason, number]>;
    const acting = this.acting?.id === item.id ? this.acting : undefined;
    const error = this.actionError?.id === item.id ? this.actionError.message : undefined;
    const corrections = this.options.corrections(item.payload);
    return html`<h3 id="queue-${item.id}-title" tabindex="-1">${t('queueReceived', { date: date(item.receivedAt) })}</h3>
      <p>
        <span class="badge">${item.hiddenAt ? t('queueHidden', { date: date(item.hiddenAt) }) : t('queuePending')}</span>
        ${item.editedAt ? html` <span class="muted">${t('queueEdited')}</span>` : nothing}
      </p>
      ${reports.length
        ? html`<p>${t('queueReports')} ${reports
            .sort(([a], [b]) => reportReasons.indexOf(a) - reportReasons.indexOf(b))
            .map(([reason, n], index) => html`${index ? ', ' : ''}${t(reasonKeys[reason])} (${formatNumber(this.language, n)})`)}</p>`
        : nothing}
      ${this.options.renderPayload(item.payload, item.language)}
      ${error ? html`<div id="queue-${item.id}-error" tabindex="-1">${notice('error', error)}</div>` : nothing}
      ${acting?.kind === 'reject' ? this.renderReject(item, acting) : acting?.kind === 'correct' ? this.renderCorrect(item, acting, corrections) : this.renderActions(item, corrections)}`;
  }

  private renderActions(item: StaffContribution, corrections: CorrectionField[]): TemplateResult {
    const t = this.t;
    return html`<div class="actions">
      ${button({ label: t('approve'), disabled: this.busy, onClick: () => void this.moderate(item, 'approved') })}
      ${button({ label: t('reject'), variant: 'secondary', onClick: () => this.start({ id: item.id, kind: 'reject', reason: '' }, `queue-${item.id}-reason`) })}
      ${corrections.length
        ? button({
            label: t('correct'),
            variant: 'secondary',
            onClick: () =>
              this.start(
                { id: item.id, kind: 'correct', values: Object.fromEntries(corrections.map((c) => [c.key, String((item.payload as Record<string, unknown>)[c.key] ?? '')])), errors: {} },
                `queue-${item.id}-fix-${corrections[0]!.key}`,
              ),
          })
        : nothing}
    </div>`;
  }

  private renderReject(item: StaffContribution, acting: Extract<Acting, { kind: 'reject' }>): TemplateResult {
    const t = this.t;
    const cancel = () => this.start(undefined, `queue-${item.id}-title`);
    return html`<form class="stack" novalidate @submit=${(event: Event) => (event.preventDefault(), void this.reject(item))}>
      ${field(
        { id: `queue-${item.id}-reason`, label: t('rejectReason'), marker: t('required'), hint: t('rejectReasonHint'), error: acting.error, errorPrefix: t('errorPrefix') },
        ({ id, describedBy, invalid }) =>
          html`<textarea class="input" id=${id} rows="3" maxlength="1000" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${acting.reason} @input=${(event: Event) => {
            this.acting = { ...acting, reason: (event.target as HTMLTextAreaElement).value, error: undefined };
          }}></textarea>`,
      )}
      <div class="actions">${button({ label: t('rejectConfirm'), type: 'submit', disabled: this.busy })} ${button({ label: t('cancel'), variant: 'secondary', onClick: cancel })}</div>
    </form>`;
  }

  private renderCorrect(item: StaffContribution, acting: Extract<Acting, { kind: 'correct' }>, corrections: CorrectionField[]): TemplateResult {
    const t = this.t;
    const cancel = () => this.start(undefined, `queue-${item.id}-title`);
    return html`<form class="stack" novalidate @submit=${(event: Event) => (event.preventDefault(), void this.correct(item))}>
      ${corrections.map((correction) =>
        field(
          { id: `queue-${item.id}-fix-${correction.key}`, label: correction.label, error: acting.errors[correction.key], errorPrefix: t('errorPrefix') },
          ({ id, describedBy, invalid }) => {
            const onInput = (event: Event) => {
              // The values as they stand now: two fields edited before a render (autofill) both count.
              const current = this.acting?.kind === 'correct' && this.acting.id === item.id ? this.acting : acting;
              this.acting = { ...current, values: { ...current.values, [correction.key]: (event.target as HTMLInputElement).value } };
            };
            return correction.multiline
              ? html`<textarea class="input" id=${id} rows="4" maxlength=${correction.maxLength} lang=${item.language} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${acting.values[correction.key] ?? ''} @input=${onInput}></textarea>`
              : html`<input class="input" id=${id} maxlength=${correction.maxLength} lang=${item.language} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${acting.values[correction.key] ?? ''} @input=${onInput} />`;
          },
        ),
      )}
      <div class="actions">${button({ label: t('saveCorrection'), type: 'submit', disabled: this.busy })} ${button({ label: t('cancel'), variant: 'secondary', onClick: cancel })}</div>
    </form>`;
  }
}

/**
 * The queue, ready to place in a type's view. Registers `<participe-moderation-queue>` on first use
 * (guarded: the console may load two types' views).
 */
export function moderationQueue(context: StaffViewContext, initiativeId: string, options: ModerationQueueOptions): TemplateResult {
  if (!customElements.get('participe-moderation-queue')) customElements.define('participe-moderation-queue', ModerationQueue);
  return html`<participe-moderation-queue .context=${context} .initiativeId=${initiativeId} .options=${options}></participe-moderation-queue>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-moderation-queue': ModerationQueue;
  }
}
