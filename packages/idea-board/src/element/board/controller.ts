// The board's state and its conversations with the collector: the list (sorted, filtered,
// searched, paged), live updates, votes, reports, similar ideas, the citizen's own pending
// contributions, and the proposal form with its draft. Loaded with the board's parts.
import { browserStore, collectorBase, CollectorError, hasContributed, initiativeUrl, participantId, postJson, readJson, readMyContributions, subscribe } from '@participe/core/client';
import { ANONYMISED, availability, type ContributionEvent, type MyContribution, type ReportReason } from '@participe/core/schemas';
import { noVotes, type Idea, type IdeaBoardDefinition, type IdeaPage, type IdeaSort, type MyVotes, type SimilarIdeas, type VoteResult, type VotesEvent } from '../../schema.js';
import type { BoardHost } from './host.js';

/** What the citizen is typing: an idea's fields or a post's. */
export interface BoardForm {
  title: string;
  description: string;
  category: string;
  text: string;
  name: string;
}

interface BoardDraft extends Partial<BoardForm> {
  open?: boolean;
}

export type FormField = keyof BoardForm;

const emptyForm: BoardForm = { title: '', description: '', category: '', text: '', name: '' };
const PAGE_SIZE = 10;
const SIMILAR_DELAY_MS = 350;

/** The payload's title or text: what names a contribution in messages and labels. */
export const labelOf = (payload: unknown): string => {
  const value = payload as { title?: unknown; text?: unknown } | null;
  const label = typeof value?.title === 'string' ? value.title : typeof value?.text === 'string' ? value.text : '';
  if (label === ANONYMISED) return '';
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
};

export class BoardController {
  items: Idea[] | undefined;
  total = 0;
  nextCursor: string | null = null;
  listState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  loadingMore = false;
  sort: IdeaSort = 'top';
  category = '';
  /** The search as typed, and as applied to the list. */
  search = '';
  query = '';
  myVotes = new Map<string, number>();
  votesLeft: number | null = null;
  voteBusy = new Set<string>();
  voteErrors = new Map<string, string>();
  /** This browser's contributions not (yet) shown to all: pending, or rejected with a reason. */
  mine: MyContribution[] = [];
  form: BoardForm = emptyForm;
  formOpen = false;
  fieldErrors: Partial<Record<FormField, string>> = {};
  similar: SimilarIdeas['items'] = [];
  reporting: string | undefined;
  reportReason: ReportReason | '' = '';
  reportError: string | undefined;
  reportBusy = false;
  reported = new Set<string>();

  private unsubscribe: (() => void) | undefined;
  private similarTimer: ReturnType<typeof setTimeout> | undefined;
  private listToken = 0;
  private similarToken = 0;
  /** The initiative the live stream and lists belong to. */
  private started: string | undefined;

  constructor(private readonly host: BoardHost) {}

  get definition(): IdeaBoardDefinition | undefined {
    return this.host.loaded?.definition;
  }

  get isIdeas(): boolean {
    return this.definition?.mode !== 'discussion';
  }

  /** Taking part is possible now (the initiative is open, and this is not a preview). */
  get open(): boolean {
    const loaded = this.host.loaded;
    return !!loaded && availability(loaded) === 'open';
  }

  get canVote(): boolean {
    return this.open && this.isIdeas && this.host.collector !== undefined;
  }

  private get base(): string {
    return collectorBase(this.host.collector!);
  }

  private url(sub: string): string {
    return initiativeUrl(this.base, this.host.loaded!.id, sub);
  }

