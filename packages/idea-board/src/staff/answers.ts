import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { randomId } from '@participe/core/client';
import { translator } from '@participe/core/element';
import { Acknowledgement, TopicCounts, type Language, type StaffInitiative } from '@participe/core/schemas';
import { officialResponseForm, StaffViewElement, type OfficialResponseOptions } from '@participe/core/staff';
import { IdeaPage, ideaStatuses, MergeResult, type Idea, type IdeaBoardDefinition } from '../schema.js';
import { statusLabel } from '../words.js';
import { renderIdeaPayload } from './payload.js';
import { ideaBoardStaffStrings } from './strings.js';

const PAGE_SIZE = '20';

const titleOf = (idea: Idea) => {
  const payload = idea.payload as { title?: unknown; text?: unknown } | null;
  const label = typeof payload?.title === 'string' ? payload.title : typeof payload?.text === 'string' ? payload.text : idea.id;
  return label.length > 90 ? `${label.slice(0, 89)}…` : label;
};

/**
 * The organisation's side of the board: every published idea, most supported first, with its
 * votes and a form for its official status and answer in both languages (a duplicate is merged
 * into the idea kept, votes and all). In discussion mode: the counts per thread, posts on behalf of
 * the organisation, and answers to posts.
 */
export class IdeaBoardAnswers extends StaffViewElement {
  static override properties: PropertyDeclarations = {
    ...StaffViewElement.properties,
    ideas: { state: true },
    total: { state: true },
    nextCursor: { state: true },
    listError: { state: true },
    topics: { state: true },
    postText: { state: true },
    postTopic: { state: true },
    postLanguage: { state: true },
    postProblem: { state: true },
    posting: { state: true },
  };

  private declare ideas: Idea[] | undefined;
  private declare total: number;
  private declare nextCursor: string | null;
  private declare listError: unknown;
  private declare topics: TopicCounts['topics'] | undefined;
  private declare postText: string;
  private declare postTopic: string;
  private declare postLanguage: Language | undefined;
  private declare postProblem: string | undefined;
  private declare posting: boolean;

  constructor() {
    super();
    this.total = 0;
    this.nextCursor = null;
    this.postText = '';
    this.postTopic = '';
    this.posting = false;
    this.addEventListener('participe-response-changed', () => void this.list());
  }

  private get words() {
    return translator(ideaBoardStaffStrings, this.language);
  }

  private get definition(): IdeaBoardDefinition {
    return this.initiative!.settings.definition as IdeaBoardDefinition;
  }

  private get base(): string {
    return `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`;
  }

  protected viewName(): string {
    return this.words('answersView');
  }

  protected override initiativeLoaded(): void {
    void this.list();
    if (this.definition.mode === 'discussion') void this.loadTopics();
  }

  private async list(after?: string): Promise<void> {
    this.listError = undefined;
    try {
      const page = await this.context.request('GET', `${this.base}/ideas`, {
        query: { sort: this.definition.mode === 'ideas' ? 'top' : 'newest', limit: PAGE_SIZE, ...(after && { cursor: after }) },
        schema: IdeaPage,
      });
      this.ideas = after ? [...(this.ideas ?? []), ...page.items] : page.items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.listError = error;
    }
  }

  private async loadTopics(): Promise<void> {
    try {
      this.topics = (await this.context.request('GET', `${this.base}/topics`, { schema: TopicCounts })).topics;
    } catch (error) {
      this.listError = error;
    }
  }

  private responseOptions(idea: Idea): OfficialResponseOptions {
    const all = ideaStatuses.map((status) => ({ id: status, label: statusLabel(status, this.language) }));
    // A post is not merged: only ideas are duplicates of others.
    if (this.definition.mode !== 'ideas') return { statuses: all.filter((status) => status.id !== 'duplicate') };
    const statuses = all;
    return {
      statuses,
      duplicates: {
        status: 'duplicate',
        label: this.words('keptIdea'),
        candidates: (this.ideas ?? []).filter((other) => other.id !== idea.id && other.response?.status !== 'duplicate').map((other) => ({ id: other.id, label: titleOf(other) })),
        save: async (into, text) => {
          await this.context.request('POST', `${this.base}/ideas/${idea.id}/merge`, { body: { into, ...(text && { text }) }, schema: MergeResult });
          this.context.announce(this.words('merged'));
        },
      },
    };
  }

  private votesText(idea: Idea): string {
    const t = this.words;
    const { votes } = idea;
    if (!votes.voters) return t('votesNone');
    const model = this.definition.voteModel;
    if (model === 'support') return t('votesSupport', votes.up, this.formatNumber(votes.up));
    if (model === 'up-down') return t('votesUpDown', this.formatNumber(votes.up), this.formatNumber(votes.down));
    return t('votesStars', this.formatNumber(votes.average ?? 0), this.formatNumber(votes.voters));
  }

