import type { InitiativeType } from '@participe/core/schemas';
import type { InitiativeRecord } from '../store/initiatives.js';
import { pageFeedbackPrivacy } from './page-feedback.js';
import { surveyPrivacy } from './survey.js';

/**
 * Where one initiative type keeps personal information in its payloads: what retention removes,
 * and where an access request looks for an email address. One hook per type, next to its results
 * and export hooks; `contributionFixtures[type].personalFields` (core) lists the same fields for
 * the cross-cutting tests, which check the two agree.
 */
export interface PrivacyHook {
  /**
   * The payload with every personal field's value replaced by `ANONYMISED` (so that published
   * results, which count answers, stay as they were) and everything else untouched: choices,
   * numbers, dates, the rated page.
   */
  anonymise(initiative: InitiativeRecord, payload: unknown): unknown;
  /** Paths in the payload of fields holding an email address (`['answers', 'courriel']`). */
  emailPaths(initiative: InitiativeRecord): string[][];
}

export const privacyHooks: Record<'page-feedback' | 'survey', PrivacyHook> & Partial<Record<InitiativeType, PrivacyHook>> = {
  'page-feedback': pageFeedbackPrivacy,
  survey: surveyPrivacy,
};

/**
 * A type without a hook cannot say which of its fields are personal: retention then destroys the
 * whole payload rather than keep something it cannot vouch for.
 */
export function anonymisePayload(initiative: InitiativeRecord, payload: unknown): unknown {
  const hook = privacyHooks[initiative.type];
  return hook ? hook.anonymise(initiative, payload) : {};
}

export const emailPaths = (initiative: InitiativeRecord): string[][] => privacyHooks[initiative.type]?.emailPaths(initiative) ?? [];
