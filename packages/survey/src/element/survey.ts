import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { browserStore, initiativeUrl, readJson, readStored, writeStored } from '@participe/core/client';
import { ParticipeElement, type IssueDescription, type StringTables } from '@participe/core/element';
import type { Issue } from '@participe/core/schemas';
import type { AnswerProblem } from '../rules.js';
import type { SurveyInitiative, SurveyQuestion, SurveyResults } from '../schema.js';
import { elementStrings, type SurveyStrings } from './strings.js';
import { surveyStyles } from './survey.styles.js';

import type { SurveyView } from './form/view.js';

type Parts = typeof import('./form/index.js');
type Answers = Record<string, unknown>;

interface SurveyDraft {
  answers?: Answers;
  comments?: Record<string, string>;
  page?: string;
  reviewing?: boolean;
}

/**
 * A questionnaire: pages of questions with conditions, a progress indicator, a review step, drafts
 * that survive a reload, and published results as charts with tables.
 *
 * Question types: single and multiple choice (with "Other (specify)"), short and long text, number,
 * rating, Likert scale, yes/no, ranking (buttons, not dragging), matrix (grouped radio sets), date,
 * email, Canadian postal code, consent, static text. The privacy notice comes first when the survey
 * asks for personal information.
 *
 * Attributes, events, the shared parts, custom properties and states come from `ParticipeElement`
 * (`@participe/core/element`); these are its own.
 *
 * @summary A questionnaire with conditions, review, drafts and published results.
 *
 * @csspart form - The survey form.
 * @csspart progress - The progress indicator.
 * @csspart error-summary - The list of answers to fix.
 * @csspart group - A question answered with several controls.
 * @csspart field - A question answered in one control.
 * @csspart choice - A radio button or checkbox with its label.
 * @csspart counter - The remaining-characters counter of a long text.
 * @csspart results - Published results.
 * @csspart chart - One question's chart and table.
 */
