// The types the collector registers, as the end-to-end suites see them: each needs a flow on the
// demo site (`Record<DemoType, …>` makes a forgotten one a compile error).
import type { TypeFixtures } from '@participe/core/manifest';
import { serverTypes } from '@participe/collector/types';

export type DemoType = (typeof serverTypes)[number]['manifest']['type'];

export const manifests = serverTypes.map((facet) => facet.manifest);

/** Each type's fixtures, by type. */
export const fixtures = Object.fromEntries(manifests.map((manifest) => [manifest.type, manifest.fixtures as TypeFixtures<string, unknown, unknown>])) as Record<
  DemoType,
  TypeFixtures<string, unknown, unknown>
>;

/** The example initiatives of every type, which the demo seeds. */
export const exampleInitiatives = manifests.flatMap((manifest) => [manifest.fixtures.initiative, ...(manifest.fixtures.moreInitiatives ?? [])].map((initiative) => initiative.id));
