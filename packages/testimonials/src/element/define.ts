import { ParticipeTestimonials } from './testimonials.js';

export { ParticipeTestimonials };

// A page may load the script twice (a CMS block and a template): `define` registers once, quietly.
ParticipeTestimonials.define('participe-testimonials');

declare global {
  interface HTMLElementTagNameMap {
    'participe-testimonials': ParticipeTestimonials;
  }
}
