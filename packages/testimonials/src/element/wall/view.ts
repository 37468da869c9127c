import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button, notice } from '@participe/core/atoms';
import { ANONYMISED, reportReasons, type PublicContribution, type ReportReason } from '@participe/core/schemas';
import type { PublicTestimonial } from '../../schema.js';
import { changeLabel, serviceLabel } from '../../words.js';
import type { WallController } from './controller.js';
import { renderForm } from './form.js';
import type { WallHost } from './host.js';

const reasonKeys: Record<ReportReason, 'reportSpam' | 'reportOffensive' | 'reportPersonal' | 'reportOffTopic' | 'reportOther'> = {
  spam: 'reportSpam',
  offensive: 'reportOffensive',
  'personal-data': 'reportPersonal',
  'off-topic': 'reportOffTopic',
  other: 'reportOther',
};

/** A citizen's words as text (never markup), or nothing once retention removed them. */
const citizenText = (value: unknown) => (typeof value === 'string' && value !== ANONYMISED ? value : undefined);

/** Sharing: the form when open, else the button that opens it (also after a testimonial, for another). */
function renderShare(wall: WallController, host: WallHost): TemplateResult | typeof nothing {
  if (!wall.open) return nothing;
  if (wall.formOpen && host.state !== 'submitted') return renderForm(wall, host);
  const open = async () => {
    if (host.state === 'submitted') host.reopen();
    wall.openForm(true);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#share-title')?.scrollIntoView?.({ block: 'nearest' });
    host.renderRoot.querySelector<HTMLElement>('#field-text')?.focus();
  };
  return html`<div class="actions">
    <button class="button button--primary" part="button button-primary" id="share-open" type="button" aria-expanded="false" @click=${open}>
      ${host.t(host.state === 'submitted' ? 'shareAnother' : 'shareOpen')}
    </button>
  </div>`;
}

/** Per service, in words: how many testimonials, and the mean rating with how many rated. */
function renderSummary(wall: WallController, host: WallHost): TemplateResult | typeof nothing {
  const rows = wall.summary?.filter((row) => row.count > 0);
  if (!rows?.length) return nothing;
  const t = host.t;
  const definition = wall.definition!;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h3 class="heading" id="summary-title">${t('summaryTitle')}</h3>
    <ul>
      ${rows.map(
        (row) => html`<li>
          <span class="summary__service">${serviceLabel(definition, row.service, host.language)}</span>\u00a0: ${t('summaryLine', row.count, host.formatNumber(row.count))},
          ${row.average === null ? t('summaryUnrated') : t('summaryAverage', row.rated, host.formatNumber(row.rated), host.formatNumber(row.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))}
        </li>`,
      )}
    </ul>
    <p class="muted">${t('summaryNote')}</p>
  </section>`;
}

function renderToolbar(wall: WallController, host: WallHost): TemplateResult {
  const t = host.t;
  return html`<div class="toolbar" part="toolbar">
    <div class="field">
      <label class="field__label" for="service-filter">${t('serviceFilter')}</label>
      <select class="input" id="service-filter" @change=${(event: Event) => wall.setService((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!wall.service}>${t('allServices')}</option>
        ${wall.definition!.services.map((service) => html`<option value=${service.id} ?selected=${wall.service === service.id}>${host.localize(service.label)}</option>`)}
      </select>
    </div>
  </div>`;
}

/** The organisation's mark (in words) and reply, in the page's language, under the testimonial. */
function renderReply(host: WallHost, item: PublicContribution): TemplateResult | typeof nothing {
  const response = item.response;
  if (!response) return nothing;
  const t = host.t;
  const marked = response.status !== 'reply';
  return html`<div class="reply" part="reply">
    ${marked ? html`<p class="badge badge--${response.status}" part="mark">${t('mark', { mark: changeLabel(response.status, host.language) })}</p>` : nothing}
    ${response.text
      ? html`<p class="reply__title">${t('replyFrom', { organisation: host.localize(host.loaded!.organisation.name) })}</p>
          <p class="reply__text" lang=${host.language}>${host.localize(response.text)}</p>`
      : nothing}
  </div>`;
}

/** "Report": a reason, then sent; the testimonial stays until moderators decide. */
function renderReport(wall: WallController, host: WallHost, item: PublicContribution): TemplateResult | typeof nothing {
  if (!host.collector) return nothing;
  const t = host.t;
  if (wall.reported.has(item.id)) return html`<p class="muted" id="item-${item.id}-reported" tabindex="-1">${t('reportThanks')}</p>`;
  const toggleId = `report-${item.id}-open`;
  if (wall.reporting !== item.id) {
    return html`<button
      class="link"
      id=${toggleId}
      type="button"
      aria-expanded="false"
      aria-label=${t('reportOf', { date: host.formatDate(item.receivedAt) })}
      @click=${async () => {
        wall.startReport(item.id);
        await host.updateComplete;
        host.renderRoot.querySelector<HTMLElement>(`#report-${CSS.escape(item.id)}-spam`)?.focus();
      }}
    >
      ${t('report')}
    </button>`;
  }
  const errorId = `report-${item.id}-error`;
  const close = async () => {
    wall.startReport(undefined);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(toggleId)}`)?.focus();
  };
  return html`<fieldset class="report" part="report" aria-describedby=${wall.reportError ? errorId : nothing}>
    <legend class="field__label">${t('reportLegend')}</legend>
    ${wall.reportError ? html`<p class="field__error" id=${errorId} tabindex="-1"><span class="visually-hidden">${t('errorPrefix')} </span>${wall.reportError}</p>` : nothing}
    ${reportReasons.map(
      (reason) => html`<div class="choice">
        <input
          class="choice__input"
          type="radio"
          name="report-${item.id}"
          id="report-${item.id}-${reason}"
          .checked=${wall.reportReason === reason}
          @change=${() => {
            wall.reportReason = reason;
            wall.reportError = undefined;
            host.requestUpdate();
          }}
        />
        <label class="choice__label" for="report-${item.id}-${reason}">${t(reasonKeys[reason])}</label>
      </div>`,
    )}
    <div class="actions">
      <button class="button button--primary" part="button button-primary" type="button" aria-disabled=${wall.reportBusy ? 'true' : nothing} @click=${() => void wall.sendReport(item.id)}>${t('reportSend')}</button>
      <button class="button button--secondary" part="button button-secondary" type="button" @click=${close}>${t('reportCancel')}</button>
    </div>
  </fieldset>`;
}

