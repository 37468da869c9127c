// The Q&A's state and its conversations with the collector: the list (with votes and the pin),
// live updates resumed exactly where the list was read, upvotes, the participant's questions
// awaiting moderation, and the question form with its draft. Loaded with the Q&A's parts.
import { browserStore, collectorBase, CollectorError, hasContributed, initiativeUrl, participantId, postJson, readJson, readMyContributions, subscribe, type LiveStatus } from '@participe/core/client';
import { ANONYMISED, type ContributionEvent, type MyContribution } from '@participe/core/schemas';
import { eventState, type EventState, type MyVotes, type PinEvent, type Question, type QuestionList, type QuestionSort, type VoteResult, type VotesEvent } from '../../schema.js';
import type { QaHost } from './host.js';

/** Arrivals are announced together, at most this often, so a busy event does not talk over the reader. */
export const ANNOUNCE_EVERY_MS = 8000;

export interface QaForm {
  question: string;
  name: string;
}

const emptyForm: QaForm = { question: '', name: '' };

/** A question's words, shortened for labels and announcements; nothing once retention removed them. */
export const labelOf = (payload: unknown): string => {
  const question = (payload as { question?: unknown } | null)?.question;
  if (typeof question !== 'string' || question === ANONYMISED) return '';
  return question.length > 80 ? `${question.slice(0, 79)}…` : question;
};

const byTop = (a: Question, b: Question) => b.votes - a.votes || a.receivedAt.localeCompare(b.receivedAt);
const byNewest = (a: Question, b: Question) => b.receivedAt.localeCompare(a.receivedAt);

export class QaController {
  items: Question[] | undefined;
  listState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  sort: QuestionSort = 'top';
  /** Votes changed since the list was sorted: the order is kept (nothing moves under the reader) until asked. */
  orderStale = false;
  myVotes = new Set<string>();
  voteBusy = new Set<string>();
  voteErrors = new Map<string, string>();
  /** This browser's questions not shown to all: awaiting moderation, or not published. */
  mine: MyContribution[] = [];
  /** How many questions this browser asked (the event takes a limited number from each participant). */
  asked = 0;
  form: QaForm = emptyForm;
  fieldErrors: Partial<Record<keyof QaForm, string>> = {};
  connection: LiveStatus | undefined;

  private unsubscribe: (() => void) | undefined;
  private started: string | undefined;
  /** Reads the initiative again when the event starts or ends (nobody has to reload the page). */
  private boundaryTimer: ReturnType<typeof setTimeout> | undefined;
  private listToken = 0;
  /** Arrivals and pins not yet announced, and when the last announcement was made. */
  private arrivals = 0;
  private pinnedToSay: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = 0;

  constructor(private readonly host: QaHost) {}

  get eventState(): EventState {
    return this.host.loaded ? eventState(this.host.loaded) : 'upcoming';
  }

  get live(): boolean {
    return this.eventState === 'live';
  }

  get canVote(): boolean {
    return this.live && this.host.collector !== undefined;
  }

