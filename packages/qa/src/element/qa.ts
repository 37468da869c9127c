import { nothing } from 'lit';
import { ParticipeElement, type StringTables } from '@participe/core/element';
import type { QaInitiative } from '../schema.js';
import type { QaController } from './live/controller.js';
import type { QaHost } from './live/host.js';
import { qaStyles } from './qa.styles.js';
import { elementStrings, type QaStrings } from './strings.js';

type Parts = typeof import('./live/index.js');

/**
 * @summary A live Q&A for an event (a town hall, a webinar): participants ask questions, signed
 * or anonymous, and upvote those of others; moderators approve them, hosts answer and pin them,
 * and every viewer sees it live.
 *
 * Before the event: its start date and time in the page's language. During it: the question form
 * (with the number of questions left), the participant's own questions awaiting moderation (only
 * they see them), the pinned question on top, and the list sorted by most upvoted or newest, each
 * question marked "Pinned" or "Answered" in words, with its written answer. New questions arrive
 * without moving the reader's focus or the list under it (the order is refreshed on request), and
 * are announced politely, several at once, at most every few seconds. After a dropped connection
 * the element reconnects by itself and receives exactly what it missed. After the event: a
 * read-only archive, with answers added later.
 *
 * @fires participe-submit - The collector acknowledged the question. `detail: { initiative, id, receivedAt }`.
 * @fires participe-error - The element is misconfigured or could not load. `detail: { kind, problems }`.
 *
 * @csspart qa - Everything below the status: the event, asking and the list.
 * @csspart event-state - When the event starts, "Live", or that it is over.
 * @csspart connection - "Reconnecting…" while the live connection is down.
 * @csspart ask - The question section.
 * @csspart form - The question form.
 * @csspart questions-left - How many more questions this participant may ask.
 * @csspart mine - This browser's questions awaiting moderation.
 * @csspart pinned-question - The question being answered now, on top.
 * @csspart toolbar - The sort and "sort again".
 * @csspart question - One question.
 * @csspart pinned - The "Pinned" mark.
 * @csspart answered - The "Answered" mark.
 * @csspart answer - A question's written answer.
 * @csspart votes - A question's upvote button and count.
 * @csspart vote - The upvote button (also `button`).
 * @csspart field - A labelled field.
 * @csspart counter - A remaining-characters counter.
 */
export class ParticipeQa extends ParticipeElement<QaInitiative, QaStrings> {
  static override styles = [ParticipeElement.styles, qaStyles];

  protected readonly type = 'qa';
  // Loaded while the initiative is fetched: the schema library stays out of the first chunk.
  protected readonly schema = () => import('../schema.js').then((module) => module.QaInitiative);
  private parts: Parts | undefined;
  private qa: QaController | undefined;

  /** The element's few strings at first; its parts' join them when they arrive. */
  protected get tables(): StringTables<QaStrings> {
    const live = this.parts?.liveStrings;
    return (live ? { fr: { ...elementStrings.fr, ...live.fr }, en: { ...elementStrings.en, ...live.en } } : elementStrings) as StringTables<QaStrings>;
  }

  /** What the parts may use of this element (its protected services included). */
  private readonly host: QaHost = (() => {
    const element = this;
    return {
      get loaded() {
        return element.loaded;
      },
      get state() {
        return element.state;
      },
      get language() {
        return element.language;
      },
      get collector() {
        return element.collectorUrl;
      },
      get busy() {
        return element.busy;
      },
      get renderRoot() {
        return element.renderRoot;
      },
      get updateComplete() {
        return element.updateComplete;
      },
      t: (key, ...args) => element.t(key, ...args),
      localize: (text) => element.localize(text),
      formatNumber: (value) => element.formatNumber(value),
      formatDate: (value, options) => element.formatDate(value, options),
      submit: (payload) => element.submit(payload),
      draft: () => element.draft(),
      announce: (message) => element.announceWhenSettled(message, 0),
      renderPrivacyNotice: (expanded) => element.renderPrivacyNotice(expanded),
      reload: () => void element.load(),
      requestUpdate: () => element.requestUpdate(),
    };
  })();

  protected override async loadParts(): Promise<void> {
    this.parts ??= await import('./live/index.js');
    this.adoptStyles(this.parts.fieldStyles, this.parts.qaPartStyles);
    this.qa ??= new this.parts.QaController(this.host);
  }

  protected override initiativeLoaded(): void {
    this.qa?.start();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded && this.state !== 'error') this.qa?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.qa?.stop();
  }

  protected override afterSubmit(): void {
    this.qa?.submitted();
  }

  /** The participant deleted their questions: their votes and pending questions went with them. */
  protected override forgetParticipation(): void {
    this.qa?.forget();
  }

  protected override submittedMessage(): string {
    return this.t(this.loaded?.moderation === 'pre' ? 'thanksPending' : 'thanksPublished');
  }

  protected override renderContent() {
    if (!this.qa || !this.parts || !this.loaded) return nothing;
    return this.parts.renderQa(this.qa, this.host);
  }
}
