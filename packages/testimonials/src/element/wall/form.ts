import { html, nothing, type TemplateResult } from 'lit';
import { button, characterCount, field, group } from '@participe/core/atoms';
import { visibilities, type Visibility } from '../../schema.js';
import { flagWords, visibilityWords } from '../../words.js';
import { FIRST_NAME_MAX, REGION_MAX, type FormField, type WallController } from './controller.js';
import type { WallHost } from './host.js';

const visibilityHints = { public: 'visibilityPublicHint', ministry: 'visibilityMinistryHint', statistics: 'visibilityStatisticsHint' } as const satisfies Record<Visibility, string>;

/** The remaining-characters counter's words, also announced once typing pauses. */
function counterText(host: WallHost, length: number, max: number): string {
  const remaining = max - length;
  return remaining >= 0 ? host.t('charactersRemaining', remaining, host.formatNumber(remaining)) : host.t('charactersTooMany', -remaining, host.formatNumber(-remaining));
}

function textField(wall: WallController, host: WallHost, name: 'text' | 'firstName' | 'region', options: { label: string; hint: string; max: number; required: boolean }): TemplateResult {
  const id = `field-${name}`;
  const value = wall.form[name];
  const counterId = `${id}-counter`;
  const multiline = name === 'text';
  const onInput = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    wall.setField(name, next);
    if (multiline) host.announce(counterText(host, next.length, options.max));
  };
  const found = multiline ? wall.detailsFound : [];
  const warningId = `${id}-details`;
  const extra = html`${multiline ? characterCount({ id: counterId, length: value.length, maxLength: options.max, message: counterText(host, value.length, options.max) }) : nothing}
  ${found.length ? html`<p class="field__hint warning" id=${warningId}>${host.t('detailsFound', { details: found.map((kind) => flagWords[host.language][kind]).join(', ') })}</p>` : nothing}`;
  const extraIds = [multiline && counterId, found.length && warningId].filter(Boolean).join(' ');
  return field(
    {
      id,
      label: options.label,
      marker: host.t(options.required ? 'required' : 'optional'),
      hint: options.hint,
      error: wall.fieldErrors[name],
      errorPrefix: host.t('errorPrefix'),
      ...(extraIds && { extraId: extraIds, extra }),
    },
    ({ id: controlId, describedBy, invalid }) =>
      multiline
        ? html`<textarea class="input" id=${controlId} name=${name} rows="6" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput}></textarea>`
        : html`<input class="input" id=${controlId} name=${name} type="text" autocomplete=${name === 'firstName' ? 'given-name' : 'address-level1'} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput} />`,
  );
}

function radios(wall: WallController, host: WallHost, name: FormField, options: ReadonlyArray<{ value: string; label: string; hint?: string }>): TemplateResult {
  return html`${options.map(({ value, label, hint }, index) => {
    const id = index === 0 ? `field-${name}` : `field-${name}-${value || 'none'}`;
    const hintId = `${id}-hint`;
    return html`<div class="choice" part="choice">
        <input class="choice__input" type="radio" id=${id} name=${name} .checked=${wall.form[name] === value} aria-describedby=${hint ? hintId : nothing} @change=${() => wall.setField(name, value)} />
        <label class="choice__label" for=${id}>${label}</label>
      </div>
      ${hint ? html`<p class="choice__hint" id=${hintId}>${hint}</p>` : nothing}`;
  })}`;
}

/**
 * Sharing a testimonial: the privacy notice first, then the warning against personal details,
 * the text with its counter (and a warning when it seems to hold a phone number or an email), the
 * service, an optional rating, first name and region, and who may read it. Each field labelled,
 * with its error next to it.
 */
export function renderForm(wall: WallController, host: WallHost): TemplateResult {
  const definition = wall.definition!;
  const t = host.t;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void wall.send();
  };
  const cancel = () => {
    wall.openForm(false);
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#share-open')?.focus());
  };
  const ratings = [{ value: '', label: t('noRating') }, ...[1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: t('ratingValue', value, host.formatNumber(value)) }))];
  return html`<section class="share" part="share" aria-labelledby="share-title">
    <h2 class="heading" id="share-title">${t('shareTitle')}</h2>
    ${host.renderPrivacyNotice(true)}
    <div class="warning" part="warning" id="personal-warning">
      <p class="warning__title">${t('personalWarningTitle')}</p>
      <p>${t('personalWarning')}</p>
    </div>
    <form id="share-form" class="form" part="form" novalidate aria-describedby="personal-warning" @submit=${onSubmit}>
      ${textField(wall, host, 'text', { label: t('fieldText'), hint: t('fieldTextHint'), max: definition.textMaxLength, required: true })}
      ${field({ id: 'field-service', label: t('fieldService'), marker: t('required'), error: wall.fieldErrors.service, errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
        html`<select class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => wall.setField('service', (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!wall.form.service}>${t('chooseService')}</option>
          ${definition.services.map((service) => html`<option value=${service.id} ?selected=${wall.form.service === service.id}>${host.localize(service.label)}</option>`)}
        </select>`,
      )}
      ${definition.rating
        ? group({ id: 'group-rating', legend: t('ratingLegend'), hint: t('ratingHint'), marker: t('optional'), errorPrefix: t('errorPrefix') }, html`<div class="choices choices--inline">${radios(wall, host, 'rating', ratings)}</div>`)
        : nothing}
      ${textField(wall, host, 'firstName', { label: t('fieldFirstName'), hint: t('fieldFirstNameHint'), max: FIRST_NAME_MAX, required: false })}
      ${textField(wall, host, 'region', { label: t('fieldRegion'), hint: t('fieldRegionHint'), max: REGION_MAX, required: false })}
      ${group(
        { id: 'group-visibility', legend: t('visibilityLegend'), marker: t('required'), error: wall.fieldErrors.visibility, errorPrefix: t('errorPrefix') },
        html`<div class="choices">
          ${radios(
            wall,
            host,
            'visibility',
            visibilities.map((value) => ({ value, label: visibilityWords[host.language][value], hint: t(visibilityHints[value]) })),
          )}
        </div>`,
      )}
      <div class="actions">
        ${button({ label: t('shareSend'), type: 'submit', disabled: host.busy })} ${button({ label: t('shareCancel'), variant: 'secondary', onClick: cancel })}
      </div>
    </form>
  </section>`;
}
