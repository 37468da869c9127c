import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button, characterCount, field, notice } from '@participe/core/atoms';
import { ANONYMISED } from '@participe/core/schemas';
import type { Question, QuestionSort } from '../../schema.js';
import { labelOf, type QaController, type QaForm } from './controller.js';
import type { QaHost } from './host.js';

const sorts: QuestionSort[] = ['top', 'newest'];
const NAME_MAX = 60;

/** A participant's text as text (never markup), or nothing once retention removed it. */
const citizenText = (value: unknown) => (typeof value === 'string' && value !== ANONYMISED ? value : undefined);

const longDateTime: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };

function counterText(host: QaHost, length: number, max: number): string {
  const remaining = max - length;
  return remaining >= 0 ? host.t('charactersRemaining', remaining, host.formatNumber(remaining)) : host.t('charactersTooMany', -remaining, host.formatNumber(-remaining));
}

function textField(qa: QaController, host: QaHost, name: keyof QaForm, options: { label: string; hint: string; max: number; required: boolean }): TemplateResult {
  const id = `field-${name}`;
  const value = qa.form[name];
  const counterId = `${id}-counter`;
  const onInput = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    qa.setField(name, next);
    host.announce(counterText(host, next.length, options.max));
  };
  return field(
    {
      id,
      label: options.label,
      marker: host.t(options.required ? 'required' : 'optional'),
      hint: options.hint,
      error: qa.fieldErrors[name],
      errorPrefix: host.t('errorPrefix'),
      extraId: counterId,
      extra: characterCount({ id: counterId, length: value.length, maxLength: options.max, message: counterText(host, value.length, options.max) }),
    },
    ({ id: controlId, describedBy, invalid }) =>
      name === 'question'
        ? html`<textarea class="input" id=${controlId} name="question" rows="3" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput}></textarea>`
        : html`<input class="input" id=${controlId} name="name" type="text" autocomplete="nickname" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput} />`,
  );
}

/** Asking, while the event is live: the question, a name when the event takes names, the privacy notice. */
function renderAsk(qa: QaController, host: QaHost): TemplateResult | typeof nothing {
  if (!qa.live || (host.state !== 'open' && host.state !== 'submitted')) return nothing;
  const t = host.t;
  const definition = host.loaded!.definition;
  const left = qa.questionsLeft;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void qa.send();
  };
  return html`<section class="ask" part="ask" aria-labelledby="ask-title">
    <h2 class="heading" id="ask-title">${t('askTitle')}</h2>
    ${host.collector && qa.asked ? html`<p class="muted" part="questions-left">${t('questionsLeft', left, host.formatNumber(left))}</p>` : nothing}
    ${left > 0
      ? html`<form id="ask-form" class="form" part="form" novalidate @submit=${onSubmit}>
          ${textField(qa, host, 'question', { label: t('questionLabel'), hint: t('questionHint'), max: definition.questionMaxLength, required: true })}
          ${definition.names ? textField(qa, host, 'name', { label: t('nameLabel'), hint: t('nameHint'), max: NAME_MAX, required: false }) : nothing}
          ${host.renderPrivacyNotice(definition.names)}
          <div class="actions">${button({ label: t('send'), type: 'submit', disabled: host.busy })}</div>
        </form>`
      : nothing}
  </section>`;
}

