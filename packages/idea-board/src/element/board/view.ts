import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button, notice } from '@participe/core/atoms';
import type { IdeaSort } from '../../schema.js';
import { labelOf, type BoardController } from './controller.js';
import { renderForm } from './form.js';
import type { BoardHost } from './host.js';
import { renderItem } from './items.js';

const sorts: IdeaSort[] = ['top', 'newest', 'trending'];

/** Proposing: the form when open, else the button that opens it (also after a proposal, for another). */
function renderPropose(board: BoardController, host: BoardHost): TemplateResult | typeof nothing {
  if (!board.open) return nothing;
  if (!board.isIdeas) return renderForm(board, host);
  if (board.formOpen && host.state !== 'submitted') return renderForm(board, host);
  const open = async () => {
    if (host.state === 'submitted') host.reopen();
    board.openForm(true);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#field-title')?.focus();
  };
  return html`<div class="actions">
    <button class="button button--primary" part="button button-primary" id="propose-open" type="button" aria-expanded="false" @click=${open}>
      ${host.t(host.state === 'submitted' ? 'proposeAnother' : 'proposeOpen')}
    </button>
  </div>`;
}

/** Sort, category and search: each labelled; the list reloads, focus stays where it is. */
function renderToolbar(board: BoardController, host: BoardHost): TemplateResult | typeof nothing {
  if (!board.isIdeas) return nothing;
  const t = host.t;
  const definition = board.definition!;
  const sortLabel = (sort: IdeaSort) => (sort === 'top' ? t(definition.voteModel === 'stars' ? 'sortTopRated' : 'sortTop') : t(sort === 'newest' ? 'sortNewest' : 'sortTrending'));
  return html`<div class="toolbar" part="toolbar">
    <div class="field">
      <label class="field__label" for="sort">${t('sortLabel')}</label>
      <select class="input" id="sort" @change=${(event: Event) => board.setSort((event.target as HTMLSelectElement).value as IdeaSort)}>
        ${sorts.map((sort) => html`<option value=${sort} ?selected=${board.sort === sort}>${sortLabel(sort)}</option>`)}
      </select>
    </div>
    ${definition.categories.length
      ? html`<div class="field">
          <label class="field__label" for="category-filter">${t('categoryFilter')}</label>
          <select class="input" id="category-filter" @change=${(event: Event) => board.setCategory((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!board.category}>${t('allCategories')}</option>
            ${definition.categories.map((category) => html`<option value=${category.id} ?selected=${board.category === category.id}>${host.localize(category.label)}</option>`)}
          </select>
        </div>`
      : nothing}
    <form
      class="search"
      role="search"
      aria-label=${host.loaded ? host.localize(host.loaded.title) : t('searchLabel')}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        board.applySearch();
      }}
    >
      <div class="field">
        <label class="field__label" for="search">${t('searchLabel')}</label>
        <input class="input" id="search" type="search" maxlength="200" .value=${board.search} @input=${(event: Event) => (board.search = (event.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        ${button({ label: t('searchButton'), type: 'submit', variant: 'secondary' })}
        ${board.query ? button({ label: t('searchClear'), variant: 'secondary', onClick: () => board.clearSearch() }) : nothing}
      </div>
    </form>
  </div>`;
}

/** What this browser sent that others do not see (yet): pending, or not published with the reason. */
function renderMine(board: BoardController, host: BoardHost): TemplateResult | typeof nothing {
  if (!board.mine.length) return nothing;
  const t = host.t;
  return html`<section class="mine" part="mine" aria-labelledby="mine-title">
    <h3 class="heading" id="mine-title">${t('mineTitle')}</h3>
    <ul class="mine__list">
      ${board.mine.map(
        (item) => html`<li>
          <span class="mine__label" lang=${item.language}>${labelOf(item.payload)}</span>
          <span class="badge">${item.moderationState === 'rejected' ? (item.moderationReason ? t('mineRejectedReason', { reason: item.moderationReason }) : t('mineRejected')) : t('minePending')}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderList(board: BoardController, host: BoardHost): TemplateResult {
  const t = host.t;
  if (board.listState === 'error' && !board.items?.length) {
    return notice('error', t('listError'), button({ label: t('retry'), variant: 'secondary', onClick: () => void board.loadList() }));
  }
  if (!board.items || (board.listState === 'loading' && !board.items.length)) return html`<p class="muted">${t('loadingList')}</p>`;
  if (!board.items.length) return html`<p class="muted empty">${t(board.query ? 'noMatch' : board.isIdeas ? 'noIdeas' : 'noComments')}</p>`;
  return html`<ol class="items" aria-labelledby="list-title" aria-busy=${board.listState === 'loading' ? 'true' : 'false'}>
      ${repeat(
        board.items,
        (item) => item.id,
        (item) => html`<li>${renderItem(board, host, item)}</li>`,
      )}
    </ol>
    <p class="muted shown">${t('shown', board.items.length, host.formatNumber(board.items.length))}</p>
    ${board.nextCursor
      ? html`<div class="actions">
          ${button({ label: board.loadingMore ? t('loading') : t('loadMore'), variant: 'secondary', disabled: board.loadingMore, onClick: () => void board.loadList(true) })}
        </div>`
      : nothing}`;
}

/**
 * The whole board: votes left, proposing, then the list with its heading (and count), its tools,
 * the citizen's own pending contributions, and "show more".
 */
export function renderBoard(board: BoardController, host: BoardHost): TemplateResult {
  const t = host.t;
  const votesLeft = board.canVote ? board.votesLeftText() : undefined;
  const heading = board.isIdeas ? t('ideasHeading', board.total, host.formatNumber(board.total)) : t('commentsHeading', board.total, host.formatNumber(board.total));
  return html`<div class="board" part="board">
    ${votesLeft ? html`<p class="votes-left" part="votes-left">${votesLeft}</p>` : nothing}
    ${renderPropose(board, host)}
    <section class="list" aria-labelledby="list-title">
      <h2 class="heading" id="list-title">${heading}</h2>
      ${renderToolbar(board, host)} ${renderMine(board, host)} ${renderList(board, host)}
    </section>
  </div>`;
}
