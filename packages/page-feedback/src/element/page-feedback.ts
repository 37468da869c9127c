import { html, nothing, type PropertyDeclarations } from 'lit';
import { button } from '@participe/core/atoms';
import { ParticipeElement, type IssueDescription } from '@participe/core/element';
import type { ContributionEnvelope, Issue } from '@participe/core/schemas';
import type { PageFeedbackInitiative, PageFeedbackPayload, PageFeedbackReason } from '../schema.js';
import { strings } from './strings.js';
import { pageFeedbackStyles } from './page-feedback.styles.js';

type Answer = PageFeedbackPayload['answer'];

/** How long typing pauses before the live region speaks (the announcer's default). */
const settleMs = 1000;

interface PageFeedbackDraft {
  answer?: Answer;
  reason?: string;
  comment?: string;
}

/**
 * "Did you find what you were looking for?" — Yes / No, then (after "No") the reasons the
 * definition lists, and an optional comment. Put it at the
 * bottom of any page; one initiative can serve a whole site, each answer records the page it was
 * given on (without query string or fragment).
 *
 * Attributes, events, the shared parts, custom properties and states come from `ParticipeElement`
 * (`@participe/core/element`); these are its own.
 *
 * @summary "Did you find what you were looking for?" — Yes / No, then an optional comment.
 *
 * @csspart form - The question and comment form.
 * @csspart question - The question.
 * @csspart group - The reasons offered after "No".
 * @csspart choice - One reason.
 * @csspart field - The comment field.
 * @csspart counter - The remaining-characters counter.
 * @csspart warning - Said next to the comment when it seems to hold personal details.
 */
