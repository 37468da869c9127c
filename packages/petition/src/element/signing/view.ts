import { html, nothing, type TemplateResult } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import type { SigningController } from './controller.js';
import type { SigningHost } from './host.js';

/** The count and its progress toward the threshold: a native progress bar, and the figures in words. */
export function renderProgress(controller: SigningController, host: SigningHost): TemplateResult | typeof nothing {
  const count = controller.count;
  if (!count) return nothing;
  const { signatures, threshold } = count;
  const t = host.t;
  return html`<div class="progress" part="progress">
    <p class="count" part="count">${t('signatures', signatures, host.formatNumber(signatures))}</p>
    <progress max=${threshold} .value=${Math.min(signatures, threshold)} aria-labelledby="petition-progress-text"></progress>
    <p id="petition-progress-text" class="progress-text">${t('progress', host.formatNumber(signatures), host.formatNumber(threshold))}</p>
    ${signatures >= threshold ? html`<p class="reached">${t('thresholdReached')}</p>` : nothing}
  </div>`;
}

const message = (tone: 'success' | 'info' | 'error', title: string, body: TemplateResult | string) =>
  html`<div class="signing-message" tabindex="-1">${notice(tone, title, body)}</div>`;

/** Below the petition while it is open: the form, or where the signer stands. */
export function renderSigning(controller: SigningController, host: SigningHost, privacyNotice: TemplateResult | typeof nothing): TemplateResult {
  const t = host.t;
  switch (controller.phase) {
    case 'signed-here':
      return message(
        'info',
        t('signedHere'),
        html`<p>${t('signedHereBody')}</p>
          ${button({ label: t('signAgain'), variant: 'secondary', onClick: () => controller.signAgain() })}`,
      );
    case 'confirm':
      return html`<div class="signing-message" tabindex="-1">
        ${notice(
          'info',
          t('confirmTitle'),
          html`<p>${t('confirmBody')}</p>
            ${controller.formError ? html`<p class="form-error">${controller.formError}</p>` : nothing}
            ${button({ label: t('confirm'), disabled: controller.sending, onClick: () => void controller.confirm() })}`,
        )}
      </div>`;
    case 'confirmed':
      return message('success', t('confirmed'), t('confirmedBody'));
    case 'link-expired':
      return message('error', t('linkExpired'), html`<p>${t('linkExpiredBody')}</p>${button({ label: t('signAgain'), variant: 'secondary', onClick: () => controller.signAgain() })}`);
    case 'link-invalid':
      return message('error', t('linkInvalid'), html`<p>${t('linkInvalidBody')}</p>${button({ label: t('signAgain'), variant: 'secondary', onClick: () => controller.signAgain() })}`);
    case 'form':
      return renderForm(controller, host, privacyNotice);
  }
}

function renderForm(controller: SigningController, host: SigningHost, privacyNotice: TemplateResult | typeof nothing): TemplateResult {
  const t = host.t;
  const { values, errors } = controller;
  const input = (name: 'name' | 'email' | 'postalCode', type: string, autocomplete: string, hint?: string) =>
    field(
      { id: `petition-${name}`, label: t(name), marker: t('required'), hint, error: errors[name], errorPrefix: t('errorPrefix') },
      ({ id, describedBy, invalid }) =>
        html`<input
          class="input"
          id=${id}
          type=${type}
          autocomplete=${autocomplete}
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${values[name]}
          @input=${(event: Event) => controller.update(name, (event.target as HTMLInputElement).value)}
        />`,
    );
  const consentError = errors.consent;
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-labelledby="petition-form-title"
    @focusin=${() => controller.prepareProof()}
    @submit=${(event: Event) => {
      event.preventDefault();
      void controller.sign();
    }}
  >
    <h3 id="petition-form-title" class="form-title">${t('formTitle')}</h3>
    <p class="hint">${t('formIntro')}</p>
    ${controller.formError ? html`<div class="signing-message" tabindex="-1">${notice('error', controller.formError)}</div>` : nothing}
    ${input('name', 'text', 'name')} ${input('email', 'email', 'email', t('emailHint'))} ${input('postalCode', 'text', 'postal-code', t('postalCodeHint'))}
    ${privacyNotice}
    <div class="field consent ${consentError ? 'field--invalid' : ''}">
      ${consentError ? html`<p class="error" id="petition-consent-error"><strong>${t('errorPrefix')}</strong> ${consentError}</p>` : nothing}
      <label class="choice">
        <input
          type="checkbox"
          id="petition-consent"
          aria-describedby=${consentError ? 'petition-consent-error' : nothing}
          aria-invalid=${consentError ? 'true' : nothing}
          .checked=${values.consent}
          @change=${(event: Event) => controller.update('consent', (event.target as HTMLInputElement).checked)}
        />
        <span>${t('consent')}</span>
      </label>
    </div>
    ${controller.verifying ? html`<p class="verifying" role="status">${t('verifying')}</p>` : nothing}
    <div class="actions">${button({ label: t('sign'), type: 'submit', disabled: controller.sending })}</div>
  </form>`;
}
