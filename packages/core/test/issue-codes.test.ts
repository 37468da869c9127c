import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { citizenIssueWording } from '../src/element/issue-words.js';
import { frenchTypographyProblems } from '../src/element/strings.js';
import { coded, coreIssueCodes, defineIssueWording, Issue, namedFormat, Origin, Slug, toIssues, wordIssue } from '../src/schemas/index.js';
import { exampleType } from './support/example-type.js';

/** The one issue a value gets, without its English message. */
const codeOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  if (result.success) throw new Error('expected an issue');
  const [issue, ...others] = toIssues(result.error.issues);
  expect(others).toEqual([]);
  const { message, ...rest } = issue!;
  expect(message.length).toBeGreaterThan(3);
  return rest;
};

describe('issue codes from zod', () => {
  it.each<[string, z.ZodMiniType, unknown, Omit<Issue, 'message'>]>([
    ['invalid_type', z.strictObject({ a: z.string() }), { a: 3 }, { path: 'a', code: 'invalid_type', params: { expected: 'string' } }],
    ['invalid_type for a whole number', z.int(), 1.5, { path: '(root)', code: 'invalid_type', params: { expected: 'int' } }],
    ['invalid_type for a missing field of any type', z.strictObject({ payload: z.unknown() }), {}, { path: 'payload', code: 'invalid_type', params: { expected: 'nonoptional' } }],
    ['too_small on text', z.string().check(z.minLength(3)), 'ab', { path: '(root)', code: 'too_small', params: { minimum: 3, origin: 'string' } }],
    ['too_small on a list', z.array(z.string()).check(z.minLength(1)), [], { path: '(root)', code: 'too_small', params: { minimum: 1, origin: 'array' } }],
    ['too_small, exclusive', z.number().check(z.gt(0)), 0, { path: '(root)', code: 'too_small', params: { minimum: 0, origin: 'number', inclusive: false } }],
    ['too_small, exact length', z.string().check(z.length(4)), 'abc', { path: '(root)', code: 'too_small', params: { minimum: 4, origin: 'string', exact: true } }],
    ['too_big on a number', z.int().check(z.maximum(2000)), 5000, { path: '(root)', code: 'too_big', params: { maximum: 2000, origin: 'number' } }],
    ['too_big on a bigint', z.bigint().check(z.maximum(10n)), 11n, { path: '(root)', code: 'too_big', params: { maximum: 10, origin: 'bigint' } }],
    ['invalid_format of zod', z.uuid(), 'abc', { path: '(root)', code: 'invalid_format', params: { format: 'uuid' } }],
    ['invalid_format of a named pattern', Slug, 'Pas Un Id', { path: '(root)', code: 'invalid_format', params: { format: 'slug' } }],
    ['invalid_format of an origin', Origin, 'https://www.quebec.ca/sante', { path: '(root)', code: 'invalid_format', params: { format: 'origin' } }],
    ['invalid_value of an enum', z.enum(['fr', 'en']), 'es', { path: '(root)', code: 'invalid_value', params: { values: ['fr', 'en'] } }],
    ['invalid_value of a literal', z.literal(true), false, { path: '(root)', code: 'invalid_value', params: { values: [true] } }],
    ['unrecognized_keys', z.strictObject({ a: z.string() }), { a: 'x', colour: 'blue', size: 1 }, { path: '(root)', code: 'unrecognized_keys', params: { keys: ['colour', 'size'] } }],
    [
      'invalid_union with a discriminator',
      z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]),
      { type: 'c' },
      { path: 'type', code: 'invalid_union', params: { discriminator: 'type', options: ['a', 'b'] } },
    ],
    ['invalid_union without one', z.union([z.string(), z.number()]), true, { path: '(root)', code: 'invalid_union' }],
    ['invalid_key', z.record(z.string().check(namedFormat('short', /^.$/, 'one character')), z.number()), { ab: 1 }, { path: 'ab', code: 'invalid_key' }],
    ['not_multiple_of', z.number().check(z.multipleOf(5)), 7, { path: '(root)', code: 'not_multiple_of', params: { divisor: 5 } }],
    [
      'a custom check with its code and figures',
      z.string().check(z.refine((value) => value.length % 2 === 0, coded('odd_length', 'must have an even length', { params: { length: 3, examples: ['ab', 'abcd'] } }))),
      'abc',
      { path: '(root)', code: 'odd_length', params: { length: 3, examples: ['ab', 'abcd'] } },
    ],
    ['a custom check without a code', z.string().check(z.refine((value) => value === 'x', 'must be x')), 'y', { path: '(root)', code: 'custom' }],
  ])('%s', (_name, schema, value, expected) => {
    expect(codeOf(schema, value)).toEqual(expected);
  });

  it('keep the English message beside the code', () => {
    const result = z.safeParse(z.string().check(z.maxLength(3)), 'abcd');
    expect(toIssues(result.error!.issues, ['payload'])).toEqual([{ path: 'payload', code: 'too_big', params: { maximum: 3, origin: 'string' }, message: 'must be at most 3 characters' }]);
  });

  it('name dates in the wrong order with core’s own code, at closesAt', () => {
    const { organisation, status, resultsPublished, ...settings } = exampleType.fixtures.initiative;
    const result = z.safeParse(exampleType.settings, { ...settings, opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' });
    expect(toIssues(result.error!.issues)).toEqual([{ path: 'closesAt', code: 'dates_out_of_order', message: 'closesAt must come after opensAt' }]);
    expect(organisation && status && resultsPublished === false).toBeTruthy();
  });

  it('describe the wire: a code is required, params are figures', () => {
    expect(z.safeParse(Issue, { path: 'a', code: 'too_big', params: { maximum: 3, origin: 'string' }, message: 'm' }).success).toBe(true);
    expect(z.safeParse(Issue, { path: 'a', message: 'm' }).success).toBe(false);
    expect(z.safeParse(Issue, { path: 'a', code: 'Too Big', message: 'm' }).success).toBe(false);
    expect(z.safeParse(Issue, { path: 'a', code: 'x', params: { nested: { a: 1 } }, message: 'm' }).success).toBe(false);
  });
});