  private async post(event: Event): Promise<void> {
    event.preventDefault();
    if (this.posting) return;
    const text = this.postText.trim();
    if (!text) {
      this.postProblem = this.words('organisationPostEmpty');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#post-text')?.focus();
      return;
    }
    this.posting = true;
    this.postProblem = undefined;
    try {
      await this.context.request('POST', `${this.base}/contributions`, {
        body: { channel: 'organisation', language: this.postLanguage ?? this.language, payload: { text, ...(this.postTopic && { topic: this.postTopic }) }, idempotencyKey: randomId() },
        schema: Acknowledgement,
      });
      this.postText = '';
      this.context.announce(this.words('organisationPosted'));
      void this.list();
      void this.loadTopics();
    } catch (error) {
      this.postProblem = this.context.describeError(error);
    } finally {
      this.posting = false;
    }
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const t = this.words;
    const discussion = this.definition.mode === 'discussion';
    return html`<p>${t(discussion ? 'postsIntro' : 'answersIntro')}</p>
      ${discussion ? html`${this.renderTopics()} ${this.renderPostForm()}` : nothing} ${this.renderList(initiative)}`;
  }

  private renderTopics(): TemplateResult | typeof nothing {
    const t = this.words;
    if (!this.topics) return nothing;
    const labelOf = (id: string | null) => (id === null ? t('noThread') : (this.definition.topics.find((topic) => topic.id === id)?.label[this.language] ?? id));
    return html`<div class="panel">
      <h2 id="threads-title">${t('threadsTitle')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="threads-title" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('thread')}</th>
              <th scope="col">${t('threadTotal')}</th>
              <th scope="col">${t('threadVisible')}</th>
              <th scope="col">${t('threadReview')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.topics.map(
              (row) => html`<tr>
                <th scope="row">${labelOf(row.topic)}</th>
                <td>${this.formatNumber(row.total)}</td>
                <td>${this.formatNumber(row.visible)}</td>
                <td>${this.formatNumber(row.review)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private renderPostForm(): TemplateResult {
    const t = this.words;
    const kit = this.kit;
    const topics = this.definition.topics;
    return html`<section class="panel" aria-labelledby="post-title">
      <h2 id="post-title">${t('organisationPostTitle')}</h2>
      <form novalidate @submit=${this.post}>
        <p class="field__hint">${t('organisationPostHint')}</p>
        ${topics.length
          ? field({ id: 'post-topic', label: t('topic'), errorPrefix: kit('errorPrefix') }, ({ id }) =>
              html`<select class="input" id=${id} @change=${(event: Event) => (this.postTopic = (event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.postTopic}>${t('noThread')}</option>
                ${topics.map((topic) => html`<option value=${topic.id} ?selected=${this.postTopic === topic.id}>${topic.label[this.language]}</option>`)}
              </select>`,
            )
          : nothing}
        ${field({ id: 'post-language', label: t('organisationPostLanguage'), errorPrefix: kit('errorPrefix') }, ({ id }) =>
          html`<select class="input" id=${id} @change=${(event: Event) => (this.postLanguage = (event.target as HTMLSelectElement).value as Language)}>
            ${(['fr', 'en'] as const).map((language) => html`<option value=${language} lang=${language} ?selected=${(this.postLanguage ?? this.language) === language}>${language === 'fr' ? 'Français' : 'English'}</option>`)}
          </select>`,
        )}
        ${field(
          { id: 'post-text', label: t('organisationPostText'), marker: kit('required'), error: this.postProblem, errorPrefix: kit('errorPrefix') },
          ({ id, describedBy, invalid }) =>
            html`<textarea class="input" id=${id} rows="3" maxlength=${this.definition.textMaxLength} lang=${this.postLanguage ?? this.language} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.postText} @input=${(event: Event) => {
              this.postText = (event.target as HTMLTextAreaElement).value;
              this.postProblem = undefined;
            }}></textarea>`,
        )}
        <div class="actions">${button({ label: t('organisationPostSend'), type: 'submit', disabled: this.posting })}</div>
      </form>
    </section>`;
  }

  private renderList(initiative: StaffInitiative): TemplateResult {
    const t = this.words;
    if (this.listError && !this.ideas) return notice('error', this.context.describeError(this.listError), button({ label: this.kit('retry'), variant: 'secondary', onClick: () => void this.list() }));
    if (!this.ideas) return html`<p class="muted" role="status">${this.kit('loading')}</p>`;
    return html`<section class="stack" aria-labelledby="ideas-title">
      <h2 id="ideas-title">${this.ideas.length ? t('ideasCount', this.total, this.formatNumber(this.total)) : t('noIdeasYet')}</h2>
      <ol class="cards">
        ${this.ideas.map(
          (idea) => html`<li class="card">
            <h3>${titleOf(idea)}</h3>
            ${renderIdeaPayload(idea.payload, this.definition, this.language, idea.language)}
            <p><strong>${this.votesText(idea)}</strong>${idea.response ? html` · <span class="badge">${statusLabel(idea.response.status, this.language)}</span>` : nothing}</p>
            <details ?open=${false}>
              <summary>${t('answer')}<span class="visually-hidden"> (${titleOf(idea)})</span></summary>
              ${officialResponseForm(this.context, initiative.settings.id, idea.id, idea.response, this.responseOptions(idea))}
            </details>
          </li>`,
        )}
      </ol>
      ${this.nextCursor ? html`<div class="actions">${button({ label: t('showMore'), variant: 'secondary', onClick: () => void this.list(this.nextCursor!) })}</div>` : nothing}
    </section>`;
  }
}

if (!customElements.get('idea-board-answers')) customElements.define('idea-board-answers', IdeaBoardAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'idea-board-answers': IdeaBoardAnswers;
  }
}
