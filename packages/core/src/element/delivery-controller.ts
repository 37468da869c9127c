// Imported by the base element with the initiative; the outbox and retry loop it drives
// (`client/delivery.ts`) only when there is something to send or to resume.
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { CollectorError } from '../client/collector-error.js';
import { browserStore } from '../client/storage.js';
import type { Language } from '../schemas/common.js';
import type { Acknowledgement, ContributionEnvelope } from '../schemas/contribution.js';
import type { Issue } from '../schemas/errors.js';
import type { CoreStrings } from './core-strings.js';
import type { IssueDescription } from './issue-words.js';
import type { Translate } from './strings.js';
import type { InitiativeLike, Submitter, WidgetState } from './types.js';

/** What delivery needs from its element, read when needed. */
export interface DeliveryTarget<I extends InitiativeLike> {
  /** The checked initiative: nothing is sent before it has loaded. */
  initiative(): I | undefined;
  /** The collector's address; none in a preview. */
  collector(): string | undefined;
  /** Takes submissions instead of the collector (the console's paper entry). */
  submitter(): Submitter | undefined;
  language(): Language;
  /** Context from the host page, checked when the initiative loaded. */
  context(): Readonly<Record<string, string>>;
  /** Whether a contribution queued before a reload is this element's (one initiative may serve many pages). */
  owns(envelope: ContributionEnvelope): boolean;
  /** The shared wording, with the host page's overrides. */
  text: Translate<CoreStrings>;
  /** `offline` while the collector cannot be reached; `open`, `closed` or `upcoming` after a refusal. */
  moveTo(state: WidgetState): void;
  /** The collector acknowledged the contribution (or a preview accepted it). */
  acknowledged(ack: Acknowledgement): void;
  /** What the widget knows better than core about one of the collector's issues (its own codes, a field's name). */
  describeIssue(issue: Issue): IssueDescription;
}

/**
 * Sends contributions. Each goes into the browser's outbox first and is retried with backoff
 * until the collector acknowledges it — across reloads (`resume`), and at once when the browser
 * comes back online; meanwhile the element shows the offline state. A refusal is worded for the
 * citizen (`refusal`).
 */
export class DeliveryController<I extends InitiativeLike> implements ReactiveController {
  /** A submission is on its way. */
  busy = false;
  /** Why the collector refused the last submission, in the citizen's language. */
  refusal: string | TemplateResult | undefined;
  /** The initiative whose queued contributions were last resumed. */
  private resumed: I | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: DeliveryTarget<I>,
  ) {
    host.addController(this);
  }

  /** Each time an initiative (re)loads, what this element still owes for it is resumed. */
  hostUpdate(): void {
    const initiative = this.target.initiative();
    if (initiative && initiative !== this.resumed) {
      this.resumed = initiative;
      void this.resume();
    }
  }

  /** A preview sends nothing: no collector, and no one (the console) taking submissions instead. */
  get isPreview(): boolean {
    return !this.target.collector() && !this.target.submitter();
  }

  /** Sends a payload; resolves once it is acknowledged, refused, or waiting in the outbox for good. */
  async submit(payload: unknown): Promise<void> {
    const initiative = this.target.initiative();
    if (!initiative || this.busy) return;
    this.refusal = undefined;
    if (this.isPreview) {
      this.target.acknowledged({ id: '', receivedAt: new Date().toISOString() });
      return;
    }
    this.set(true);
    try {
      const submitter = this.target.submitter();
      this.target.acknowledged(await (submitter ? submitter(payload) : this.deliver(initiative, payload)));
    } catch (error) {
      this.refused(error);
    } finally {
      this.set(false);
    }
  }

  /** A contribution queued before a reload is still owed: shown as waiting, then as received. */
  async resume(): Promise<void> {
    const id = this.target.initiative()?.id;
    const collector = this.target.collector();
    if (!collector || !id) return;
    const { collectorClient } = await import('../client/delivery.js');
    const queued = collectorClient(collector).pending(
      (envelope) => envelope.initiative === id && this.target.owns(envelope),
      () => this.target.moveTo('offline'),
    );
    if (!queued.length) return;
    this.target.moveTo('offline');
    Promise.all(queued).then(
      ([ack]) => this.target.acknowledged(ack!),
      (error: unknown) => this.refused(error),
    );
  }

  private set(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  private async deliver(initiative: I, payload: unknown): Promise<Acknowledgement> {
    const { collectorClient, participantId, randomId } = await import('../client/delivery.js');
    const client = collectorClient(this.target.collector()!);
    const envelope: ContributionEnvelope = {
      initiative: initiative.id,
      type: initiative.type,
      payload,
      idempotencyKey: randomId(),
      participant: participantId(browserStore(), client.baseUrl, initiative.id),
      channel: 'web',
      language: this.target.language(),
    };
    const context = this.target.context();
    if (Object.keys(context).length) envelope.context = { ...context };
    if (globalThis.navigator?.onLine === false) this.target.moveTo('offline');
    return client.submit(envelope, () => this.target.moveTo('offline'));
  }

  private refused(error: unknown): void {
    // Withdrawn from the outbox because the citizen deleted their answers: nothing to say.
    if ((error as CollectorError).code === 'withdrawn') return;
    const { target } = this;
    this.host.requestUpdate();
    if (!(error instanceof CollectorError) || error.code === 'network') {
      // Not sent (the delivery code could not load, or a staff entry could not reach the collector): the draft is still here.
      this.refusal = target.text('sendFailed');
      return target.moveTo('open');
    }
    const code = error.code;
    if (code === 'initiative_closed' || code === 'initiative_not_open') return target.moveTo(code === 'initiative_closed' ? 'closed' : 'upcoming');
    target.moveTo('open');
    if (code === 'already_participated') this.refusal = target.text('alreadyParticipated');
    else if (code === 'participant_limit_reached') this.refusal = target.text('participantLimitReached');
    else void this.explain(error);
  }

  /** The refusal with each issue worded by its code (`issue-words.ts`, loaded now: refusals are rare). */
  private async explain(error: CollectorError): Promise<void> {
    const words = await import('./issue-words.js').catch(() => undefined);
    // Not if the citizen sent again meanwhile; the collector's English if the wording cannot load.
    if (this.busy) return;
    this.refusal =
      words?.refusalText(this.target.text('submitRefused'), error, this.target.language(), (issue) => this.target.describeIssue(issue)) ??
      this.target.text('submitRefused', { reason: error.message });
    this.host.requestUpdate();
  }
}