export class ParticipeSurvey extends ParticipeElement<SurveyInitiative, SurveyStrings> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    answers: { state: true },
    comments: { state: true },
    pageIndex: { state: true },
    reviewing: { state: true },
    answerProblems: { state: true },
    answeredBefore: { state: true },
    results: { state: true },
  };

  static override styles = [ParticipeElement.styles, surveyStyles];

  private declare answers: Answers;
  /** Comments on closed questions that offer a box, by question id. */
  private declare comments: Record<string, string>;
  private declare pageIndex: number;
  private declare reviewing: boolean;
  /** Problems shown after the citizen tried to go on, by question id. */
  private declare answerProblems: Record<string, AnswerProblem>;
  private declare answeredBefore: boolean;
  private declare results: SurveyResults | 'unavailable' | undefined;
  private parts: Parts | undefined;
  private resultsView: typeof import('./results.js') | undefined;

  protected readonly type = 'survey';
  protected readonly schema = () => import('../schema.js').then((module) => module.SurveyInitiative);

  /** The element's few strings at first; the form's join them when the form arrives. */
  protected get tables(): StringTables<SurveyStrings> {
    const form = this.parts?.formStrings;
    return (form ? { fr: { ...elementStrings.fr, ...form.fr }, en: { ...elementStrings.en, ...form.en } } : elementStrings) as StringTables<SurveyStrings>;
  }

  constructor() {
    super();
    this.answers = {};
    this.comments = {};
    this.pageIndex = 0;
    this.reviewing = false;
    this.answerProblems = {};
    this.answeredBefore = false;
  }

  protected override async loadParts(): Promise<void> {
    this.parts ??= await import('./form/index.js');
    this.adoptStyles(this.parts.fieldStyles, this.parts.formStyles);
  }

  private get respondedKey(): string {
    return `participe:responded:${this.collector}:${this.initiative}`;
  }

  protected override initiativeLoaded(): void {
    const draft = this.draft<SurveyDraft>().load();
    this.answers = draft?.answers && typeof draft.answers === 'object' ? draft.answers : {};
    this.comments = draft?.comments && typeof draft.comments === 'object' ? draft.comments : {};
    this.reviewing = draft?.reviewing === true;
    const pages = this.visiblePages();
    this.pageIndex = Math.max(0, pages.findIndex(({ page }) => page.id === draft?.page));
    this.answerProblems = {};
    this.results = undefined;
    this.answeredBefore = !this.isPreview && !this.submitter && this.loaded!.definition.onePerParticipant && readStored(browserStore(), this.respondedKey) === true;
    if (this.answeredBefore && this.state === 'open') this.state = 'submitted';
    if (this.loaded!.resultsPublished && this.state !== 'open') void this.loadResults();
  }

  protected override afterSubmit(): void {
    if (!this.isPreview && !this.submitter && this.loaded?.definition.onePerParticipant) writeStored(browserStore(), this.respondedKey, true);
    this.answers = {};
    this.comments = {};
    this.pageIndex = 0;
    this.reviewing = false;
    if (this.loaded?.resultsPublished) void this.loadResults();
  }

  /** The citizen deleted their answers: this device no longer says they answered (the form was reset when they sent it). */
  protected override forgetParticipation(): void {
    browserStore().removeItem(this.respondedKey);
    this.answeredBefore = false;
  }

  protected override submittedMessage(): string {
    return this.t(this.answeredBefore ? 'alreadyAnswered' : 'thanks');
  }

  private visiblePages() {
    return this.loaded && this.parts ? this.parts.visibleSurvey(this.loaded.definition, this.answers) : [];
  }

  private saveDraft(): void {
    const page = this.visiblePages()[this.pageIndex]?.page.id;
    this.draft<SurveyDraft>().save({ answers: this.answers, comments: this.comments, ...(page && { page }), reviewing: this.reviewing });
  }

  private setAnswer(question: string, value: unknown): void {
    const shownBefore = new Set(this.visiblePages()[this.pageIndex]?.questions.map((shown) => shown.id));
    const answers = { ...this.answers };
    if (value === undefined) delete answers[question];
    else answers[question] = value;
    this.answers = answers;
    // A question this answer brings on the page is said politely: it may sit below, out of sight.
    const appeared = this.visiblePages()[this.pageIndex]?.questions.filter((shown) => !shownBefore.has(shown.id) && shown.type !== 'static') ?? [];
    if (appeared.length) this.announceWhenSettled(this.t('questionShown', { question: appeared.map((shown) => shown.label[this.language]).join(this.language === 'fr' ? '\u202f; ' : '; ') }), 300);
    if (this.answerProblems[question]) {
      const { [question]: _fixed, ...others } = this.answerProblems;
      this.answerProblems = others;
    }
    this.saveDraft();
  }

  /** Problems on the given questions; shown, and focus put on their summary, when there are any. */
  private async check(questions: SurveyQuestion[]): Promise<boolean> {
    const problems: Record<string, AnswerProblem> = {};
    for (const question of questions) {
      const problem = this.parts!.checkAnswer(question, this.answers[question.id]);
      if (problem) problems[question.id] = problem;
    }
    this.answerProblems = problems;
    if (!Object.keys(problems).length) return true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    return false;
  }

  private async go(pageIndex: number, reviewing = false, focusQuestion?: string): Promise<void> {
    this.pageIndex = pageIndex;
    this.reviewing = reviewing;
    this.saveDraft();
    await this.updateComplete;
    if (focusQuestion) this.focusQuestion(focusQuestion);
    else this.renderRoot.querySelector<HTMLElement>('.page-title')?.focus();
  }

  /** Puts focus on a question's first control (from the error summary or the review). */
  private focusQuestion(question: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#q-${question} :is(input, textarea, select, button)`)?.focus();
  }

  private async next(): Promise<void> {
    const pages = this.visiblePages();
    const current = pages[this.pageIndex];
    if (!current || !(await this.check(current.questions))) return;
    if (this.pageIndex < pages.length - 1) return this.go(this.pageIndex + 1);
    if (this.loaded!.definition.review) return this.go(this.pageIndex, true);
    return this.send();
  }

  private previous(): Promise<void> {
    return this.reviewing ? this.go(this.pageIndex) : this.go(Math.max(0, this.pageIndex - 1));
  }

  /** The whole response checked once more; only the answers to questions the citizen saw are sent. */
  private async send(): Promise<void> {
    const definition = this.loaded!.definition;
    const pages = this.visiblePages();
    const problems = this.parts!.checkAnswers(definition, this.answers).filter(({ problem }) => problem.code !== 'hidden');
    if (problems.length) {
      const first = pages.findIndex(({ questions }) => questions.some((question) => question.id === problems[0]!.question));
      await this.go(Math.max(0, first));
      await this.check(pages[Math.max(0, first)]!.questions);
      return;
    }
    const answers: Answers = {};
    const comments: Record<string, string> = {};
    for (const { questions } of pages) {
      for (const question of questions) {
        if (!this.parts!.isEmpty(this.answers[question.id])) answers[question.id] = this.answers[question.id];
        const comment = this.comments[question.id]?.trim();
        if (comment && this.parts!.takesComment(question)) comments[question.id] = comment;
      }
    }
    await this.submit(Object.keys(comments).length ? { answers, comments } : { answers });
  }

  /** A refused answer named by its question and worded as the form words its own checks (same codes). */
  protected override describeIssue(issue: Issue): IssueDescription {
    return this.parts?.describeAnswerIssue(this.loaded!.definition, issue, this.language, this.translator) ?? {};
  }

  private async loadResults(): Promise<void> {
    if (!this.collector || !this.initiative) return;
    try {
      const [view, { SurveyResults: schema }, raw] = await Promise.all([
        import('./results.js'),
        import('../schema.js'),
        readJson(initiativeUrl(this.collector, this.initiative, 'results')),
      ]);
      const { validate } = await import('@participe/core/schemas/validate');
      const checked = validate(schema, raw);
      this.resultsView = view;
      this.adoptStyles(view.chartStyles);
      this.results = checked.ok ? checked.value : 'unavailable';
    } catch {
      this.results = 'unavailable';
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void (this.reviewing ? this.send() : this.next());
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.state === 'open' && this.parts && this.loaded) return this.parts.renderForm(this.view());
    if ((this.state === 'closed' || this.state === 'submitted') && this.results) return this.renderResults();
    return nothing;
  }

  private renderResults() {
    if (this.results === 'unavailable' || !this.resultsView) return html`<p class="results-note">${this.t('resultsUnavailable')}</p>`;
    return this.resultsView.renderResults(this.loaded!.definition, this.results!, this.language, this.translator);
  }

  /** `t` for the form's renderers (a bound copy of the protected method). */
  private readonly translator: SurveyView['t'] = (key, ...args) => this.t(key, ...args);

  private view(): SurveyView {
    const pages = this.visiblePages();
    return {
      initiative: this.loaded!,
      language: this.language,
      t: this.translator,
      pages,
      pageIndex: Math.min(this.pageIndex, pages.length - 1),
      reviewing: this.reviewing,
      answers: this.answers,
      comments: this.comments,
      problems: this.answerProblems,
      busy: this.busy,
      privacyNotice: (expanded) => this.renderPrivacyNotice(expanded),
      setAnswer: (question, value) => this.setAnswer(question, value),
      answer: (question) => this.answers[question],
      setComment: (question, text) => {
        this.comments = { ...this.comments, [question]: text };
        this.saveDraft();
      },
      focusAfterRender: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      submit: (event) => this.onSubmit(event),
      previous: () => void this.previous(),
      change: (index, question) => void this.go(index, false, question),
      focusQuestion: (question) => this.focusQuestion(question),
      announce: (message) => this.announceWhenSettled(message, 300),
      formatNumber: (value) => this.formatNumber(value),
      formatDateTime: (value) => this.formatDate(value, { dateStyle: 'long', timeStyle: 'short' }),
    };
  }
}
