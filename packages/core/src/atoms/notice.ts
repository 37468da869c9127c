import { html, nothing, type TemplateResult } from 'lit';

export type Tone = 'info' | 'success' | 'warning' | 'error';

/** A glyph per tone, so the tone never rests on colour alone; the title carries the meaning. */
const icons: Record<Tone, string> = { info: 'i', success: '✓', warning: '!', error: '✕' };

/** A message box: an icon, a title, optionally a body (text, list, or an action). */
export function notice(tone: Tone, title: string | TemplateResult, body?: TemplateResult | string): TemplateResult {
  return html`<div class="notice notice--${tone}" part="notice notice-${tone}">
    <span class="notice__icon" aria-hidden="true">${icons[tone]}</span>
    <p class="notice__title">${title}</p>
    ${body === undefined ? nothing : html`<div class="notice__body">${body}</div>`}
  </div>`;
}
