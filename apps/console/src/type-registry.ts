// What the console derives from its list of types (`types.ts`): nothing here names a type.
import { settingsUnion } from '@participe/core/manifest';
import type { StaffFacet } from '@participe/core/staff';
import { staffTypes } from './types.js';

/** Every type's console facet, in the registry's order (the type picker's order). */
export const staffFacets: readonly StaffFacet[] = staffTypes as readonly StaffFacet[];

/** What staff write to create or replace an initiative: the settings of one of these types, chosen by `type`. */
export const InitiativeSettingsInput = settingsUnion(staffTypes.map((facet) => facet.manifest));

/** The console facet of `type`; undefined for a type this console does not know. */
export const staffFacetOf = (type: string): StaffFacet | undefined => staffFacets.find((facet) => facet.manifest.type === type);

/** The types whose results the collector computes (they get a results page). */
export const typesWithResults = staffFacets.filter((facet) => facet.results !== null).map((facet) => facet.manifest.type);
