// Every type the collector registers keeps the promises the cross-cutting suites rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { AnyManifest } from '@participe/core/manifest';
import { toIssues } from '@participe/core/schemas';
import { serverTypes } from '../src/types.js';

describe.each(serverTypes.map((facet) => [facet.manifest.type, facet] as const))('the %s type', (type, facet) => {
  const manifest: AnyManifest = facet.manifest;
  const initiative = z.parse(manifest.initiative, manifest.fixtures.initiative) as { definition: unknown };
  const payload = manifest.payload(initiative.definition);
  const problems = (value: unknown) => {
    const result = z.safeParse(payload, value);
    return result.success ? [] : toIssues(result.error.issues);
  };

  it('names its element and its example after itself', () => {
    expect(manifest.tag).toBe(`participe-${type}`);
    expect(manifest.fixtures.initiative.type).toBe(type);
  });

  it('has fixtures valid for its own schemas', () => {
    for (const value of manifest.fixtures.payloads) expect(problems(value)).toEqual([]);
    expect(problems(manifest.fixtures.withText('<script>alert(1)</script> =cmd|x'))).toEqual([]);
    expect(JSON.stringify(manifest.fixtures.withText('MARQUEUR'))).toContain('MARQUEUR');
  });

  it('publishes results exactly when its manifest has a results schema', () => {
    expect(facet.results === null).toBe(manifest.results === null);
  });

  it('orders its migrations and names each once', () => {
    const tags = facet.migrations.map((migration) => migration.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(facet.migrations.map((migration) => migration.when)).toEqual([...facet.migrations.map((migration) => migration.when)].sort((a, b) => a - b));
  });
});

it('registers each type once', () => {
  const types = serverTypes.map((facet) => facet.manifest.type);
  expect(new Set(types).size).toBe(types.length);
});