export class ParticipePageFeedback extends ParticipeElement<PageFeedbackInitiative, (typeof strings)['fr']> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    page: {},
    answer: { state: true },
    reason: { state: true },
    comment: { state: true },
    commentError: { state: true },
  };

  static override styles = [ParticipeElement.styles, pageFeedbackStyles];

  /** The page the answer is about. Defaults to the current page, without query string or fragment. */
  declare page: string | undefined;

  private declare answer: Answer | undefined;
  private declare reason: string | undefined;
  private declare comment: string;
  private declare commentError: string | undefined;

  protected readonly type = 'page-feedback';
  protected readonly schema = () => import('../schema.js').then((module) => module.PageFeedbackInitiative);
  protected readonly tables = strings;
  private commentPart: typeof import('./comment.js') | undefined;

  constructor() {
    super();
    this.comment = '';
  }

  protected override async loadParts(): Promise<void> {
    this.commentPart ??= await import('./comment.js');
    this.adoptStyles(this.commentPart.fieldStyles);
  }

  private get pageAddress(): string {
    const url = new URL(this.page ?? location.href, location.href);
    return `${url.origin}${url.pathname}`;
  }

  protected override attributeProblems(): string[] {
    const problems = super.attributeProblems();
    if (this.page !== undefined && !/^https?:$/.test(URL.parse(this.page, location.href)?.protocol ?? '')) {
      problems.push(`the "page" attribute "${this.page}" is not a web address`);
    }
    return problems;
  }

  /** One initiative serves many pages: drafts and queued answers are per page. */
  protected override draftKey(): string {
    return `${super.draftKey()}:${this.pageAddress}`;
  }

  protected override ownsQueued(envelope: ContributionEnvelope): boolean {
    return (envelope.payload as Partial<PageFeedbackPayload> | null)?.page === this.pageAddress;
  }

  protected override initiativeLoaded(): void {
    const saved = this.draft<PageFeedbackDraft>().load();
    this.answer = saved?.answer === 'yes' || saved?.answer === 'no' ? saved.answer : undefined;
    // A reason staff removed since the draft was saved is dropped.
    this.reason = this.reasons.some((reason) => reason.id === saved?.reason) ? saved!.reason : undefined;
    this.comment = typeof saved?.comment === 'string' ? saved.comment : '';
  }

  private get maxLength(): number {
    return this.loaded?.definition.commentMaxLength ?? 0;
  }

  private get reasons(): readonly PageFeedbackReason[] {
    return this.loaded?.definition.reasons ?? [];
  }

  /** After "No", the reasons come before the comment, when the definition lists some. */
  private get offersReasons(): boolean {
    return this.answer === 'no' && this.reasons.length > 0;
  }

  /** Something to fill in after the answer: a comment box, or reasons. Otherwise the answer is sent at once. */
  private get hasNextStep(): boolean {
    return this.maxLength > 0 || this.offersReasons;
  }

  private saveDraft(): void {
    this.draft<PageFeedbackDraft>().save({ ...(this.answer && { answer: this.answer }), ...(this.reason && { reason: this.reason }), comment: this.comment });
  }

  private async choose(answer: Answer): Promise<void> {
    this.answer = answer;
    this.saveDraft();
    if (!this.hasNextStep) return this.send();
    await this.updateComplete;
    // Focus moves to what comes next: the first reason (read with its legend), or the comment.
    const next = this.offersReasons ? 'input[name="reason"]' : '#comment';
    this.renderRoot.querySelector<HTMLElement>(next)?.focus();
  }

  private chooseReason(id: string): void {
    this.reason = id;
    this.saveDraft();
  }

  private onCommentInput(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    if (this.commentError && this.comment.length <= this.maxLength) this.commentError = undefined;
    this.saveDraft();
    this.announceWhenSettled(this.settledMessage(), settleMs);
  }

  /** The details warning last shown; and one still to be said (typing has not paused since it changed). */
  private shownWarning: string | undefined;
  private unsaidWarning: string | undefined;
  private lastInputAt = 0;

  /**
   * What to say once typing pauses: the counter, preceded by the personal-details warning when it
   * appeared or changed since the last pause (said once, not at every pause).
   */
  private settledMessage(): string {
    const now = performance.now();
    if (now - this.lastInputAt >= settleMs) this.unsaidWarning = undefined; // said at that pause
    this.lastInputAt = now;
    const warning = this.detailsWarning;
    if (warning !== this.shownWarning) this.unsaidWarning = warning;
    this.shownWarning = warning;
    return this.unsaidWarning ? `${this.unsaidWarning} ${this.counterMessage}` : this.counterMessage;
  }

  /** When the comment seems to hold personal details: what the citizen is told (polite, not blocking). */
  private get detailsWarning(): string | undefined {
    const found = this.commentPart?.detailsIn(this.comment, this.language);
    return found?.count ? this.t('detailsFound', found.count, found.words) : undefined;
  }

  private async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (!this.answer) return;
    if (this.comment.length > this.maxLength) {
      this.commentError = this.t('commentTooLong', this.maxLength, this.formatNumber(this.maxLength));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.focus();
      return;
    }
    const comment = this.maxLength > 0 ? this.comment.trim() : '';
    const reason = this.offersReasons ? this.reason : undefined;
    await this.submit({ answer: this.answer, ...(reason && { reason }), ...(comment && { comment }), page: this.pageAddress } satisfies PageFeedbackPayload);
  }

  /** A refusal names the payload's fields in the citizen's words, and words page feedback's own code. */
  protected override describeIssue(issue: Issue): IssueDescription {
    return this.commentPart?.describeIssue(issue, this.language) ?? {};
  }

  /** The citizen deleted their answers: the question starts over. */
  protected override forgetParticipation(): void {
    this.answer = undefined;
    this.reason = undefined;
    this.comment = '';
    this.commentError = undefined;
    this.shownWarning = this.unsaidWarning = undefined;
  }

  protected override submittedMessage(): string {
    return this.t('thanks');
  }

  protected override renderContent() {
    if (this.state !== 'open') return nothing;
    const question = this.localize(this.loaded?.definition.question) ?? this.t('question');
    return html`<form part="form" class="form" novalidate @submit=${this.send}>
      <fieldset class="answers">
        <legend class="question" part="question">${question}</legend>
        <div class="actions">
          ${(['yes', 'no'] as const).map((answer) =>
            button({ label: this.t(answer), variant: 'secondary', pressed: this.answer === answer, onClick: () => void this.choose(answer) }),
          )}
        </div>
      </fieldset>
      ${this.answer && this.hasNextStep ? this.renderNextStep(this.answer) : nothing}
    </form>`;
  }

  private get counterMessage(): string {
    const remaining = this.maxLength - this.comment.length;
    return remaining >= 0
      ? this.t('charactersRemaining', remaining, this.formatNumber(remaining))
      : this.t('charactersTooMany', -remaining, this.formatNumber(-remaining));
  }

  private renderNextStep(answer: Answer) {
    const part = this.commentPart!;
    return html`${this.offersReasons
        ? part.renderReasons({
            legend: this.t('reasonsLegend'),
            marker: this.t('optional'),
            errorPrefix: this.t('errorPrefix'),
            reasons: this.reasons,
            language: this.language,
            chosen: this.reason,
            onChoose: (id) => this.chooseReason(id),
          })
        : nothing}
      ${this.maxLength > 0 ? this.renderComment(answer) : nothing}
      ${this.renderPrivacyNotice(false)}
      <div class="actions">${button({ label: this.t('send'), type: 'submit', disabled: this.busy })}</div>`;
  }

  private renderComment(answer: Answer) {
    return html`${this.commentPart!.renderComment({
        label: this.t(answer === 'yes' ? 'commentLabelYes' : 'commentLabelNo'),
        marker: this.t('optional'),
        hint: this.t('commentHint'),
        error: this.commentError,
        errorPrefix: this.t('errorPrefix'),
        text: this.comment,
        maxLength: this.maxLength,
        counter: this.counterMessage,
        detailsWarning: this.detailsWarning,
        onInput: (event) => this.onCommentInput(event),
      })}`;
  }
}
