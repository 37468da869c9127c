import { html, nothing, type PropertyDeclarations } from 'lit';
import { field, notice } from '@participe/core/atoms';
import type { ReportSettings, StaffContribution, StaffInitiative, ThemeOverview } from '@participe/core/schemas';
import { analysisApi } from '../analysis-api.js';
import { analysisTranslator } from '../analysis-strings.js';
import { describeError } from '../errors.js';
import { reportApi } from '../report-api.js';
import type { ConsoleTranslate } from '../strings.js';
import { staffFacetOf } from '../type-registry.js';
import { InitiativeView } from './initiative-view.js';

type TextKey = 'heardFr' | 'heardEn' | 'decidedFr' | 'decidedEn' | 'changesFr' | 'changesEn';
const textKeys: readonly TextKey[] = ['heardFr', 'heardEn', 'decidedFr', 'decidedEn', 'changesFr', 'changesEn'];
const part = (key: TextKey) => ({ section: key.slice(0, -2) as 'heard' | 'decided' | 'changes', language: key.endsWith('Fr') ? ('fr' as const) : ('en' as const) });

/** The first text a payload holds: enough to recognise a contribution in a list. */
const firstText = (payload: unknown) =>
  payload && typeof payload === 'object' ? Object.values(payload as Record<string, unknown>).find((value): value is string => typeof value === 'string' && value.trim() !== '') : undefined;

/**
 * "You said, we did": the initiative's report in both languages, the day it is promised by and the
 * day it is published, the themes and official answers it cites, and whether its figures are open data.
 */
export class ConsoleReportEditor extends InitiativeView {
  static override properties: PropertyDeclarations = {
    ...InitiativeView.properties,
    draft: { state: true },
    texts: { state: true },
    overview: { state: true },
    answered: { state: true },
    submitted: { state: true },
    saveError: { state: true },
    saved: { state: true },
    saving: { state: true },
  };

  private declare draft: ReportSettings | undefined;
  private declare texts: Record<TextKey, string>;
  private declare overview: ThemeOverview | undefined;
  private declare answered: StaffContribution[];
  private declare submitted: boolean;
  private declare saveError: unknown;
  private declare saved: boolean;
  private declare saving: boolean;

  constructor() {
    super();
    this.texts = { heardFr: '', heardEn: '', decidedFr: '', decidedEn: '', changesFr: '', changesEn: '' };
    this.answered = [];
    this.submitted = false;
    this.saved = false;
    this.saving = false;
  }

  private get a() {
    return analysisTranslator(this.language);
  }

  protected viewName(_t: ConsoleTranslate): string {
    return this.a('reportTitle');
  }

  protected override initiativeLoaded(initiative: StaffInitiative): void {
    void this.loadReport(initiative);
  }

  private async loadReport(initiative: StaffInitiative): Promise<void> {
    try {
      const [report, overview] = await Promise.all([reportApi(this.context.api).read(this.initiativeId), analysisApi(this.context.api).themes(this.initiativeId)]);
      this.overview = overview;
      this.draft = report;
      if (report.text) for (const key of textKeys) this.texts = { ...this.texts, [key]: report.text[part(key).section][part(key).language] };
      // Official answers exist for types that show contributions; reading them needs the contributions.
      if (staffFacetOf(initiative.settings.type)?.manifest.publicContributions && this.can('contributions:read')) {
        const page = await this.context.api.contributions(this.initiativeId, { limit: '200' });
        this.answered = page.items.filter((item) => item.response);
      }
    } catch (error) {
      this.saveError = error;
    }
  }

  private set(changes: Partial<ReportSettings>): void {
    this.draft = { ...this.draft!, ...changes };
    this.saved = false;
  }

  private toggle(list: 'themes' | 'answers', id: string, checked: boolean): void {
    const current = this.draft![list];
    this.set({ [list]: checked ? [...current, id] : current.filter((item) => item !== id) });
  }

