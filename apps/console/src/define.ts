import { ParticipeConsole } from './console.js';

export { ParticipeConsole };

if (!customElements.get('participe-console')) customElements.define('participe-console', ParticipeConsole);

declare global {
  interface HTMLElementTagNameMap {
    'participe-console': ParticipeConsole;
  }
}
