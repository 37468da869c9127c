import { nothing } from 'lit';
import { ParticipeElement, type StringTables } from '@participe/core/element';
import type { TestimonialsInitiative } from '../schema.js';
import { elementStrings, type TestimonialsStrings } from './strings.js';
import { testimonialsStyles } from './testimonials.styles.js';
import type { WallController } from './wall/controller.js';
import type { WallHost } from './wall/host.js';

type Parts = typeof import('./wall/index.js');

/**
 * @summary A testimonial wall: citizens share an experience of a public service; the Ministry
 * publishes it once reviewed (personal details removed), replies publicly and marks what changes.
 *
 * Sharing: the privacy notice first, a warning against personal details, the story with its
 * announced counter (and a warning when it seems to hold an email or a phone, health card or
 * social insurance number), the service, an optional rating from 1 to 5, first name and region,
 * and who may read it — published, the Ministry only, or statistics only. The wall: published
 * testimonials in a responsive grid, newest first, filtered by service, "show more", the
 * organisation's reply and "change planned" / "change made" mark under each, "report", and a
 * per-service summary in words.
 *
 * @fires participe-submit - The collector acknowledged the testimonial. `detail: { initiative, id, receivedAt }`.
 * @fires participe-error - The element is misconfigured or could not load. `detail: { kind, problems }`.
 *
 * @csspart base - The widget's frame.
 * @csspart status - The live region with loading, offline, closed and thank-you messages.
 * @csspart wall - Everything below the status: sharing and the published testimonials.
 * @csspart share - The sharing section.
 * @csspart warning - The warning against personal details.
 * @csspart form - The sharing form.
 * @csspart summary - Counts and mean ratings per service.
 * @csspart toolbar - The service filter.
 * @csspart item - One testimonial.
 * @csspart reply - The organisation's mark and reply under a testimonial.
 * @csspart mark - "Change planned" or "Change made", in words.
 * @csspart report - The report form.
 * @csspart button - Every button (also `button-primary`, `button-secondary`).
 * @csspart field - A labelled field.
 * @csspart group - A group of choices (rating, visibility).
 * @csspart choice - One choice.
 * @csspart counter - The remaining-characters counter.
 * @csspart notice - Message boxes (also `notice-info`, `notice-success`, `notice-warning`, `notice-error`).
 * @csspart privacy - The privacy notice.
 * @csspart my-data - In the privacy notice, once this browser has contributed: download or delete my contributions.
 *
 * @cssprop --participe-accent - Accent colour of buttons, links and replies (default Québec blue #095797).
 * @cssprop --participe-text - Text colour.
 * @cssprop --participe-muted - Secondary text (dates, counts).
 * @cssprop --participe-surface - Background of cards and inputs.
 * @cssprop --participe-subtle - Background of replies, the summary and the warning.
 * @cssprop --participe-border - Borders of cards and inputs.
 * @cssprop --participe-radius - Corner radius of buttons, cards and inputs.
 * @cssprop --participe-focus - Focus ring colour.
 */
export class ParticipeTestimonials extends ParticipeElement<TestimonialsInitiative, TestimonialsStrings> {
  static override styles = [ParticipeElement.styles, testimonialsStyles];

  protected readonly type = 'testimonials';
  // Loaded while the initiative is fetched: the schema library stays out of the first chunk.
  protected readonly schema = () => import('../schema.js').then((module) => module.TestimonialsInitiative);
  private parts: Parts | undefined;
  private wall: WallController | undefined;

  /** The element's few strings at first; the wall's join them when its parts arrive. */
  protected get tables(): StringTables<TestimonialsStrings> {
    const wall = this.parts?.wallStrings;
    return (wall ? { fr: { ...elementStrings.fr, ...wall.fr }, en: { ...elementStrings.en, ...wall.en } } : elementStrings) as StringTables<TestimonialsStrings>;
  }

  /** What the wall's parts may use of this element (its protected services included). */
  private readonly wallHost: WallHost = (() => {
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
      formatNumber: (value, options) => element.formatNumber(value, options),
      formatDate: (value, options) => element.formatDate(value, options),
      submit: (payload) => element.submit(payload),
      draft: () => element.draft(),
      announce: (message, delayMs) => element.announceWhenSettled(message, delayMs),
      renderPrivacyNotice: (expanded) => element.renderPrivacyNotice(expanded),
      reopen: () => {
        if (element.state === 'submitted') element.state = 'open';
      },
      requestUpdate: () => element.requestUpdate(),
    };
  })();

  protected override async loadParts(): Promise<void> {
    this.parts ??= await import('./wall/index.js');
    this.adoptStyles(this.parts.fieldStyles, this.parts.wallStyles);
    this.wall ??= new this.parts.WallController(this.wallHost);
  }

  protected override initiativeLoaded(): void {
    this.wall?.start();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded && this.state !== 'error') this.wall?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.wall?.stop();
  }

  /** Which thanks to say: published after review, or kept by the Ministry. */
  private lastVisibility: string | undefined;

  protected override async submit(payload: unknown): Promise<void> {
    this.lastVisibility = (payload as { visibility?: string } | null)?.visibility;
    await super.submit(payload);
  }

  protected override afterSubmit(): void {
    this.wall?.submitted();
  }

  /** The citizen deleted their testimonials: what they reported may be reported again. */
  protected override forgetParticipation(): void {
    this.wall?.forget();
  }

  protected override submittedMessage(): string {
    return this.t(this.lastVisibility === 'public' || this.lastVisibility === undefined ? 'thanksPending' : 'thanksPrivate');
  }

  protected override renderContent() {
    if (!this.wall || !this.parts || !this.loaded) return nothing;
    return this.parts.renderWall(this.wall, this.wallHost);
  }
}
