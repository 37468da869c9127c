import { Participe__Name__ } from './__name__.js';

export { Participe__Name__ };

// A page may load the script twice (a CMS block and a template): `define` registers once, quietly.
Participe__Name__.define('participe-__name__');

declare global {
  interface HTMLElementTagNameMap {
    'participe-__name__': Participe__Name__;
  }
}
