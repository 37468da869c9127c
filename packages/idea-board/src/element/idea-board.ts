import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emit, ParticipeElement, type StringTables } from '@participe/core/element';
import type { ContributionEnvelope } from '@participe/core/schemas';
import type { IdeaBoardInitiative } from '../schema.js';
import type { BoardController } from './board/controller.js';
import type { BoardHost } from './board/host.js';
import { ideaBoardStyles } from './idea-board.styles.js';
import { elementStrings, type IdeaBoardStrings } from './strings.js';

type Parts = typeof import('./board/index.js');

/** Topic ids, as the definition names its threads. */
const topicPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * @summary An idea board: citizens propose ideas, support or rate those of others, and read the
 * organisation's official answer on each; or, in discussion mode, a wall of short public comments.
 *
 * Ideas mode: a proposal form (title with similar ideas suggested while typing, description,
 * category), the list sorted by most supported, newest or trending, filtered by category and
 * searched, votes in the initiative's model (support, for/against, 1–5 stars) with the votes left,
 * each idea's status and answer, "report". Discussion mode: a comment and an optional display name,
 * newest first, the organisation's posts marked as such. Counts and answers update live for
 * everyone without moving focus. One initiative can hold several threads: `topic` picks one.
 *
 * @fires participe-submit - The collector acknowledged the idea or comment. `detail: { initiative, id, receivedAt }`.
 * @fires participe-error - The element is misconfigured or could not load. `detail: { kind, problems }`.
 *
 * @csspart base - The widget's frame.
 * @csspart status - The live region with loading, offline, closed and thank-you messages.
 * @csspart board - Everything below the status: proposing and the list.
 * @csspart votes-left - "You have 3 votes left out of 5."
 * @csspart propose - The proposal (or comment) section.
 * @csspart form - The proposal (or comment) form.
 * @csspart similar - Similar ideas suggested while a title is typed.
 * @csspart toolbar - Sort, category and search.
 * @csspart mine - This browser's contributions awaiting moderation.
 * @csspart item - One idea or comment.
 * @csspart answer - The organisation's status and answer on an idea.
 * @csspart status-badge - The status, in words.
 * @csspart votes - An idea's vote buttons and counts.
 * @csspart vote - One vote button (also `button`).
 * @csspart report - The report form.
 * @csspart button - Every button (also `button-primary`, `button-secondary`).
 * @csspart field - A labelled field.
 * @csspart counter - A remaining-characters counter.
 * @csspart notice - Message boxes (also `notice-info`, `notice-success`, `notice-warning`, `notice-error`).
 * @csspart privacy - The privacy notice.
 * @csspart my-data - In the privacy notice, once this browser has contributed: download or delete my contributions.
 *
 * @cssprop --participe-accent - Accent colour of buttons, links and answers (default Québec blue #095797).
 * @cssprop --participe-text - Text colour.
 * @cssprop --participe-muted - Secondary text (dates, counts).
 * @cssprop --participe-surface - Background of cards and inputs.
 * @cssprop --participe-subtle - Background of answers and suggestions.
 * @cssprop --participe-border - Borders of cards and inputs.
 * @cssprop --participe-radius - Corner radius of buttons, cards and inputs.
 * @cssprop --participe-focus - Focus ring colour.
 */
export class ParticipeIdeaBoard extends ParticipeElement<IdeaBoardInitiative, IdeaBoardStrings> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    topic: { reflect: true },
  };

  static override styles = [ParticipeElement.styles, ideaBoardStyles];

  /**
   * The thread this element shows and posts to, among the initiative's `topics` (one per question of
   * a consultation page, say). Without it: the whole board.
   */
  declare topic: string | undefined;

  protected readonly type = 'idea-board';
  protected readonly schema = () => import('../schema.js').then((module) => module.IdeaBoardInitiative);
  private parts: Parts | undefined;
  private board: BoardController | undefined;

  /** The element's few strings at first; the board's join them when its parts arrive. */
  protected get tables(): StringTables<IdeaBoardStrings> {
    const board = this.parts?.boardStrings;
    return (board ? { fr: { ...elementStrings.fr, ...board.fr }, en: { ...elementStrings.en, ...board.en } } : elementStrings) as StringTables<IdeaBoardStrings>;
  }

  /** What the board's parts may use of this element (its protected services included). */
  private readonly boardHost: BoardHost = (() => {
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
      get topic() {
        return element.topic || undefined;
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
    this.parts ??= await import('./board/index.js');
    this.adoptStyles(this.parts.fieldStyles, this.parts.boardStyles);
    this.board ??= new this.parts.BoardController(this.boardHost);
  }

  protected override attributeProblems(): string[] {
    const problems = super.attributeProblems();
    if (this.topic && !topicPattern.test(this.topic)) problems.push(`the "topic" attribute "${this.topic}" is not a topic id (lowercase letters, digits and hyphens)`);
    return problems;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another thread of the same initiative: the board starts again there.
    if (changed.has('topic') && changed.get('topic') !== undefined && !changed.has('initiative')) void this.load();
  }

  /** One initiative serves many threads: drafts and queued contributions are per thread. */
  protected override draftKey(): string {
    return `${super.draftKey()}:${this.topic ?? ''}`;
  }

  protected override ownsQueued(envelope: ContributionEnvelope): boolean {
    return ((envelope.payload as { topic?: string } | null)?.topic ?? '') === (this.topic ?? '');
  }

  /** Known only once the initiative is read: a thread it lacks. */
  protected override initiativeProblems(initiative: IdeaBoardInitiative): string[] {
    const topics = initiative.definition.topics;
    if (!this.topic || topics.some((topic) => topic.id === this.topic)) return [];
    return [`the "topic" attribute "${this.topic}" is not a thread of initiative "${initiative.id}" (${topics.length ? `its threads: ${topics.map((topic) => topic.id).join(', ')}` : 'it has none'})`];
  }

  protected override initiativeLoaded(): void {
    this.board?.start();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded && this.state !== 'error') this.board?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.board?.stop();
  }

  protected override afterSubmit(): void {
    this.board?.submitted();
  }

  /** The citizen deleted their contributions: their votes and pending ideas went with them. */
  protected override forgetParticipation(): void {
    this.board?.forget();
  }

  protected override submittedMessage(): string {
    const loaded = this.loaded;
    const pending = loaded?.moderation === 'pre';
    if (loaded?.definition.mode === 'discussion') return this.t(pending ? 'thanksPostPending' : 'thanksPostPublished');
    return this.t(pending ? 'thanksPending' : 'thanksPublished');
  }

  protected override renderContent() {
    if (!this.board || !this.parts || !this.loaded) return nothing;
    return this.parts.renderBoard(this.board, this.boardHost);
  }
}
