import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { PetitionDefinition } from './schema.js';

/** Everything that names or reaches the signer. The postal code keeps its region (first three characters) so counts by region stay. */
const personalKeys = ['name'] as const;

/**
 * A paper signature loses its name and the last half of its postal code when the
 * retention period ends; the signature still counts. (Web signatures live in the petition's own
 * table; the server facet anonymises them the same way.)
 */
export const petitionPersonalData: PersonalDataMap<PetitionDefinition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload)) return payload;
    const result: Record<string, unknown> = { ...payload };
    for (const key of personalKeys) if (typeof result[key] === 'string' && result[key].trim() !== '') result[key] = ANONYMISED;
    if (typeof result.postalCode === 'string' && result.postalCode.length > 3 && result.postalCode !== ANONYMISED) result.postalCode = regionOf(result.postalCode);
    return result;
  },
  emailPaths: () => [],
};

/** The forward sortation area: the first three characters of a postal code (a region, not a person). */
export const regionOf = (postalCode: string): string => postalCode.replace(/\s+/g, '').slice(0, 3).toUpperCase();