/** One testimonial: its service, rating in words, the story as text, who and when, the reply, report. */
function renderItem(wall: WallController, host: WallHost, item: PublicContribution): TemplateResult {
  const t = host.t;
  const payload = (item.payload ?? {}) as Partial<PublicTestimonial>;
  const titleId = `item-${item.id}-title`;
  const firstName = citizenText(payload.firstName);
  const region = citizenText(payload.region);
  const author = [firstName, region].filter(Boolean).join(', ');
  const text = citizenText(payload.text);
  return html`<article class="item" part="item" aria-labelledby=${titleId}>
    <h3 class="item__service" id=${titleId} tabindex="-1">${serviceLabel(wall.definition!, payload.service ?? '', host.language)}</h3>
    ${payload.rating ? html`<p class="item__rating">${t('rating', payload.rating, host.formatNumber(payload.rating))}</p>` : nothing}
    ${text ? html`<p class="item__text" lang=${item.language}>${text}</p>` : html`<p class="item__text muted">${t('removed')}</p>`}
    <p class="item__meta">
      <span lang=${author ? item.language : host.language}>${author || t('anonymous')}</span> · <span>${t('sharedOn', { date: host.formatDate(item.receivedAt) })}</span>
      ${item.editedAt ? html`<br /><span>${t('edited')}</span>` : nothing}
    </p>
    ${renderReply(host, item)} ${renderReport(wall, host, item)}
  </article>`;
}

function renderList(wall: WallController, host: WallHost): TemplateResult {
  const t = host.t;
  if (wall.listState === 'error' && !wall.items?.length) {
    return notice('error', t('listError'), button({ label: t('retry'), variant: 'secondary', onClick: () => void wall.loadList() }));
  }
  if (!wall.items || (wall.listState === 'loading' && !wall.items.length)) return html`<p class="muted">${t('loadingList')}</p>`;
  if (!wall.items.length) return html`<p class="muted empty">${t(wall.service ? 'noMatch' : 'noTestimonials')}</p>`;
  return html`<ul class="items" aria-labelledby="list-title" aria-busy=${wall.listState === 'loading' ? 'true' : 'false'}>
      ${repeat(
        wall.items,
        (item) => item.id,
        (item) => html`<li>${renderItem(wall, host, item)}</li>`,
      )}
    </ul>
    <p class="muted shown">${t('shown', wall.items.length, host.formatNumber(wall.items.length), host.formatNumber(wall.total))}</p>
    ${wall.nextCursor
      ? html`<div class="actions">
          ${button({ label: wall.loadingMore ? t('loading') : t('loadMore'), variant: 'secondary', disabled: wall.loadingMore, onClick: () => void wall.loadList(true) })}
        </div>`
      : nothing}`;
}

/** The whole wall: sharing, then the published testimonials with their heading, summary, filter and "show more". */
export function renderWall(wall: WallController, host: WallHost): TemplateResult {
  const t = host.t;
  return html`<div class="wall" part="wall">
    ${renderShare(wall, host)}
    <section class="list" aria-labelledby="list-title">
      <h2 class="heading" id="list-title">${t('wallHeading', wall.total, host.formatNumber(wall.total))}</h2>
      ${renderSummary(wall, host)} ${renderToolbar(wall, host)} ${renderList(wall, host)}
    </section>
  </div>`;
}
