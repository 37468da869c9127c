import { html, type TemplateResult } from 'lit';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, isAnonymised } from '@participe/core/staff';
import { qaStaffStrings } from './strings.js';

/** A question and its name, as text in the participant's language (or the anonymised mark). */
export function renderQuestionPayload(payload: unknown, language: Language, contentLanguage: Language): TemplateResult {
  const t = qaStaffStrings[language];
  if (!payload || typeof payload !== 'object') return html`<code>${JSON.stringify(payload)}</code>`;
  const { question, name } = payload as { question?: unknown; name?: unknown };
  const value = (entry: unknown, fallback: string) =>
    typeof entry !== 'string' ? html`<dd>${fallback}</dd>` : isAnonymised(entry) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${entry}</dd>`;
  return html`<dl class="payload">
    <dt>${t.question}</dt>
    ${value(question, '')}
    <dt>${t.name}</dt>
    ${value(name, t.anonymous)}
  </dl>`;
}