  private missingText(key: TextKey): boolean {
    const anyText = textKeys.some((candidate) => this.texts[candidate].trim());
    return this.submitted && (anyText || Boolean(this.draft?.publishOn)) && !this.texts[key].trim();
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving || !this.draft) return;
    this.submitted = true;
    const firstMissing = textKeys.find((key) => this.missingText(key));
    if (firstMissing) return void this.focusById(`report-${firstMissing}`);
    const anyText = textKeys.some((key) => this.texts[key].trim());
    const text = anyText
      ? {
          heard: { fr: this.texts.heardFr.trim(), en: this.texts.heardEn.trim() },
          decided: { fr: this.texts.decidedFr.trim(), en: this.texts.decidedEn.trim() },
          changes: { fr: this.texts.changesFr.trim(), en: this.texts.changesEn.trim() },
        }
      : null;
    this.saving = true;
    this.saveError = undefined;
    try {
      this.draft = await reportApi(this.context.api).save(this.initiativeId, { ...this.draft, text });
      this.submitted = false;
      this.saved = true;
      this.context.announce(this.a('reportSaved'));
    } catch (error) {
      this.saveError = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.saving = false;
    }
  }

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    const a = this.a;
    if (!this.can('initiatives:write')) return notice('info', t('errorForbidden'));
    if (!this.draft || !this.overview) return this.saveError ? notice('error', describeError(this.saveError, t)) : html`<p class="muted" role="status">${t('loading')}</p>`;
    const draft = this.draft;
    const date = (id: 'expectedBy' | 'publishOn', hint: string) =>
      field({ id: `report-${id}`, label: a(id), hint, errorPrefix: t('errorPrefix') }, ({ id: controlId, describedBy }) =>
        html`<input class="input" id=${controlId} type="date" aria-describedby=${describedBy || nothing} .value=${draft[id] ?? ''} @input=${(event: Event) => this.set({ [id]: (event.target as HTMLInputElement).value || null })} />`,
      );
    const origin = new URL(this.context.api.baseUrl);
    const openData = (format: 'json' | 'csv') => new URL(`v1/open-data/initiatives/${encodeURIComponent(initiative.settings.id)}/figures.${format}`, origin).href;
    return html`<p class="muted">${a('reportIntro')}</p>
      <form novalidate @submit=${this.save}>
        <section class="panel" aria-labelledby="report-text-title">
          <h2 id="report-text-title">${a('reportTextTitle')}</h2>
          ${textKeys.map((key) =>
            field(
              { id: `report-${key}`, label: a(key), error: this.missingText(key) ? a('reportFieldRequired') : undefined, errorPrefix: t('errorPrefix') },
              ({ id, describedBy, invalid }) =>
                html`<textarea class="input" id=${id} rows="4" maxlength="4000" lang=${part(key).language} aria-describedby=${describedBy || nothing} aria-invalid=${invalid} .value=${this.texts[key]} @input=${(event: Event) => {
                  this.texts = { ...this.texts, [key]: (event.target as HTMLTextAreaElement).value };
                  this.saved = false;
                }}></textarea>`,
            ),
          )}
        </section>
        <section class="panel" aria-labelledby="report-dates-title">
          <h2 id="report-dates-title">${a('datesTitle')}</h2>
          <div class="filters">${date('expectedBy', a('expectedByHint'))} ${date('publishOn', a('publishOnHint'))}</div>
        </section>
        <section class="panel" aria-labelledby="report-themes-title">
          <h2 id="report-themes-title">${a('citedThemesTitle')}</h2>
          ${this.overview.themes.length
            ? this.overview.themes.map(
                (theme) => html`<label class="option"
                  ><input type="checkbox" .checked=${draft.themes.includes(theme.id)} @change=${(event: Event) => this.toggle('themes', theme.id, (event.target as HTMLInputElement).checked)} />
                  ${theme.name[this.language]} (${this.formatNumber(Object.values(theme.counts).reduce((sum, n) => sum + n, 0))})</label
                >`,
              )
            : html`<p>${a('noThemesToCite')}</p>`}
        </section>
        ${staffFacetOf(initiative.settings.type)?.manifest.publicContributions && this.can('contributions:read')
          ? html`<section class="panel" aria-labelledby="report-answers-title">
              <h2 id="report-answers-title">${a('citedAnswersTitle')}</h2>
              ${this.answered.length
                ? this.answered.map(
                    (item) => html`<label class="option"
                      ><input type="checkbox" .checked=${draft.answers.includes(item.id)} @change=${(event: Event) => this.toggle('answers', item.id, (event.target as HTMLInputElement).checked)} />
                      <span lang=${item.language}>${firstText(item.payload) ?? item.id}</span></label
                    >`,
                  )
                : html`<p>${a('noAnswersToCite')}</p>`}
            </section>`
          : nothing}
        <section class="panel" aria-labelledby="report-open-data-title">
          <h2 id="report-open-data-title">${a('openDataTitle')}</h2>
          <label class="option"
            ><input type="checkbox" aria-describedby="figures-hint" .checked=${draft.figuresPublished} @change=${(event: Event) => this.set({ figuresPublished: (event.target as HTMLInputElement).checked })} />
            ${a('publishFigures')}</label
          >
          <p class="muted" id="figures-hint">${a('publishFiguresHint')}</p>
          ${draft.figuresPublished
            ? html`<p>${a('openDataLinks')}</p>
                <ul>
                  <li><a href=${openData('json')}>${openData('json')}</a></li>
                  <li><a href=${openData('csv')}>${openData('csv')}</a></li>
                </ul>`
            : nothing}
        </section>
        ${this.saveError ? notice('error', describeError(this.saveError, t)) : nothing} ${this.saved ? notice('success', a('reportSaved')) : nothing}
        <div class="actions"><button class="button" type="submit" aria-disabled=${this.saving ? 'true' : nothing}>${a('saveReport')}</button></div>
      </form>`;
  }
}

if (!customElements.get('console-report-editor')) customElements.define('console-report-editor', ConsoleReportEditor);

declare global {
  interface HTMLElementTagNameMap {
    'console-report-editor': ConsoleReportEditor;
  }
}
