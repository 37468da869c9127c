import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import type { ParticipantArrivals } from '@participe/core/schemas';
import { describeError } from '../errors.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

/**
 * An initiative's controls against stuffing (moderators and admins): new participants against the
 * usual, a ceiling on online contributions per minute (roles that edit the initiative), and the
 * rejection of every online contribution received in a period, which frees a capped survey.
 */
export class ConsoleStuffing extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    arrivals: { state: true },
    ceiling: { state: true },
    ceilingInvalid: { state: true },
    from: { state: true },
    to: { state: true },
    reason: { state: true },
    periodInvalid: { state: true },
    busy: { state: true },
    done: { state: true },
    failure: { state: true },
  };

  private declare arrivals: ParticipantArrivals | undefined;
  /** The ceiling as typed: empty for none. */
  private declare ceiling: string;
  private declare ceilingInvalid: boolean;
  private declare from: string;
  private declare to: string;
  private declare reason: string;
  private declare periodInvalid: boolean;
  private declare busy: boolean;
  private declare done: ((t: ConsoleTranslate) => string) | undefined;
  private declare failure: unknown;

  constructor() {
    super();
    this.ceiling = '';
    this.ceilingInvalid = false;
    this.from = '';
    this.to = '';
    this.reason = '';
    this.periodInvalid = false;
    this.busy = false;
  }

  protected viewTitle(): string {
    return this.t('stuffingTitle');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.load();
  }

  private get initiativeId(): string {
    return this.params['id']!;
  }

  private async load(): Promise<void> {
    try {
      const [arrivals, guards] = await Promise.all([this.context.api.arrivals(this.initiativeId), this.context.api.guards(this.initiativeId)]);
      this.arrivals = arrivals;
      this.ceiling = guards.submissionsPerMinute === null ? '' : String(guards.submissionsPerMinute);
    } catch (error) {
      this.failure = error;
    }
  }

  private async run(work: () => Promise<(t: ConsoleTranslate) => string>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.done = undefined;
    try {
      this.done = await work();
      this.context.announce(this.done(this.t));
      await this.focusById('stuffing-done');
    } catch (error) {
      this.failure = error;
      this.context.announce(describeError(error, this.t));
      await this.focusById('stuffing-error');
    } finally {
      this.busy = false;
    }
  }

  private saveCeiling(event: Event): void {
    event.preventDefault();
    const text = this.ceiling.trim();
    const perMinute = text === '' ? null : Number(text);
    this.ceilingInvalid = perMinute !== null && !(Number.isInteger(perMinute) && perMinute >= 1 && perMinute <= 100_000);
    if (this.ceilingInvalid) return void this.focusById('ceiling');
    void this.run(async () => {
      const saved = await this.context.api.setGuards(this.initiativeId, { submissionsPerMinute: perMinute });
      return (t) => t('stuffingCeilingSaved', saved.submissionsPerMinute);
    });
  }

  private reject(event: Event): void {
    event.preventDefault();
    // `datetime-local` is the person's own time: read as local, sent as an instant.
    const from = Date.parse(this.from);
    const to = Date.parse(this.to);
    this.periodInvalid = !(from < to);
    if (this.periodInvalid) return void this.focusById('period-from');
    void this.run(async () => {
      const rejected = await this.context.api.rejectBetween(this.initiativeId, new Date(from).toISOString(), new Date(to).toISOString(), this.reason.trim() || undefined);
      this.arrivals = await this.context.api.arrivals(this.initiativeId).catch(() => this.arrivals);
      return (t) => t('stuffingRejected', rejected);
    });
  }

  override render() {
    const t = this.t;
    const arrivals = this.arrivals;
    return html`<div class="view">
      ${this.context.breadcrumbs(undefined, t('stuffingTitle'))}
      <h1 tabindex="-1">${t('stuffingTitle')}</h1>
      <p>${t('stuffingIntro')}</p>
      ${this.done ? html`<div id="stuffing-done" tabindex="-1">${notice('success', this.done(t))}</div>` : nothing}
      ${this.failure ? html`<div id="stuffing-error" tabindex="-1">${notice('error', describeError(this.failure, t))}</div>` : nothing}
      ${arrivals
        ? notice(
            arrivals.burst ? 'warning' : 'info',
            t('stuffingArrivals', { count: this.formatNumber(arrivals.recentParticipants), minutes: String(arrivals.windowMinutes), usual: this.formatNumber(arrivals.usualParticipants) }),
          )
        : nothing}
      ${this.can('initiatives:write') ? this.renderCeiling(t) : nothing} ${this.renderRejection(t)}
    </div>`;
  }

  private renderCeiling(t: ConsoleTranslate) {
    return html`<section class="stack" aria-labelledby="ceiling-title">
      <h2 id="ceiling-title">${t('stuffingCeilingTitle')}</h2>
      <form class="panel narrow" novalidate @submit=${this.saveCeiling}>
        ${field(
          { id: 'ceiling', label: t('stuffingCeiling'), hint: t('stuffingCeilingHint'), error: this.ceilingInvalid ? t('stuffingCeilingInvalid') : undefined, errorPrefix: t('errorPrefix') },
          ({ id, describedBy, invalid }) =>
            html`<input class="input" id=${id} inputmode="numeric" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.ceiling} @input=${(event: Event) => (this.ceiling = (event.target as HTMLInputElement).value)} />`,
        )}
        <div class="actions">${button({ label: t('stuffingCeilingSave'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </section>`;
  }

  private renderRejection(t: ConsoleTranslate) {
    const error = this.periodInvalid ? t('stuffingPeriodInvalid') : undefined;
    const when = (id: string, label: string, value: string, set: (value: string) => void, withError: boolean) =>
      field({ id, label, error: withError ? error : undefined, errorPrefix: t('errorPrefix') }, ({ id: controlId, describedBy, invalid }) =>
        html`<input class="input" id=${controlId} type="datetime-local" step="1" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${(event: Event) => set((event.target as HTMLInputElement).value)} />`,
      );
    return html`<section class="stack" aria-labelledby="reject-title">
      <h2 id="reject-title">${t('stuffingRejectTitle')}</h2>
      <p id="reject-text">${t('stuffingRejectText')}</p>
      <form class="panel narrow" novalidate aria-describedby="reject-text" @submit=${this.reject}>
        ${when('period-from', t('stuffingFrom'), this.from, (value) => (this.from = value), true)}
        ${when('period-to', t('stuffingTo'), this.to, (value) => (this.to = value), false)}
        ${field({ id: 'reject-reason', label: t('stuffingReason'), marker: t('optional'), errorPrefix: t('errorPrefix') }, ({ id }) =>
          html`<textarea class="input" id=${id} maxlength="1000" rows="2" .value=${this.reason} @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}></textarea>`,
        )}
        <div class="actions">${button({ label: t('stuffingReject'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </section>`;
  }
}

if (!customElements.get('console-stuffing')) customElements.define('console-stuffing', ConsoleStuffing);

declare global {
  interface HTMLElementTagNameMap {
    'console-stuffing': ConsoleStuffing;
  }
}
