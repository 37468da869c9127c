import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button, notice } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import type { StaffInitiative } from '@participe/core/schemas';
import { officialResponseForm, StaffViewElement, type OfficialResponseOptions } from '@participe/core/staff';
import { MergeResult, PinResult, QuestionList, type Question } from '../schema.js';
import { QUEUE_REFRESH_MS } from './moderation.js';
import { renderQuestionPayload } from './payload.js';
import { qaStaffStrings } from './strings.js';

const titleOf = (question: Question) => {
  const text = (question.payload as { question?: unknown } | null)?.question;
  const label = typeof text === 'string' ? text : question.id;
  return label.length > 90 ? `${label.slice(0, 89)}…` : label;
};

/**
 * The hosts' side of the event: every question shown, most upvoted first, with its votes; pin the
 * one being answered, answer it in writing (or mark it answered), merge a duplicate into the
 * question kept. Live: it reads the list again every few seconds, updating counts and marks in
 * place and adding new questions at the end, so nothing moves under the host.
 */
export class QaAnimator extends StaffViewElement {
  static override properties: PropertyDeclarations = {
    ...StaffViewElement.properties,
    questions: { state: true },
    listError: { state: true },
    pinning: { state: true },
  };

  private declare questions: Question[] | undefined;
  private declare listError: unknown;
  private declare pinning: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.addEventListener('participe-response-changed', () => void this.list());
  }

  private get words() {
    return translator(qaStaffStrings, this.language);
  }

  private get base(): string {
    return `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`;
  }

  protected viewName(): string {
    return this.words('animatorView');
  }

  protected override initiativeLoaded(): void {
    void this.list();
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void this.list();
    }, QUEUE_REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  /** Reads the list again: known questions keep their place (counts and marks updated), new ones join the end. */
  private async list(): Promise<void> {
    try {
      const { items } = await this.context.request('GET', `${this.base}/questions`, { query: { sort: 'top' }, schema: QuestionList });
      const fresh = new Map(items.map((item) => [item.id, item]));
      const kept = (this.questions ?? []).flatMap((item) => (fresh.has(item.id) ? [fresh.get(item.id)!] : []));
      const known = new Set(kept.map((item) => item.id));
      this.questions = [...kept, ...items.filter((item) => !known.has(item.id))];
      this.listError = undefined;
    } catch (error) {
      this.listError = error;
    }
  }

  private async pin(question: Question): Promise<void> {
    if (this.pinning) return;
    this.pinning = question.id;
    try {
      const result = await this.context.request('PUT', `${this.base}/questions/${question.id}/pin`, { body: { pinned: !question.pinned }, schema: PinResult });
      this.questions = this.questions?.map((item) => ({ ...item, pinned: item.id === result.pinned }));
      this.context.announce(this.words(result.pinned === question.id ? 'pinnedNow' : 'unpinnedNow'));
    } catch (error) {
      this.context.announce(this.context.describeError(error));
    } finally {
      this.pinning = undefined;
    }
  }

  private responseOptions(question: Question): OfficialResponseOptions {
    const t = this.words;
    return {
      statuses: [
        { id: 'answered', label: t('answered') },
        { id: 'duplicate', label: t('duplicate') },
      ],
      duplicates: {
        status: 'duplicate',
        label: t('keptQuestion'),
        candidates: (this.questions ?? []).filter((other) => other.id !== question.id).map((other) => ({ id: other.id, label: titleOf(other) })),
        save: async (into) => {
          await this.context.request('POST', `${this.base}/questions/${question.id}/merge`, { body: { into }, schema: MergeResult });
          this.context.announce(t('merged'));
          await this.list();
        },
      },
    };
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const t = this.words;
    if (this.listError && !this.questions) return notice('error', this.context.describeError(this.listError), button({ label: this.kit('retry'), variant: 'secondary', onClick: () => void this.list() }));
    if (!this.questions) return html`<p class="muted" role="status">${this.kit('loading')}</p>`;
    const count = this.questions.length;
    return html`<p>${t('animatorIntro')}</p>
      <section class="stack" aria-labelledby="questions-title">
        <h2 id="questions-title">${count ? t('questionsCount', count, this.formatNumber(count)) : t('noQuestionsYet')}</h2>
        <ol class="cards">
          ${repeat(
            this.questions,
            (question) => question.id,
            (question) => html`<li class="card">
              <h3>${titleOf(question)}</h3>
              ${renderQuestionPayload(question.payload, this.language, question.language)}
              <p>
                <strong>${t('votes', question.votes, this.formatNumber(question.votes))}</strong>
                ${question.pinned ? html` · <span class="badge">${t('pinned')}</span>` : nothing}
                ${question.response?.status === 'answered' ? html` · <span class="badge">${t('answered')}</span>` : nothing}
              </p>
              <div class="actions">
                <button class="button button--secondary" part="button button-secondary" type="button" aria-pressed=${String(question.pinned)} aria-disabled=${this.pinning ? 'true' : nothing} @click=${() => void this.pin(question)}>
                  ${t('pin')}<span class="visually-hidden"> (${titleOf(question)})</span>
                </button>
              </div>
              <details>
                <summary>${t('answer')}<span class="visually-hidden"> (${titleOf(question)})</span></summary>
                ${officialResponseForm(this.context, initiative.settings.id, question.id, question.response, this.responseOptions(question))}
              </details>
            </li>`,
          )}
        </ol>
      </section>`;
  }
}

if (!customElements.get('qa-animator')) customElements.define('qa-animator', QaAnimator);

declare global {
  interface HTMLElementTagNameMap {
    'qa-animator': QaAnimator;
  }
}
