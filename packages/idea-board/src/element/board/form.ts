import { html, nothing, type TemplateResult } from 'lit';
import { button, characterCount, field } from '@participe/core/atoms';
import type { BoardController, FormField } from './controller.js';
import type { BoardHost } from './host.js';

/** The remaining-characters counter's words, also announced once typing pauses. */
function counterText(host: BoardHost, length: number, max: number): string {
  const remaining = max - length;
  return remaining >= 0 ? host.t('charactersRemaining', remaining, host.formatNumber(remaining)) : host.t('charactersTooMany', -remaining, host.formatNumber(-remaining));
}

function textField(board: BoardController, host: BoardHost, name: FormField, options: { label: string; hint: string; max: number; required: boolean; multiline: boolean }): TemplateResult {
  const id = `field-${name}`;
  const value = board.form[name];
  const counterId = `${id}-counter`;
  const counted = options.max !== 60 || value.length > 0;
  const onInput = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    board.setField(name, next);
    host.announce(counterText(host, next.length, options.max));
  };
  return field(
    {
      id,
      label: options.label,
      marker: host.t(options.required ? 'required' : 'optional'),
      hint: options.hint,
      error: board.fieldErrors[name],
      errorPrefix: host.t('errorPrefix'),
      ...(counted && { extraId: counterId, extra: characterCount({ id: counterId, length: value.length, maxLength: options.max, message: counterText(host, value.length, options.max) }) }),
    },
    ({ id: controlId, describedBy, invalid }) =>
      options.multiline
        ? html`<textarea class="input" id=${controlId} name=${name} rows="5" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput}></textarea>`
        : html`<input class="input" id=${controlId} name=${name} type="text" autocomplete=${name === 'name' ? 'nickname' : 'off'} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput} />`,
  );
}

/** Existing ideas sharing words with the title being typed: support one rather than propose a duplicate. */
function renderSimilar(board: BoardController, host: BoardHost): TemplateResult | typeof nothing {
  if (!board.similar.length) return nothing;
  return html`<div class="similar" part="similar">
    <p class="similar__title" id="similar-title">${host.t('similarTitle')}</p>
    <ul class="similar__list" aria-labelledby="similar-title">
      ${board.similar.map(
        (item) => html`<li>
          <span class="similar__idea">${item.title}</span>
          <span class="muted">(${host.t('supports', item.votes.up, host.formatNumber(item.votes.up))})</span>
          <button class="link" type="button" @click=${() => void board.showIdea(item.id)}>${host.t('similarShow')}<span class="visually-hidden"> (${item.title})</span></button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Proposing an idea (title, similar ideas, description, category) or posting a comment (text,
 * display name): each field labelled, with its counter and its error; the privacy notice before
 * anything is sent.
 */
export function renderForm(board: BoardController, host: BoardHost): TemplateResult {
  const definition = board.definition!;
  const t = host.t;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void board.send();
  };
  const cancel = () => {
    board.openForm(false);
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#propose-open')?.focus());
  };
  const categoryError = board.fieldErrors.category;
  const fields = board.isIdeas
    ? html`${textField(board, host, 'title', { label: t('fieldTitle'), hint: t('fieldTitleHint'), max: definition.titleMaxLength, required: true, multiline: false })}
        ${renderSimilar(board, host)}
        ${textField(board, host, 'description', { label: t('fieldDescription'), hint: t('fieldDescriptionHint'), max: definition.descriptionMaxLength, required: true, multiline: true })}
        ${definition.categories.length
          ? field({ id: 'field-category', label: t('fieldCategory'), marker: t('required'), error: categoryError, errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
              html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => board.setField('category', (event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!board.form.category}>${t('chooseCategory')}</option>
                ${definition.categories.map((category) => html`<option value=${category.id} ?selected=${board.form.category === category.id}>${host.localize(category.label)}</option>`)}
              </select>`,
            )
          : nothing}`
    : html`${textField(board, host, 'text', { label: t('fieldText'), hint: t('fieldTextHint'), max: definition.textMaxLength, required: true, multiline: true })}
        ${textField(board, host, 'name', { label: t('fieldName'), hint: t('fieldNameHint'), max: 60, required: false, multiline: false })}`;
  return html`<section class="propose" part="propose" aria-labelledby="propose-title">
    <h2 class="heading" id="propose-title">${t(board.isIdeas ? 'proposeTitle' : 'postTitle')}</h2>
    <form id="propose-form" class="form" part="form" novalidate @submit=${onSubmit}>
      ${fields} ${host.renderPrivacyNotice(!board.isIdeas)}
      <div class="actions">
        ${button({ label: t(board.isIdeas ? 'proposeSend' : 'postSend'), type: 'submit', disabled: host.busy })}
        ${board.isIdeas ? button({ label: t('proposeCancel'), variant: 'secondary', onClick: cancel }) : nothing}
      </div>
    </form>
  </section>`;
}