  private participant(): string {
    return participantId(browserStore(), this.base, this.host.loaded!.id);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /** The initiative is (re)loaded: start afresh, from the draft, with the list and live updates. */
  start(): void {
    const loaded = this.host.loaded;
    if (!loaded) return;
    const key = `${this.host.collector ?? ''}|${loaded.id}|${this.host.topic ?? ''}`;
    const draft = this.host.draft<BoardDraft>().load();
    this.form = { ...emptyForm, ...pick(draft) };
    this.formOpen = draft?.open === true;
    this.fieldErrors = {};
    if (key === this.started) return;
    this.stop();
    this.started = key;
    this.sort = this.isIdeas ? 'top' : 'newest';
    this.items = undefined;
    this.myVotes = new Map();
    this.mine = [];
    this.votesLeft = this.definition?.voteLimit ?? null;
    if (!this.host.collector) {
      // A preview: nothing to read, an empty board.
      this.items = [];
      this.total = 0;
      this.listState = 'ready';
      return;
    }
    void this.loadList();
    void this.loadMine();
    if (this.isIdeas) void this.loadMyVotes();
    this.live();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.started = undefined;
    clearTimeout(this.similarTimer);
  }

  // ——— the list ———

  private listQuery(cursor: string | null): string {
    const params = new URLSearchParams();
    if (this.host.topic) params.set('topic', this.host.topic);
    params.set('limit', String(PAGE_SIZE));
    if (cursor) params.set('cursor', cursor);
    if (this.isIdeas) {
      params.set('sort', this.sort);
      if (this.category) params.set('category', this.category);
      if (this.query) params.set('q', this.query);
    }
    return `${this.isIdeas ? 'ideas' : 'public-contributions'}?${params}`;
  }

  /** The first page (or the next one, `more`); on "show more", focus goes to the first new item. */
  async loadList(more = false): Promise<void> {
    if (!this.host.collector || !this.host.loaded) return;
    const token = ++this.listToken;
    if (more) this.loadingMore = true;
    else this.listState = 'loading';
    this.changed();
    try {
      const page = (await readJson(this.url(this.listQuery(more ? this.nextCursor : null)))) as IdeaPage;
      if (token !== this.listToken) return;
      const items = page.items.map((item) => ({ ...item, votes: item.votes ?? noVotes }));
      this.items = more ? [...(this.items ?? []), ...items.filter((item) => !this.items?.some((known) => known.id === item.id))] : items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.listState = 'ready';
      if (more && items[0]) {
        this.changed();
        await this.host.updateComplete;
        this.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(items[0].id)}-title`)?.focus();
      } else if (this.query) {
        this.host.announce(this.host.t('searchResults', page.total, this.host.formatNumber(page.total), this.query), 0);
      }
    } catch {
      if (token === this.listToken) this.listState = this.items && more ? 'ready' : 'error';
    } finally {
      if (token === this.listToken) this.loadingMore = false;
      this.changed();
    }
  }

  setSort(sort: IdeaSort): void {
    this.sort = sort;
    void this.loadList();
  }

  setCategory(category: string): void {
    this.category = category;
    void this.loadList();
  }

  applySearch(): void {
    this.query = this.search.trim().slice(0, 200);
    void this.loadList();
  }

  clearSearch(): void {
    this.search = '';
    this.query = '';
    void this.loadList();
  }

  private async loadMine(): Promise<void> {
    const loaded = this.host.loaded!;
    if (!hasContributed(browserStore(), this.base, loaded.id)) return;
    try {
      const { contributions } = await readMyContributions(this.base, loaded.id, this.participant());
      this.mine = contributions.filter(
        (item) => item.moderationState !== 'approved' && (item.payload as { topic?: string } | null)?.topic === this.host.topic,
      );
    } catch {
      // None kept, or unreachable: nothing to show.
      this.mine = [];
    }
    this.changed();
  }

  private async loadMyVotes(): Promise<void> {
    try {
      const mine = (await postJson(this.url('my-votes'), { participant: this.participant() })) as MyVotes;
      this.myVotes = new Map(Object.entries(mine.votes));
      this.votesLeft = mine.votesLeft;
    } catch {
      // Votes can still be cast; the collector says what is left after each.
    }
    this.changed();
  }

  /** Counts and answers change for everyone at once, without moving anyone's focus. */
  private live(): void {
    if (typeof EventSource === 'undefined') return;
    this.unsubscribe = subscribe(this.url('events'), {
      'idea-votes': (data) => {
        const { idea, votes } = data as VotesEvent;
        this.replace(idea, (item) => ({ ...item, votes }));
      },
      contribution: (data) => this.onContribution(data as ContributionEvent),
    });
  }

  private replace(id: string, update: (item: Idea) => Idea): boolean {
    const index = this.items?.findIndex((item) => item.id === id) ?? -1;
    if (index < 0 || !this.items) return false;
    this.items = this.items.map((item, at) => (at === index ? update(item) : item));
    this.changed();
    return true;
  }

  private onContribution(event: ContributionEvent): void {
    if (!this.items) return;
    if ('removed' in event) {
      const before = this.items.length;
      this.items = this.items.filter((item) => item.id !== event.id);
      if (this.items.length < before) this.total = Math.max(0, this.total - 1);
      this.changed();
      return;
    }
    const { item } = event;
    if (this.replace(item.id, (known) => ({ ...item, votes: known.votes }))) return;
    // A new one: shown at once where it belongs without a reload (newest first, no filter).
    const payload = item.payload as { topic?: string; category?: string } | null;
    if ((payload?.topic ?? undefined) !== this.host.topic) return;
    this.mine = this.mine.filter((mine) => mine.id !== item.id);
    if (this.query || (this.category && payload?.category !== this.category)) return;
    this.total += 1;
    if (this.sort === 'newest') this.items = [{ ...item, votes: noVotes }, ...this.items];
    else if (!this.nextCursor) this.items = [...this.items, { ...item, votes: noVotes }];
    this.host.announce(this.host.t('newItem', { title: labelOf(item.payload) }), 0);
    this.changed();
  }

  // ——— votes ———

  async vote(idea: Idea, value: number | null): Promise<void> {
    if (!this.canVote || this.voteBusy.has(idea.id)) return;
    // No vote left: said at once (the collector would refuse it the same way).
    if (value !== null && !this.myVotes.has(idea.id) && this.votesLeft === 0) {
      this.voteErrors.set(idea.id, this.host.t('voteLimit'));
      this.changed();
      return;
    }
    this.voteBusy.add(idea.id);
    this.voteErrors.delete(idea.id);
    this.changed();
    try {
      const result = (await postJson(this.url(`ideas/${idea.id}/vote`), { participant: this.participant(), value })) as VoteResult;
      this.replace(idea.id, (item) => ({ ...item, votes: result.votes }));
      if (result.mine === null) this.myVotes.delete(idea.id);
      else this.myVotes.set(idea.id, result.mine);
      this.votesLeft = result.votesLeft;
      const left = this.votesLeftText();
      this.host.announce(`${this.host.t(value === null ? 'voteWithdrawn' : 'voteSaved')}${left ? ` ${left}` : ''}`, 0);
    } catch (error) {
      const code: string | undefined = error instanceof CollectorError ? error.code : undefined;
      const message =
        code === 'vote_limit_reached' ? 'voteLimit' : code === 'idea_merged' ? 'voteMerged' : code === 'initiative_closed' ? 'votesClosed' : 'voteFailed';
      this.voteErrors.set(idea.id, this.host.t(message));
      if (code === 'vote_limit_reached') this.votesLeft = 0;
    } finally {
      this.voteBusy.delete(idea.id);
      this.changed();
    }
  }

  votesLeftText(): string | undefined {
    const limit = this.definition?.voteLimit;
    if (limit === undefined || this.votesLeft === null) return undefined;
    const formattedLimit = this.host.formatNumber(limit);
    return this.votesLeft > 0
      ? this.host.t('votesLeft', this.votesLeft, this.host.formatNumber(this.votesLeft), formattedLimit)
      : this.host.t('noVotesLeft', 0, '0', formattedLimit);
  }

  // ——— reports ———

  startReport(id: string | undefined): void {
    this.reporting = id;
    this.reportReason = '';
    this.reportError = undefined;
    this.changed();
  }

  async sendReport(id: string): Promise<void> {
    if (this.reportBusy) return;
    if (!this.reportReason) {
      this.reportError = this.host.t('reportChoose');
      this.changed();
      return;
    }
    this.reportBusy = true;
    this.changed();
    try {
      await postJson(this.url(`public-contributions/${id}/reports`), { participant: this.participant(), reason: this.reportReason });
      this.reported.add(id);
      this.reporting = undefined;
      this.host.announce(this.host.t('reportThanks'), 0);
    } catch {
      this.reportError = this.host.t('reportFailed');
    } finally {
      this.reportBusy = false;
      this.changed();
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(id)}-reported, #report-${CSS.escape(id)}-error`)?.focus();
  }

  // ——— proposing ———

  openForm(open: boolean): void {
    this.formOpen = open;
    if (!open) this.fieldErrors = {};
    this.saveDraft();
    this.changed();
  }

  setField(field: FormField, value: string): void {
    this.form = { ...this.form, [field]: value };
    if (this.fieldErrors[field] && this.problemOf(field) === undefined) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    this.saveDraft();
    this.changed();
    if (field === 'title') this.lookForSimilar();
  }

  private saveDraft(): void {
    this.host.draft<BoardDraft>().save({ ...this.form, open: this.formOpen });
  }

  private lookForSimilar(): void {
    clearTimeout(this.similarTimer);
    const title = this.form.title.trim();
    if (title.length < 3 || !this.host.collector || !this.isIdeas) {
      if (this.similar.length) {
        this.similar = [];
        this.changed();
      }
      return;
    }
    this.similarTimer = setTimeout(() => void this.fetchSimilar(title), SIMILAR_DELAY_MS);
  }

  private async fetchSimilar(title: string): Promise<void> {
    const token = ++this.similarToken;
    const params = new URLSearchParams({ q: title.slice(0, 200) });
    if (this.host.topic) params.set('topic', this.host.topic);
    try {
      const { items } = (await readJson(this.url(`similar-ideas?${params}`), { attempts: 1 })) as SimilarIdeas;
      if (token !== this.similarToken) return;
      const changed = items.map((item) => item.id).join() !== this.similar.map((item) => item.id).join();
      this.similar = items;
      if (changed && items.length) this.host.announce(this.host.t('similarFound', items.length, this.host.formatNumber(items.length)));
      this.changed();
    } catch {
      // Suggestions are a help, never a condition: proposing works without them.
    }
  }

  /** Shows a suggested idea in the list (fetching it when the list does not hold it) and moves focus to it. */
  async showIdea(id: string): Promise<void> {
    if (!this.items?.some((item) => item.id === id)) {
      try {
        const idea = (await readJson(this.url(`ideas/${id}`))) as Idea;
        this.items = [idea, ...(this.items ?? [])];
        this.changed();
      } catch {
        return;
      }
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(id)}-title`)?.focus();
  }

  private problemOf(field: FormField): string | undefined {
    const definition = this.definition!;
    const value = this.form[field].trim();
    const t = this.host.t;
    const over = (max: number) => (this.form[field].length > max ? t('tooLong', max, this.host.formatNumber(max)) : undefined);
    switch (field) {
      case 'title':
        return value ? over(definition.titleMaxLength) : t('titleRequired');
      case 'description':
        return value ? over(definition.descriptionMaxLength) : t('descriptionRequired');
      case 'category':
        return definition.categories.length && !definition.categories.some((category) => category.id === this.form.category) ? t('categoryRequired') : undefined;
      case 'text':
        return value ? over(definition.textMaxLength) : t('textRequired');
      case 'name':
        return over(60);
    }
  }

  /** The fields this mode asks for, in order. */
  get fields(): FormField[] {
    return this.isIdeas ? ['title', 'description', 'category'] : ['text', 'name'];
  }

  async send(): Promise<void> {
    const errors = Object.fromEntries(this.fields.map((field) => [field, this.problemOf(field)]).filter(([, problem]) => problem));
    this.fieldErrors = errors;
    this.changed();
    const first = this.fields.find((field) => errors[field]);
    if (first) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#field-${first}`)?.focus();
      return;
    }
    const definition = this.definition!;
    const { title, description, category, text, name } = this.form;
    const topic = this.host.topic ? { topic: this.host.topic } : {};
    const payload = this.isIdeas
      ? { title: title.trim(), description: description.trim(), ...(definition.categories.length && { category }), ...topic }
      : { text: text.trim(), ...(name.trim() && { name: name.trim() }), ...topic };
    await this.host.submit(payload);
  }

  /** The collector acknowledged it: the form starts afresh, and the citizen sees their contribution. */
  submitted(): void {
    this.form = emptyForm;
    this.formOpen = false;
    this.similar = [];
    this.fieldErrors = {};
    if (this.host.collector) void this.loadMine();
  }

  /** The citizen deleted their contributions: their votes went with them. */
  forget(): void {
    this.myVotes = new Map();
    this.mine = [];
    this.votesLeft = this.definition?.voteLimit ?? null;
    this.reported = new Set();
    void this.loadList();
  }
}

function pick(draft: BoardDraft | undefined): Partial<BoardForm> {
  if (!draft || typeof draft !== 'object') return {};
  return Object.fromEntries(Object.entries(draft).filter(([key, value]) => key in emptyForm && typeof value === 'string'));
}
