import { html, type TemplateResult } from 'lit';
import { formatDate } from '@participe/core/element';
import type { InitiativeStatus, Language, StaffInitiative } from '@participe/core/schemas';
import type { ConsoleTranslate } from '../strings.js';
import { staffFacetOf } from '../type-registry.js';

// Wording shared by the list and the detail page. Status is always written out, never colour alone.

const statusKeys = { draft: 'statusDraft', open: 'statusOpen', closed: 'statusClosed' } as const;
const availabilityKeys = { upcoming: 'availabilityUpcoming', open: 'availabilityOpen', closed: 'availabilityClosed' } as const;
const moderationKeys = { none: 'moderationNone', pre: 'moderationPre', post: 'moderationPost' } as const;

export const statusBadge = (status: InitiativeStatus, t: ConsoleTranslate): TemplateResult =>
  html`<span class="badge badge--${status}">${t(statusKeys[status])}</span>`;

export const availabilityText = (initiative: StaffInitiative, t: ConsoleTranslate) => t(availabilityKeys[initiative.availability]);

export const moderationText = (initiative: StaffInitiative, t: ConsoleTranslate) => t(moderationKeys[initiative.settings.moderation ?? 'none']);

export const typeLabel = (type: string, language: Language) => staffFacetOf(type)?.label(language) ?? type;

export function periodText(initiative: StaffInitiative, language: Language, t: ConsoleTranslate): string {
  const { opensAt, closesAt } = initiative.settings;
  const from = opensAt ? formatDate(language, opensAt) : undefined;
  const to = closesAt ? formatDate(language, closesAt) : undefined;
  if (from && to) return t('periodRange', { from, to });
  if (from) return t('periodFrom', { from });
  if (to) return t('periodUntil', { to });
  return t('periodNone');
}
