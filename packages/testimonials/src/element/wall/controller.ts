// The wall's state and its conversations with the collector: the published testimonials (by
// service, a page at a time), the per-service summary, reports, and the sharing form with its draft.
import { browserStore, collectorBase, initiativeUrl, participantId, postJson, readJson } from '@participe/core/client';
import { availability, personalDetailKindsIn, type PersonalDetailKind, type PublicContribution, type ReportReason } from '@participe/core/schemas';
import { visibilities, type ServiceSummary, type TestimonialPage, type TestimonialSummary, type TestimonialsDefinition, type TestimonialsPayload, type Visibility } from '../../schema.js';
import type { WallHost } from './host.js';

/** What the citizen is typing (the rating as text: '' for none). */
export interface ShareForm {
  text: string;
  service: string;
  rating: string;
  firstName: string;
  region: string;
  visibility: string;
}
export type FormField = keyof ShareForm;

interface ShareDraft extends Partial<ShareForm> {
  open?: boolean;
}

const emptyForm: ShareForm = { text: '', service: '', rating: '', firstName: '', region: '', visibility: '' };
const fields: readonly FormField[] = ['text', 'service', 'rating', 'firstName', 'region', 'visibility'];
const PAGE_SIZE = 12;
export const FIRST_NAME_MAX = 60;
export const REGION_MAX = 80;

export class WallController {
  items: PublicContribution[] | undefined;
  total = 0;
  nextCursor: string | null = null;
  listState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  loadingMore = false;
  service = '';
  summary: ServiceSummary[] | undefined;
  form: ShareForm = emptyForm;
  formOpen = false;
  fieldErrors: Partial<Record<FormField, string>> = {};
  reporting: string | undefined;
  reportReason: ReportReason | '' = '';
  reportError: string | undefined;
  reportBusy = false;
  reported = new Set<string>();

  private listToken = 0;
  private started: string | undefined;

  constructor(private readonly host: WallHost) {}

  get definition(): TestimonialsDefinition | undefined {
    return this.host.loaded?.definition;
  }

  /** Sharing is possible now (the initiative is open). */
  get open(): boolean {
    const loaded = this.host.loaded;
    return !!loaded && availability(loaded) === 'open';
  }

