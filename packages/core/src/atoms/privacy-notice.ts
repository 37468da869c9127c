import { html, nothing, type TemplateResult } from 'lit';
import type { PrivacyNotice } from '../schemas/initiative.js';
import type { Language } from '../schemas/common.js';

export interface PrivacyNoticeLabels {
  title: string;
  purpose: string;
  recipient: string;
  retention: string;
  /** e.g. "Kept until March 1, 2027 at the latest.", or how long after a contribution. */
  retentionDate?: string | undefined;
}

/**
 * Why the data is collected, who receives it and how long it is kept. Open (`expanded`) wherever
 * personal information is asked, so it is read before anything is given; collapsed otherwise.
 * `extra` follows (the citizen's own answers: download, delete).
 */
export function privacyNotice(
  notice: PrivacyNotice,
  language: Language,
  labels: PrivacyNoticeLabels,
  expanded: boolean,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const content = html`<dl>
    <dt>${labels.purpose}</dt>
    <dd>${notice.purpose[language]}</dd>
    <dt>${labels.recipient}</dt>
    <dd>${notice.recipient[language]}</dd>
    <dt>${labels.retention}</dt>
    <dd>${notice.retention[language]}${labels.retentionDate ? html` ${labels.retentionDate}` : nothing}</dd>
  </dl>${extra}`;
  return expanded
    ? html`<section class="privacy privacy--expanded" part="privacy" aria-label=${labels.title}><p class="notice__title">${labels.title}</p>${content}</section>`
    : html`<details class="privacy" part="privacy"><summary>${labels.title}</summary>${content}</details>`;
}
