import { Participe__Name__ } from './__name__.js';

export { Participe__Name__ };

// A page may load the script twice (a CMS block and a template): register once, quietly.
if (!customElements.get('participe-__name__')) {
  customElements.define('participe-__name__', Participe__Name__);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-__name__': Participe__Name__;
  }
}
