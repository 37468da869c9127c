import { ParticipeIdeaBoard } from './idea-board.js';

export { ParticipeIdeaBoard };

// A page may load the script twice (a CMS block and a template): register once, quietly.
if (!customElements.get('participe-idea-board')) {
  customElements.define('participe-idea-board', ParticipeIdeaBoard);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-idea-board': ParticipeIdeaBoard;
  }
}
