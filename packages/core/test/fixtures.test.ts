import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { contributionFixtures } from '../src/fixtures/index.js';
import { toIssues, typeSchemas, type InitiativeType } from '../src/schemas/index.js';

const entries = Object.entries(contributionFixtures) as Array<[InitiativeType, NonNullable<(typeof contributionFixtures)[InitiativeType]>]>;

// The suites trust these fixtures: they must be valid for their own initiative.
describe.each(entries)('contribution fixtures of %s', (type, fixture) => {
  const schemas = typeSchemas[type]!;
  const initiative = z.parse(schemas.initiative, fixture.initiative) as { definition: unknown };
  const payload = schemas.payload(initiative.definition);
  const problems = (value: unknown) => {
    const result = z.safeParse(payload, value);
    return result.success ? [] : toIssues(result.error.issues);
  };

  it('has valid payloads', () => {
    for (const value of fixture.payloads) expect(problems(value)).toEqual([]);
  });

  it('puts citizen text in a valid payload', () => {
    expect(problems(fixture.withText('<script>alert(1)</script> =cmd|x'))).toEqual([]);
    expect(JSON.stringify(fixture.withText('MARQUEUR'))).toContain('MARQUEUR');
  });
});