describe('issue wording by code', () => {
  const wording = defineIssueWording(
    { too_long: z.object({ maximum: z.number() }) },
    { fr: { too_long: ({ maximum }) => `au plus ${maximum}` }, en: { too_long: ({ maximum }) => `at most ${maximum}` } },
  );

  it('words a known code from its figures, in either language', () => {
    expect(wordIssue(wording, { code: 'too_long', params: { maximum: 3 } }, 'fr')).toBe('au plus 3');
    expect(wordIssue(wording, { code: 'too_long', params: { maximum: 3 } }, 'en')).toBe('at most 3');
  });

  it('leaves an unknown code, or one without its figures, to the caller', () => {
    expect(wordIssue(wording, { code: 'too_short', params: { minimum: 3 } }, 'fr')).toBeUndefined();
    expect(wordIssue(wording, { code: 'too_long' }, 'fr')).toBeUndefined();
    expect(wordIssue(wording, { code: 'too_long', params: { maximum: 'trois' } }, 'fr')).toBeUndefined();
    expect(wordIssue(wording, { code: 'toString' }, 'fr')).toBeUndefined();
  });

  it('words every core code for citizens, in French typography', () => {
    const samples: { [C in keyof typeof coreIssueCodes]: z.input<(typeof coreIssueCodes)[C]> } = {
      invalid_type: { expected: 'string' },
      too_small: { minimum: 2000, origin: 'string' },
      too_big: { maximum: 2, origin: 'array' },
      invalid_format: { format: 'email' },
      invalid_value: { values: ['oui', 'non'] },
      unrecognized_keys: { keys: ['a'] },
      invalid_union: {},
      invalid_key: {},
      not_multiple_of: { divisor: 5 },
      dates_out_of_order: {},
      taken: {},
      cannot_change: { value: 'abc' },
      nul_character: {},
      unpaired_surrogate: { key: true },
      too_deep: { maximum: 64 },
      context_undeclared: {},
    };
    const french = Object.fromEntries(Object.entries(samples).map(([code, params]) => [code, wordIssue(citizenIssueWording, { code, params }, 'fr')!]));
    expect(Object.values(french).every(Boolean)).toBe(true);
    expect(frenchTypographyProblems(french)).toEqual([]);
    expect(french['too_small']).toBe('doit compter au moins 2\u00a0000 caractères');
    expect(french['unrecognized_keys']).toBe('champ inconnu\u00a0: "a"');
    expect(wordIssue(citizenIssueWording, { code: 'too_small', params: { minimum: 1, origin: 'string' } }, 'en')).toBe('must not be empty');
  });
});
