// The registered types as the cross-cutting suites see them: each type's fixtures, by type.
import type { TypeFixtures } from '@participe/core/manifest';
import { manifests } from '../../src/slices/registry.js';

export type ContributionFixture = TypeFixtures<string, unknown, unknown>;

/** Every registered type's fixtures: a type joins the fault, abuse, privacy and retention suites by registering. */
export const contributionFixtures: Readonly<Record<string, ContributionFixture>> = Object.fromEntries(
  manifests.map((manifest) => [manifest.type, manifest.fixtures as ContributionFixture]),
);
