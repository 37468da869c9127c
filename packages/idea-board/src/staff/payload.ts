import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, isAnonymised } from '@participe/core/staff';
import type { IdeaBoardChoice, IdeaBoardDefinition } from '../schema.js';
import { ideaBoardStaffStrings } from './strings.js';

type Payload = Partial<Record<'title' | 'description' | 'category' | 'topic' | 'text' | 'name', unknown>>;

const choiceLabel = (choices: readonly IdeaBoardChoice[] | undefined, id: unknown, language: Language) =>
  typeof id === 'string' ? (choices?.find((choice) => choice.id === id)?.label[language] ?? id) : undefined;

/**
 * One idea or post, readable: the citizen's words as text marked with their language (or the
 * anonymised mark), category and thread by their labels in the interface language.
 */
export function renderIdeaPayload(payload: unknown, definition: Partial<IdeaBoardDefinition> | undefined, language: Language, contentLanguage: Language): TemplateResult {
  const t = translator(ideaBoardStaffStrings, language);
  if (!payload || typeof payload !== 'object') return html`<code>${JSON.stringify(payload)}</code>`;
  const value = payload as Payload;
  const text = (key: keyof Payload, label: string, fallback?: string) => {
    const entry = value[key];
    if (typeof entry !== 'string') return fallback ? html`<dt>${label}</dt><dd>${fallback}</dd>` : nothing;
    return html`<dt>${label}</dt>${isAnonymised(entry) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${entry}</dd>`}`;
  };
  const choice = (key: 'category' | 'topic', label: string, choices: readonly IdeaBoardChoice[] | undefined) => {
    const words = choiceLabel(choices, value[key], language);
    return words === undefined ? nothing : html`<dt>${label}</dt><dd>${words}</dd>`;
  };
  return html`<dl class="payload">
    ${'text' in value
      ? html`${text('text', t('text'))} ${text('name', t('name'), t('noName'))}`
      : html`${text('title', t('title'))} ${text('description', t('description'))} ${choice('category', t('category'), definition?.categories)}`}
    ${choice('topic', t('topic'), definition?.topics)}
  </dl>`;
}
