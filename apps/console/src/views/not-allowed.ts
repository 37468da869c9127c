import { html } from 'lit';
import { notice } from '@participe/core/atoms';
import { defaultPath, href } from '../router.js';
import { LocalizedElement } from '../view.js';

/** A view the signed-in role may not open (e.g. access requests for an analyst), reached by a typed or shared link. */
export class ConsoleNotAllowed extends LocalizedElement {
  override render() {
    const t = this.t;
    return html`<div class="view">
      <h1 tabindex="-1">${t('notAllowedTitle')}</h1>
      ${notice('info', t('notAllowedText'))}
      <p><a href=${href(defaultPath)}>${t('backToInitiatives')}</a></p>
    </div>`;
  }
}

if (!customElements.get('console-not-allowed')) customElements.define('console-not-allowed', ConsoleNotAllowed);

declare global {
  interface HTMLElementTagNameMap {
    'console-not-allowed': ConsoleNotAllowed;
  }
}
