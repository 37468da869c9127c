import { html } from 'lit';
import { href, defaultPath } from '../router.js';
import { LocalizedElement } from '../view.js';

/** A console path that matches no route (a mistyped or outdated link). */
export class ConsoleNotFound extends LocalizedElement {
  override render() {
    const t = this.t;
    return html`<div class="view">
      <h1 tabindex="-1">${t('notFoundTitle')}</h1>
      <p>${t('notFoundText')}</p>
      <p><a href=${href(defaultPath)}>${t('backToInitiatives')}</a></p>
    </div>`;
  }
}

if (!customElements.get('console-not-found')) customElements.define('console-not-found', ConsoleNotFound);

declare global {
  interface HTMLElementTagNameMap {
    'console-not-found': ConsoleNotFound;
  }
}
