import { html, nothing, type TemplateResult } from 'lit';
import { ANONYMISED, reportReasons, type ReportReason } from '@participe/core/schemas';
import type { Idea } from '../../schema.js';
import { statusLabel } from '../../words.js';
import { labelOf, type BoardController } from './controller.js';
import type { BoardHost } from './host.js';

const reasonKeys: Record<ReportReason, 'reportSpam' | 'reportOffensive' | 'reportPersonal' | 'reportOffTopic' | 'reportOther'> = {
  spam: 'reportSpam',
  offensive: 'reportOffensive',
  'personal-data': 'reportPersonal',
  'off-topic': 'reportOffTopic',
  other: 'reportOther',
};

const focusItem = (host: BoardHost, id: string) => host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(id)}-title`)?.focus();

/** A citizen's text as text (never markup), or nothing once retention removed it. */
const citizenText = (value: unknown) => (typeof value === 'string' && value !== ANONYMISED ? value : undefined);

/** The organisation's status and written answer, in the page's language; a duplicate links to the idea it repeats. */
function renderResponse(board: BoardController, host: BoardHost, item: Idea): TemplateResult | typeof nothing {
  const response = item.response;
  if (!response) return nothing;
  const t = host.t;
  const target = response.duplicateOf ? board.items?.find((candidate) => candidate.id === response.duplicateOf) : undefined;
  const duplicate = response.duplicateOf
    ? html`<p class="answer__duplicate">
        ${t('duplicateOf')}
        <button class="link" type="button" @click=${() => (target ? focusItem(host, target.id) : void board.showIdea(response.duplicateOf!))}>
          ${target ? labelOf(target.payload) : t('similarShow')}
        </button>
      </p>`
    : nothing;
  return html`<div class="answer" part="answer">
    <p class="badge badge--${response.status}" part="status-badge">${t('status', { status: statusLabel(response.status, host.language) })}</p>
    ${duplicate}
    ${response.text
      ? html`<p class="answer__title">${t('answerTitle')}</p>
          <p class="answer__text" lang=${host.language}>${host.localize(response.text)}</p>`
      : nothing}
  </div>`;
}

/** Vote controls for the board's model, with the counts beside them (also when votes are closed). */
function renderVotes(board: BoardController, host: BoardHost, item: Idea): TemplateResult | typeof nothing {
  if (!board.isIdeas) return nothing;
  const t = host.t;
  const model = board.definition!.voteModel;
  const { votes } = item;
  const mine = board.myVotes.get(item.id) ?? null;
  const title = labelOf(item.payload);
  const countId = `item-${item.id}-count`;
  const errorId = `item-${item.id}-vote-error`;
  const error = board.voteErrors.get(item.id);
  const busy = board.voteBusy.has(item.id);
  const merged = item.response?.status === 'duplicate';
  const canVote = board.canVote && !merged;
  const describedBy = [countId, error && errorId].filter(Boolean).join(' ');
  const toggle = (label: string, name: string, value: number) =>
    html`<button
      class="button button--secondary vote"
      part="button vote"
      type="button"
      aria-label=${name}
      aria-pressed=${String(mine === value)}
      aria-describedby=${describedBy}
      aria-disabled=${busy ? 'true' : nothing}
      @click=${() => !busy && void board.vote(item, mine === value ? null : value)}
    >
      ${label}
    </button>`;
  const f = (value: number) => host.formatNumber(value);
  let count: string;
  let controls: TemplateResult | typeof nothing = nothing;
  if (model === 'support') {
    count = t('supports', votes.up, f(votes.up));
    if (canVote) controls = toggle(t('support'), t('supportOf', { title }), 1);
  } else if (model === 'up-down') {
    count = t('forAgainst', votes.up, votes.down, f(votes.up), f(votes.down));
    if (canVote) controls = html`${toggle(t('voteFor'), t('voteForOf', { title }), 1)} ${toggle(t('voteAgainst'), t('voteAgainstOf', { title }), -1)}`;
  } else {
    count = votes.average === null ? t('notRated') : t('average', votes.voters, host.formatNumber(votes.average, { maximumFractionDigits: 2 }), f(votes.voters));
    if (canVote) {
      const legendId = `item-${item.id}-rate`;
      controls = html`<div class="stars" role="group" aria-labelledby=${legendId}>
          <p class="stars__legend" id=${legendId}>${t('rateLegend', { title })}</p>
          ${[1, 2, 3, 4, 5].map((value) => toggle(String(value), t('stars', value, f(value)), value))}
        </div>
        ${mine !== null ? html`<button class="link" type="button" @click=${() => void board.vote(item, null)}>${t('rateWithdraw')}</button>` : nothing}`;
    }
  }
  return html`<div class="votes" part="votes">
    ${controls}
    <p class="votes__count" id=${countId}>${count}</p>
    ${error ? html`<p class="item__error" id=${errorId}><span class="visually-hidden">${t('errorPrefix')} </span>${error}</p>` : nothing}
  </div>`;
}

/** "Report": a reason, then sent; the contribution stays until moderators decide. */
function renderReport(board: BoardController, host: BoardHost, item: Idea): TemplateResult | typeof nothing {
  if (!host.collector) return nothing;
  const t = host.t;
  const title = labelOf(item.payload);
  if (board.reported.has(item.id)) return html`<p class="muted" id="item-${item.id}-reported" tabindex="-1">${t('reportThanks')}</p>`;
  const open = board.reporting === item.id;
  const toggleId = `report-${item.id}-open`;
  if (!open) {
    return html`<button
      class="link report-open"
      id=${toggleId}
      type="button"
      aria-expanded="false"
      aria-label=${t('reportOf', { title })}
      @click=${async () => {
        board.startReport(item.id);
        await host.updateComplete;
        host.renderRoot.querySelector<HTMLElement>(`#report-${CSS.escape(item.id)}-spam`)?.focus();
      }}
    >
      ${t('report')}
    </button>`;
  }
  const errorId = `report-${item.id}-error`;
  const close = async () => {
    board.startReport(undefined);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(toggleId)}`)?.focus();
  };
  return html`<fieldset class="report" part="report" aria-describedby=${board.reportError ? errorId : nothing}>
    <legend class="field__label">${t('reportLegend')}</legend>
    ${board.reportError ? html`<p class="field__error" id=${errorId} tabindex="-1"><span class="visually-hidden">${t('errorPrefix')} </span>${board.reportError}</p>` : nothing}
    ${reportReasons.map(
      (reason) => html`<div class="choice">
        <input class="choice__input" type="radio" name="report-${item.id}" id="report-${item.id}-${reason}" .checked=${board.reportReason === reason} @change=${() => {
          board.reportReason = reason;
          board.reportError = undefined;
          host.requestUpdate();
        }} />
        <label class="choice__label" for="report-${item.id}-${reason}">${t(reasonKeys[reason])}</label>
      </div>`,
    )}
    <div class="actions">
      <button class="button button--primary" part="button button-primary" type="button" aria-disabled=${board.reportBusy ? 'true' : nothing} @click=${() => void board.sendReport(item.id)}>${t('reportSend')}</button>
      <button class="button button--secondary" part="button button-secondary" type="button" @click=${close}>${t('reportCancel')}</button>
    </div>
  </fieldset>`;
}