  /** The question pinned now, if the list holds it. */
  get pinned(): Question | undefined {
    return this.items?.find((item) => item.pinned);
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

  /** The initiative is (re)loaded: the form from its draft; the list and live updates once per event. */
  start(): void {
    const loaded = this.host.loaded;
    if (!loaded) return;
    this.form = { ...emptyForm, ...pick(this.host.draft<Partial<QaForm>>().load()) };
    this.fieldErrors = {};
    this.watchBoundary();
    const key = `${this.host.collector ?? ''}|${loaded.id}`;
    if (key === this.started) return;
    this.stop();
    this.started = key;
    this.items = undefined;
    this.myVotes = new Set();
    this.mine = [];
    this.asked = 0;
    if (!this.host.collector) {
      // A preview: nothing to read, no questions yet.
      this.items = [];
      this.listState = 'ready';
      return;
    }
    void this.loadList(true);
    void this.loadMine();
    void this.loadMyVotes();
  }

  private watchBoundary(): void {
    clearTimeout(this.boundaryTimer);
    const loaded = this.host.loaded!;
    const next = [loaded.opensAt, loaded.closesAt].map((at) => (at ? Date.parse(at) - Date.now() : NaN)).find((wait) => wait > 0);
    // Timers beyond ~24 days overflow: a page open that long is reloaded by then anyway.
    if (next !== undefined && next < 2 ** 31 - 1 && this.host.collector) this.boundaryTimer = setTimeout(() => this.host.reload(), next + 500);
  }

  stop(): void {
    clearTimeout(this.boundaryTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.started = undefined;
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  // ——— the list ———

  /** Reads every question; `subscribeAfter`: then follows live updates from the event the list was read at. */
  async loadList(subscribeAfter = false): Promise<void> {
    if (!this.host.collector || !this.host.loaded) return;
    const token = ++this.listToken;
    this.listState = this.items ? 'ready' : 'loading';
    this.changed();
    try {
      const list = (await readJson(this.url(`questions?sort=${this.sort}`))) as QuestionList;
      if (token !== this.listToken) return;
      this.items = list.items;
      this.orderStale = false;
      this.listState = 'ready';
      if (subscribeAfter) this.follow(list.lastEventId);
    } catch {
      if (token === this.listToken) this.listState = this.items ? 'ready' : 'error';
    } finally {
      this.changed();
    }
  }

  /** Another order, or the same one again after votes changed: sorted here, focus stays on the control. */
  setSort(sort: QuestionSort): void {
    this.sort = sort;
    this.resort();
  }

  resort(): void {
    if (this.items) this.items = [...this.items].sort(this.sort === 'top' ? byTop : byNewest);
    this.orderStale = false;
    this.changed();
  }

  private async loadMine(): Promise<void> {
    const loaded = this.host.loaded!;
    if (!hasContributed(browserStore(), this.base, loaded.id)) return;
    try {
      const { contributions } = await readMyContributions(this.base, loaded.id, this.participant());
      this.mine = contributions.filter((item) => item.moderationState !== 'approved');
      this.asked = contributions.length;
    } catch {
      // None kept, or unreachable: nothing to show.
      this.mine = [];
    }
    this.changed();
  }

  /** Questions this participant may still ask. */
  get questionsLeft(): number {
    return Math.max(0, (this.host.loaded?.definition.questionsPerParticipant ?? 0) - this.asked);
  }

  private async loadMyVotes(): Promise<void> {
    try {
      const mine = (await postJson(this.url('questions/my-votes'), { participant: this.participant() })) as MyVotes;
      this.myVotes = new Set(mine.questions);
    } catch {
      // Upvoting still works; the collector answers each vote with the count.
    }
    this.changed();
  }

  // ——— live ———

  /**
   * Live updates from the event the list was read at: the browser resumes by itself after a drop
   * (Last-Event-ID), and the collector sends exactly what was missed, in order. New questions are
   * added where they do not move anything the reader may be on: first in "newest", last in "most
   * upvoted"; vote changes update counts in place.
   */
  private follow(lastEventId: string): void {
    if (typeof EventSource === 'undefined') return;
    this.unsubscribe?.();
    this.unsubscribe = subscribe(
      this.url('events'),
      {
        contribution: (data) => this.onContribution(data as ContributionEvent),
        'qa-votes': (data) => {
          const { question, votes } = data as VotesEvent;
          if (this.update(question, (item) => ({ ...item, votes })) && this.sort === 'top') this.orderStale = true;
        },
        'qa-pin': (data) => this.onPin(data as PinEvent),
        initiative: () => this.host.reload(),
      },
      {
        lastEventId,
        onStatus: (status) => {
          this.connection = status;
          this.changed();
        },
      },
    );
  }

  private update(id: string, change: (item: Question) => Question): boolean {
    const index = this.items?.findIndex((item) => item.id === id) ?? -1;
    if (index < 0 || !this.items) return false;
    this.items = this.items.map((item, at) => (at === index ? change(item) : item));
    this.changed();
    return true;
  }

  private remove(id: string): void {
    if (!this.items) return;
    this.items = this.items.filter((item) => item.id !== id);
    this.changed();
  }

  private onContribution(event: ContributionEvent): void {
    if (!this.items) return;
    if ('removed' in event) return this.remove(event.id);
    const { item } = event;
    // Merged into another: its votes went there, it leaves the list.
    if (item.response?.status === 'duplicate') return this.remove(item.id);
    if (this.update(item.id, (known) => ({ ...item, votes: known.votes, pinned: known.pinned }))) return;
    this.mine = this.mine.filter((mine) => mine.id !== item.id);
    const question: Question = { ...item, votes: 0, pinned: false };
    this.items = this.sort === 'newest' ? [question, ...this.items] : [...this.items, question];
    this.arrivals += 1;
    this.scheduleAnnouncement();
    this.changed();
  }

  private onPin({ pinned }: PinEvent): void {
    if (!this.items) return;
    this.items = this.items.map((item) => (item.pinned === (item.id === pinned) ? item : { ...item, pinned: item.id === pinned }));
    const title = pinned ? labelOf(this.items.find((item) => item.id === pinned)?.payload) : '';
    this.pinnedToSay = title || undefined;
    if (title) this.scheduleAnnouncement();
    this.changed();
  }

  /** Politely, and not too often: what arrived since the last announcement, in one sentence or two. */
  private scheduleAnnouncement(): void {
    if (this.announceTimer) return;
    const wait = Math.max(0, this.lastAnnounced + ANNOUNCE_EVERY_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.lastAnnounced = Date.now();
      const t = this.host.t;
      const parts = [
        this.arrivals ? t('newQuestions', this.arrivals, this.host.formatNumber(this.arrivals)) : '',
        this.pinnedToSay ? t('nowPinned', { title: this.pinnedToSay }) : '',
      ].filter(Boolean);
      this.arrivals = 0;
      this.pinnedToSay = undefined;
      if (parts.length) this.host.announce(parts.join(' '));
    }, wait);
  }

  // ——— votes ———

  async vote(question: Question): Promise<void> {
    if (!this.canVote || this.voteBusy.has(question.id)) return;
    const wanted = !this.myVotes.has(question.id);
    this.voteBusy.add(question.id);
    this.voteErrors.delete(question.id);
    this.changed();
    try {
      const result = (await postJson(this.url(`questions/${question.id}/vote`), { participant: this.participant(), vote: wanted })) as VoteResult;
      this.update(question.id, (item) => ({ ...item, votes: result.votes }));
      if (result.voted) this.myVotes.add(question.id);
      else this.myVotes.delete(question.id);
      if (this.sort === 'top') this.orderStale = true;
      this.host.announce(this.host.t(result.voted ? 'voteSaved' : 'voteWithdrawn'));
    } catch (error) {
      const code = error instanceof CollectorError ? error.code : undefined;
      this.voteErrors.set(question.id, this.host.t(code === 'initiative_closed' ? 'votesClosed' : 'voteFailed'));
    } finally {
      this.voteBusy.delete(question.id);
      this.changed();
    }
  }

  // ——— asking ———

  setField(field: keyof QaForm, value: string): void {
    this.form = { ...this.form, [field]: value };
    if (this.fieldErrors[field] && !this.problemOf(field)) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    this.host.draft<QaForm>().save(this.form);
    this.changed();
  }

  private problemOf(field: keyof QaForm): string | undefined {
    const definition = this.host.loaded!.definition;
    const max = field === 'question' ? definition.questionMaxLength : 60;
    const t = this.host.t;
    if (field === 'question' && !this.form.question.trim()) return t('questionRequired');
    return this.form[field].length > max ? t('tooLong', max, this.host.formatNumber(max)) : undefined;
  }

  get fields(): (keyof QaForm)[] {
    return this.host.loaded?.definition.names ? ['question', 'name'] : ['question'];
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
    const name = this.form.name.trim();
    await this.host.submit({ question: this.form.question.trim(), ...(this.fields.includes('name') && name && { name }) });
  }

  /** The collector acknowledged it: the form starts afresh, and the participant sees their question. */
  submitted(): void {
    this.form = emptyForm;
    this.fieldErrors = {};
    if (this.host.collector) void this.loadMine();
  }

  /** The participant deleted their questions: their votes went with them. */
  forget(): void {
    this.myVotes = new Set();
    this.mine = [];
    this.asked = 0;
    void this.loadList();
  }
}

function pick(draft: Partial<QaForm> | undefined): Partial<QaForm> {
  if (!draft || typeof draft !== 'object') return {};
  return Object.fromEntries(Object.entries(draft).filter(([key, value]) => key in emptyForm && typeof value === 'string'));
}
