import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { PetitionDefinition } from './schema.js';

/** Everything that names or locates the signer. */
const personalKeys = ['name', 'postalCode'] as const;

/**
 * A paper signature loses its name and postal code when the retention period ends; it still counts
 * (in the total; its region becomes unknown). Web signatures live in the petition's own table,
 * where the server facet keeps the region apart (`anonymiseOwn`).
 */
export const petitionPersonalData: PersonalDataMap<PetitionDefinition> = {
  // Names and postal codes only: no free text that could hide other details.
  maskedTextPaths: () => [],
  anonymise(_definition, payload) {
    if (!isRecord(payload)) return payload;
    const result: Record<string, unknown> = { ...payload };
    for (const key of personalKeys) if (typeof result[key] === 'string' && result[key].trim() !== '') result[key] = ANONYMISED;
    return result;
  },
  emailPaths: () => [],
};

/** The forward sortation area: the first three characters of a postal code (a region, not a person). */
export const regionOf = (postalCode: string): string => postalCode.replace(/\s+/g, '').slice(0, 3).toUpperCase();
