import { html, type TemplateResult } from 'lit';

export interface Crumb {
  label: string;
  /** Absent on the current page. */
  href?: string;
}

/** Where the view sits: Initiatives › an initiative › this view. The last crumb is the current page. */
export function breadcrumbs(label: string, crumbs: Crumb[]): TemplateResult {
  return html`<nav class="breadcrumbs" aria-label=${label}>
    <ol>
      ${crumbs.map((crumb) => html`<li>${crumb.href ? html`<a href=${crumb.href}>${crumb.label}</a>` : html`<span aria-current="page">${crumb.label}</span>`}</li>`)}
    </ol>
  </nav>`;
}
