import { html, type TemplateResult } from 'lit';
import { formatDate } from '@participe/core/element';
import type { Language, StaffContribution } from '@participe/core/schemas';
import type { ConsoleTranslate } from '../strings.js';

/**
 * How much of the pseudonym (a SHA-256 in hex) a table shows: enough to tell one participant's
 * contributions from another's at a glance, short enough to read; exports carry it whole.
 */
const SHOWN = 12;

/** Who sent a contribution: the participant's pseudonym, or when it was anonymised (no pseudonym is left then). */
export function participantText(contribution: StaffContribution, language: Language, t: ConsoleTranslate): TemplateResult | string {
  if (contribution.anonymisedAt) return t('participantAnonymised', { date: formatDate(language, contribution.anonymisedAt) });
  if (!contribution.participant) return t('participantNone');
  return html`<code class="pseudonym">${contribution.participant.slice(0, SHOWN)}…</code>`;
}
