import { ParticipeQa } from './qa.js';

export { ParticipeQa };

// A page may load the script twice (a CMS block and a template): `define` registers once, quietly.
ParticipeQa.define('participe-qa');

declare global {
  interface HTMLElementTagNameMap {
    'participe-qa': ParticipeQa;
  }
}
