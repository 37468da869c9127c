import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { personalDetailKindsIn, type Language } from '@participe/core/schemas';
import { anonymisedMark, isAnonymised } from '@participe/core/staff';
import type { TestimonialsDefinition, TestimonialsPayload, Visibility } from '../schema.js';
import { flagWords, serviceLabel, visibilityWords } from '../words.js';
import { testimonialsStaffStrings } from './strings.js';

/**
 * One testimonial, readable: the personal details found automatically first (what the moderator
 * must remove), then the citizen's words as text marked with their language (or the anonymised
 * mark), the service by its label, rating, and the visibility its author chose.
 */
export function renderTestimonialPayload(payload: unknown, definition: Partial<TestimonialsDefinition> | undefined, language: Language, contentLanguage: Language): TemplateResult {
  const t = translator(testimonialsStaffStrings, language);
  if (!payload || typeof payload !== 'object') return html`<code>${JSON.stringify(payload)}</code>`;
  const value = payload as Partial<Record<keyof TestimonialsPayload, unknown>>;
  const words = (key: 'text' | 'firstName' | 'region', label: string) => {
    const entry = value[key];
    if (typeof entry !== 'string') return nothing;
    return html`<dt>${label}</dt>${isAnonymised(entry) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage} class="payload__text">${entry}</dd>`}`;
  };
  const texts = [value.text, value.firstName, value.region].map((entry) => (typeof entry === 'string' ? entry : undefined));
  const flags = personalDetailKindsIn(texts);
  const service = typeof value.service === 'string' ? serviceLabel({ services: definition?.services ?? [] } as TestimonialsDefinition, value.service, language) : undefined;
  const visibility = typeof value.visibility === 'string' ? (visibilityWords[language][value.visibility as Visibility] ?? value.visibility) : undefined;
  return html`${flags.length
      ? html`<div class="notice notice--warning flags" role="note">
          <p class="notice__title">${t('flags')}\u00a0: ${flags.map((kind) => flagWords[language][kind]).join(', ')}</p>
          <p>${t('flagsHint')}</p>
        </div>`
      : nothing}
    <dl class="payload">
      ${words('text', t('text'))} ${service === undefined ? nothing : html`<dt>${t('service')}</dt><dd>${service}</dd>`}
      <dt>${t('rating')}</dt><dd>${typeof value.rating === 'number' ? t('ratingValue', value.rating, String(value.rating)) : t('noRating')}</dd>
      ${words('firstName', t('firstName'))} ${words('region', t('region'))}
      ${visibility === undefined ? nothing : html`<dt>${t('visibility')}</dt><dd>${visibility}</dd>`}
    </dl>`;
}