/** The participant's own questions that others do not see (yet). */
function renderMine(qa: QaController, host: QaHost): TemplateResult | typeof nothing {
  if (!qa.mine.length) return nothing;
  const t = host.t;
  return html`<section class="mine" part="mine" aria-labelledby="mine-title">
    <h3 class="heading" id="mine-title">${t('mineTitle')}</h3>
    <ul class="mine__list">
      ${qa.mine.map(
        (item) => html`<li>
          <span class="mine__label" lang=${item.language}>${labelOf(item.payload)}</span>
          <span class="badge">${item.moderationState === 'rejected' ? t('mineRejected') : t('minePending')}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** One question: its words and author, marks in words (never colour alone), its answer, its upvote. */
function renderQuestion(qa: QaController, host: QaHost, item: Question): TemplateResult {
  const t = host.t;
  const payload = item.payload as { question?: unknown; name?: unknown };
  const name = citizenText(payload.name);
  const title = labelOf(item.payload);
  const countId = `q-${item.id}-count`;
  const errorId = `q-${item.id}-error`;
  const error = qa.voteErrors.get(item.id);
  const voted = qa.myVotes.has(item.id);
  const busy = qa.voteBusy.has(item.id);
  const answered = item.response?.status === 'answered';
  return html`<article class="question ${item.pinned ? 'question--pinned' : ''}" part="question" aria-labelledby="q-${item.id}-text">
    ${item.pinned || answered
      ? html`<p class="marks">
          ${item.pinned ? html`<span class="badge badge--pinned" part="pinned">${t('pinnedBadge')}</span>` : nothing}
          ${answered ? html`<span class="badge badge--answered" part="answered">${t('answeredBadge')}</span>` : nothing}
        </p>`
      : nothing}
    <p class="question__text" id="q-${item.id}-text" lang=${item.language}>${citizenText(payload.question) ?? ''}</p>
    <p class="muted question__meta">${name ? html`${t('askedBy')} <span lang=${item.language}>${name}</span>` : t('anonymous')}</p>
    ${item.response?.text
      ? html`<div class="answer" part="answer">
          <p class="answer__title">${t('answerTitle')}</p>
          <p class="answer__text">${host.localize(item.response.text)}</p>
        </div>`
      : nothing}
    <div class="votes" part="votes">
      ${qa.canVote
        ? html`<button
            class="button button--secondary vote"
            part="button vote"
            type="button"
            aria-label=${t('upvoteOf', { title })}
            aria-pressed=${String(voted)}
            aria-describedby=${[countId, error && errorId].filter(Boolean).join(' ')}
            aria-disabled=${busy ? 'true' : nothing}
            @click=${() => void qa.vote(item)}
          >
            ${t('upvote')}
          </button>`
        : nothing}
      <p class="votes__count" id=${countId}>${t('votes', item.votes, host.formatNumber(item.votes))}</p>
      ${error ? html`<p class="item__error" id=${errorId}><span class="visually-hidden">${t('errorPrefix')} </span>${error}</p>` : nothing}
    </div>
  </article>`;
}

function renderToolbar(qa: QaController, host: QaHost): TemplateResult {
  const t = host.t;
  return html`<div class="toolbar" part="toolbar">
    <div class="field">
      <label class="field__label" for="sort">${t('sortLabel')}</label>
      <select class="input" id="sort" @change=${(event: Event) => qa.setSort((event.target as HTMLSelectElement).value as QuestionSort)}>
        ${sorts.map((sort) => html`<option value=${sort} ?selected=${qa.sort === sort}>${t(sort === 'top' ? 'sortTop' : 'sortNewest')}</option>`)}
      </select>
    </div>
    ${qa.orderStale
      ? html`<div class="reorder">
          <p class="muted" id="reorder-hint">${t('reorderHint')}</p>
          ${button({ label: t('reorder'), variant: 'secondary', describedBy: 'reorder-hint', onClick: () => qa.resort() })}
        </div>`
      : nothing}
  </div>`;
}

function renderList(qa: QaController, host: QaHost): TemplateResult {
  const t = host.t;
  if (qa.listState === 'error' && !qa.items) return notice('error', t('listError'), button({ label: t('retry'), variant: 'secondary', onClick: () => void qa.loadList(true) }));
  if (!qa.items) return html`<p class="muted">${t('loadingList')}</p>`;
  if (!qa.items.length) return html`<p class="muted empty">${t('noQuestions')}</p>`;
  return html`<ol class="items">
    ${repeat(
      qa.items,
      (item) => item.id,
      (item) => html`<li>${renderQuestion(qa, host, item)}</li>`,
    )}
  </ol>`;
}

/** Where the event stands: its start (date and time in the page's language), live, or over. */
function renderEventState(qa: QaController, host: QaHost): TemplateResult {
  const t = host.t;
  const loaded = host.loaded!;
  switch (qa.eventState) {
    case 'upcoming':
      return html`<p class="event-state" part="event-state">${loaded.opensAt ? t('startsAt', { date: host.formatDate(loaded.opensAt, longDateTime) }) : nothing}</p>`;
    case 'live':
      return html`<p class="event-state" part="event-state"><span class="badge badge--live">${t('liveNow')}</span></p>`;
    case 'closed':
      return html`<p class="event-state" part="event-state">${t('endedAt')}</p>`;
  }
}

/** The pinned question, repeated on top while it is being answered (text only: its controls are in the list). */
function renderPinned(qa: QaController, host: QaHost): TemplateResult | typeof nothing {
  const pinned = qa.pinned;
  if (!pinned) return nothing;
  return html`<section class="pinned" part="pinned-question" aria-labelledby="pinned-title">
    <h2 class="heading" id="pinned-title">${host.t('pinnedNow')}</h2>
    <p class="question__text" lang=${pinned.language}>${citizenText((pinned.payload as { question?: unknown }).question) ?? ''}</p>
  </section>`;
}

/** The whole Q&A: the event's state, asking, the pinned question, then the list with its tools. */
export function renderQa(qa: QaController, host: QaHost): TemplateResult {
  const t = host.t;
  const count = qa.items?.length ?? 0;
  return html`<div class="qa" part="qa">
    ${renderEventState(qa, host)}
    ${qa.connection === 'reconnecting' ? html`<p class="muted" part="connection">${t('reconnecting')}</p>` : nothing}
    ${renderAsk(qa, host)} ${renderMine(qa, host)} ${renderPinned(qa, host)}
    ${qa.eventState === 'upcoming' && !count
      ? nothing
      : // Not a landmark: two events on a page (or a preview in each language) would hold two of one name.
        html`<div class="list">
          <h2 class="heading" id="list-title">${t('questionsHeading', count, host.formatNumber(count))}</h2>
          ${renderToolbar(qa, host)} ${renderList(qa, host)}
        </div>`}
  </div>`;
}