  private url(sub: string): string {
    return initiativeUrl(collectorBase(this.host.collector!), this.host.loaded!.id, sub);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /** The initiative is (re)loaded: the form from its draft, the wall and summary afresh. */
  start(): void {
    const loaded = this.host.loaded;
    if (!loaded) return;
    const draft = this.host.draft<ShareDraft>().load();
    this.form = { ...emptyForm, ...pick(draft) };
    this.formOpen = draft?.open === true;
    this.fieldErrors = {};
    const key = `${this.host.collector ?? ''}|${loaded.id}`;
    if (key === this.started) return;
    this.started = key;
    this.service = '';
    this.items = undefined;
    if (!this.host.collector) {
      // A preview: nothing to read, an empty wall.
      this.items = [];
      this.total = 0;
      this.summary = loaded.definition.services.map((service) => ({ service: service.id, count: 0, rated: 0, average: null }));
      this.listState = 'ready';
      return;
    }
    void this.loadList();
    void this.loadSummary();
  }

  stop(): void {
    this.started = undefined;
  }

  // ——— the wall ———

  /** The first page (or the next one, `more`); on "show more", focus goes to the first new testimonial. */
  async loadList(more = false): Promise<void> {
    if (!this.host.collector || !this.host.loaded) return;
    const token = ++this.listToken;
    if (more) this.loadingMore = true;
    else this.listState = 'loading';
    this.changed();
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (this.service) params.set('service', this.service);
    if (more && this.nextCursor) params.set('cursor', this.nextCursor);
    try {
      const page = (await readJson(this.url(`testimonials?${params}`))) as TestimonialPage;
      if (token !== this.listToken) return;
      // An answer the wall cannot read is a failure like any other: said, with "try again".
      if (!Array.isArray(page?.items)) throw new Error('unreadable page of testimonials');
      const known = new Set(more ? (this.items ?? []).map((item) => item.id) : []);
      const fresh = page.items.filter((item) => !known.has(item.id));
      this.items = more ? [...(this.items ?? []), ...fresh] : page.items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.listState = 'ready';
      if (more && fresh[0]) {
        this.changed();
        await this.host.updateComplete;
        this.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(fresh[0].id)}-title`)?.focus();
      }
    } catch {
      if (token === this.listToken) this.listState = this.items && more ? 'ready' : 'error';
    } finally {
      if (token === this.listToken) this.loadingMore = false;
      this.changed();
    }
  }

  private async loadSummary(): Promise<void> {
    try {
      this.summary = ((await readJson(this.url('testimonials/summary'))) as TestimonialSummary).services;
    } catch {
      // The summary is a help: the wall works without it.
      this.summary = undefined;
    }
    this.changed();
  }

  setService(service: string): void {
    this.service = service;
    void this.loadList();
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
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#report-${CSS.escape(id)}-error`)?.focus();
      return;
    }
    this.reportBusy = true;
    this.changed();
    try {
      const participant = participantId(browserStore(), collectorBase(this.host.collector!), this.host.loaded!.id);
      await postJson(this.url(`public-contributions/${id}/reports`), { participant, reason: this.reportReason });
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

  // ——— sharing ———

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
  }

  private saveDraft(): void {
    this.host.draft<ShareDraft>().save({ ...this.form, open: this.formOpen });
  }

  /** Obvious personal details in what the citizen wrote (core's detector): warned about, never blocking. */
  get detailsFound(): PersonalDetailKind[] {
    return personalDetailKindsIn([this.form.text, this.form.firstName, this.form.region]);
  }

  private problemOf(field: FormField): string | undefined {
    const definition = this.definition!;
    const t = this.host.t;
    const value = this.form[field];
    const over = (max: number, key: 'tooLong' | 'tooLongShort') => (value.length > max ? t(key, max, this.host.formatNumber(max)) : undefined);
    switch (field) {
      case 'text':
        return value.trim() ? over(definition.textMaxLength, 'tooLong') : t('textRequired');
      case 'service':
        return definition.services.some((service) => service.id === value) ? undefined : t('serviceRequired');
      case 'visibility':
        return (visibilities as readonly string[]).includes(value) ? undefined : t('visibilityRequired');
      case 'firstName':
        return over(FIRST_NAME_MAX, 'tooLongShort');
      case 'region':
        return over(REGION_MAX, 'tooLongShort');
      case 'rating':
        return undefined;
    }
  }

  async send(): Promise<void> {
    const errors = Object.fromEntries(fields.map((field) => [field, this.problemOf(field)]).filter(([, problem]) => problem));
    this.fieldErrors = errors;
    this.changed();
    const first = fields.find((field) => errors[field]);
    if (first) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#field-${first}`)?.focus();
      return;
    }
    const { text, service, rating, firstName, region, visibility } = this.form;
    const payload: TestimonialsPayload = {
      text: text.trim(),
      service,
      ...(this.definition!.rating && rating && { rating: Number(rating) }),
      ...(firstName.trim() && { firstName: firstName.trim() }),
      ...(region.trim() && { region: region.trim() }),
      visibility: visibility as Visibility,
    };
    await this.host.submit(payload);
  }

  /** The collector acknowledged it: the form starts afresh. */
  submitted(): void {
    this.form = emptyForm;
    this.formOpen = false;
    this.fieldErrors = {};
  }

  /** The citizen deleted their contributions: what they reported may be reported again. */
  forget(): void {
    this.reported = new Set();
    void this.loadList();
    void this.loadSummary();
  }
}

function pick(draft: ShareDraft | undefined): Partial<ShareForm> {
  if (!draft || typeof draft !== 'object') return {};
  return Object.fromEntries(Object.entries(draft).filter(([key, value]) => key in emptyForm && typeof value === 'string'));
}
