import { ParticipePetition } from './petition.js';

export { ParticipePetition };

// A page may load the script twice (a CMS block and a template): `define` registers once, quietly.
ParticipePetition.define('participe-petition');

declare global {
  interface HTMLElementTagNameMap {
    'participe-petition': ParticipePetition;
  }
}
