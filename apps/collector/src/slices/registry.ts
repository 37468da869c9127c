// What the collector derives from its list of types (`types.ts`): nothing here names a type.
import * as z from 'zod/mini';
import { settingsUnion, type AnyManifest } from '@participe/core/manifest';
import type { ServerFacet, ServerInitiative } from '@participe/core/server';
import { serverTypes } from '../types.js';
import type { InitiativeRecord } from '../storage/initiatives.js';

type Facet = (typeof serverTypes)[number];

/** The types this collector knows, e.g. `survey`. */
export type InitiativeType = Facet['manifest']['type'];
export const initiativeTypes = serverTypes.map((facet) => facet.manifest.type) as InitiativeType[];

/** Every type's manifest, in the registry's order. */
export const manifests: readonly AnyManifest[] = serverTypes.map((facet) => facet.manifest);

/** What staff write to create or replace an initiative: the settings of one of these types, chosen by `type`. */
export const InitiativeSettingsInput = settingsUnion(serverTypes.map((facet) => facet.manifest));

/** Any type's initiative as citizens' widgets read it. */
export const PublicInitiative = z.union(manifests.map((manifest) => manifest.initiative) as [z.ZodMiniType, ...z.ZodMiniType[]]);

/** Any type's published results (types without results publish none). */
export const PublicResults = z.union(
  manifests.flatMap((manifest) => (manifest.results ? [manifest.results] : [])) as [z.ZodMiniType, ...z.ZodMiniType[]],
);

/** The facet serving `type`; undefined for a type this collector no longer knows (rows of a removed type). */
export const facetOf = (type: string): ServerFacet | undefined => (serverTypes as readonly ServerFacet[]).find((facet) => facet.manifest.type === type);

/** An initiative as its type's facet reads it. */
export const serverInitiative = (initiative: InitiativeRecord): ServerInitiative => ({
  id: initiative.id,
  organisationId: initiative.organisation.id,
  definition: initiative.settings.definition,
  settings: initiative.settings,
  status: initiative.status,
  resultsPublished: initiative.resultsPublished,
});