/** One idea or post: its words as the citizen wrote them (as text), who and when, the answer, votes, report. */
export function renderItem(board: BoardController, host: BoardHost, item: Idea): TemplateResult {
  const t = host.t;
  const payload = item.payload as { title?: string; description?: string; category?: string; text?: string; name?: string } | null;
  const titleId = `item-${item.id}-title`;
  const date = host.formatDate(item.receivedAt);
  const edited = item.editedAt ? html` · <span>${t('edited')}</span>` : nothing;
  if (board.isIdeas) {
    const category = board.definition!.categories.find((candidate) => candidate.id === payload?.category);
    return html`<article class="item" part="item" aria-labelledby=${titleId}>
      ${citizenText(payload?.title)
        ? html`<h3 class="item__title" id=${titleId} tabindex="-1" lang=${item.language}>${payload!.title}</h3>`
        : html`<h3 class="item__title item__title--removed" id=${titleId} tabindex="-1">${t('removed')}</h3>`}
      <p class="item__meta">${category ? html`<span>${host.localize(category.label)}</span> · ` : nothing}<span>${t('proposedOn', { date })}</span>${edited}</p>
      ${citizenText(payload?.description) ? html`<p class="item__text" lang=${item.language}>${payload!.description}</p>` : nothing}
      ${renderResponse(board, host, item)} ${renderVotes(board, host, item)} ${renderReport(board, host, item)}
    </article>`;
  }
  const author = item.byOrganisation
    ? html`<strong>${host.localize(host.loaded!.organisation.name)}</strong> <span class="badge badge--organisation">${t('organisationPost')}</span>`
    : html`<strong lang=${citizenText(payload?.name) ? item.language : host.language}>${citizenText(payload?.name) ?? t('anonymous')}</strong>`;
  return html`<article class="item item--post ${item.byOrganisation ? 'item--organisation' : ''}" part="item" aria-labelledby=${titleId}>
    <p class="item__author" id=${titleId} tabindex="-1">${author} <span class="muted">· ${t('postedOn', { date })}</span>${edited}</p>
    ${citizenText(payload?.text) ? html`<p class="item__text" lang=${item.language}>${payload!.text}</p>` : html`<p class="item__text muted">${t('removed')}</p>`}
    ${renderResponse(board, host, item)} ${item.byOrganisation ? nothing : renderReport(board, host, item)}
  </article>`;
}
