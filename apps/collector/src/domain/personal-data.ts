import type { AnonymiseContext } from '@participe/core/manifest';
import { maskPayloadDetails } from '@participe/core/schemas';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { facetOf } from '../slices/registry.js';

/**
 * The payload with its type's personal fields anonymised (the type's `personalData` map). A type
 * this collector no longer knows cannot say which fields are personal: retention then destroys the
 * whole payload rather than keep something it cannot vouch for.
 */
export function anonymisePayload(initiative: InitiativeRecord, payload: unknown, context: AnonymiseContext = { published: false }): unknown {
  const manifest = facetOf(initiative.type)?.manifest;
  return manifest ? manifest.personalData.anonymise(initiative.settings.definition, payload, context) : {};
}

/** Paths in the initiative's payloads of fields holding an email address. */
export const emailPaths = (initiative: InitiativeRecord): string[][] => facetOf(initiative.type)?.manifest.personalData.emailPaths(initiative.settings.definition) ?? [];

/**
 * The payload with the obvious personal details (emails, phone, health-card and social-insurance
 * numbers) masked in the free-text fields its type declares must hold none (`maskedTextPaths`):
 * what is stored, whatever the channel. Run on the checked payload, before storing.
 */
export function maskDeclaredDetails(initiative: InitiativeRecord, payload: unknown): unknown {
  const paths = facetOf(initiative.type)?.manifest.personalData.maskedTextPaths(initiative.settings.definition) ?? [];
  return paths.length === 0 ? payload : maskPayloadDetails(payload, paths);
}
