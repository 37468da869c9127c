import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { settingsUnion } from '../src/manifest/index.js';
import { ApiError, availability, ContributionEnvelope, issuesToText, retentionEndsAt, toIssues, validate } from '../src/schemas/index.js';
import { exampleType } from './support/example-type.js';

const example = exampleType.fixtures.initiative;
const ExampleInitiative = exampleType.initiative;
const ExampleSettings = exampleType.settings;

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('initiative schemas', () => {
  it('accept the example initiative and fill defaults', () => {
    const { moderation, allowedOrigins, ...minimal } = example;
    const parsed = z.parse(ExampleInitiative, { ...minimal, definition: {} });
    expect(parsed.moderation).toBe('none');
    expect(parsed.allowedOrigins).toEqual([]);
    expect(parsed.definition.maxLength).toBe(500);
    expect(moderation && allowedOrigins).toBeTruthy();
  });

  it.each([
    ['a missing English title', { title: { fr: 'Titre' } }, 'title.en: expected string'],
    ['an empty French title', { title: { fr: '   ', en: 'Title' } }, 'title.fr: must not be empty'],
    ['an id with capitals', { id: 'Mon-Initiative' }, 'id: must be lowercase letters, digits and hyphens (1–64)'],
    ['an unknown field', { colour: 'blue' }, '(root): unknown field "colour"'],
    ['a negative retention', { retentionDays: -1 }, 'retentionDays: must be at least 1'],
    ['a definition limit too large', { definition: { maxLength: 5000 } }, 'definition.maxLength: must be at most 2000'],
    ['an origin with a path', { allowedOrigins: ['https://www.quebec.ca/sante'] }, 'allowedOrigins[0]: must be an origin such as https://www.quebec.ca'],
    ['dates in the wrong order', { opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' }, 'closesAt: closesAt must come after opensAt'],
    ['a wrong type', { type: 'survey' }, 'type: must be one of "example-note"'],
    ['an unknown moderation mode', { moderation: 'later' }, 'moderation: must be one of "none", "pre", "post"'],
  ])('explain %s with its path', (_name, change, expected) => {
    const issues = issuesOf(ExampleInitiative, { ...example, ...change });
    expect(issuesToText(issues)).toContain(expected);
  });

  it('settings exclude what staff do not set (organisation, status)', () => {
    const { organisation, status, resultsPublished, ...settings } = example;
    expect(issuesOf(ExampleSettings, settings)).toEqual([]);
    expect(issuesToText(issuesOf(ExampleSettings, { ...settings, organisation }))).toContain('unknown field "organisation"');
    expect(status && resultsPublished === false).toBeTruthy();
  });

  it('derive from the type: its tag, and the union the staff API takes, chosen by type', () => {
    expect(exampleType.tag).toBe('participe-example-note');
    const { organisation, status, resultsPublished, ...settings } = example;
    const union = settingsUnion([exampleType]);
    expect(issuesOf(union, settings)).toEqual([]);
    expect(issuesToText(issuesOf(union, { ...settings, type: 'survey' }))).toContain('type');
    expect(issuesToText(issuesOf(union, { ...settings, definition: { maxLength: 0 } }))).toContain('definition.maxLength: must be at least 1');
    expect(organisation && status && resultsPublished === false).toBeTruthy();
  });
});

describe('availability', () => {
  const at = (iso: string) => new Date(iso);
  const base = { status: 'open' as const, opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' };
  it.each([
    ['before it opens', base, '2026-02-01T00:00:00Z', 'upcoming'],
    ['between its dates', base, '2026-03-15T00:00:00Z', 'open'],
    ['at its closing instant', base, '2026-04-01T00:00:00Z', 'closed'],
    ['when closed by staff early', { ...base, status: 'closed' as const }, '2026-03-15T00:00:00Z', 'closed'],
    ['when still a draft', { ...base, status: 'draft' as const }, '2026-03-15T00:00:00Z', 'upcoming'],
    ['without dates', { status: 'open' as const }, '2030-01-01T00:00:00Z', 'open'],
  ])('is right %s', (_name, initiative, now, expected) => {
    expect(availability(initiative, at(now))).toBe(expected);
  });

  it('retention ends retentionDays after closing', () => {
    expect(retentionEndsAt({ closesAt: '2026-04-01T00:00:00Z', retentionDays: 30 })?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(retentionEndsAt({ closesAt: null, retentionDays: 30 })).toBeUndefined();
  });
});

describe('envelope and errors', () => {
  const envelope = {
    initiative: 'retroaction-pages',
    type: 'page-feedback',
    payload: { answer: 'yes' },
    idempotencyKey: '0b7f0c8e-5d0a-4b7e-9d1c-2f3a4b5c6d7e',
    participant: '5f0c8e0b-0a5d-4e7b-8c1d-7e6d5c4b3a2f',
    channel: 'web',
    language: 'fr',
  };
  it('accepts a well-formed envelope', () => {
    expect(issuesOf(ContributionEnvelope, envelope)).toEqual([]);
  });
  it.each([
    ['a non-UUID idempotency key', { idempotencyKey: 'abc' }, 'idempotencyKey: must be a valid uuid'],
    ['an unknown channel', { channel: 'fax' }, 'channel: must be one of "web", "paper", "phone"'],
    ['a third language', { language: 'es' }, 'language: must be one of "fr", "en"'],
  ])('refuses %s', (_name, change, expected) => {
    expect(issuesToText(issuesOf(ContributionEnvelope, { ...envelope, ...change }))).toContain(expected);
  });
  it('describes API errors', () => {
    expect(z.safeParse(ApiError, { code: 'not_found', message: 'No such initiative.' }).success).toBe(true);
    expect(z.safeParse(ApiError, { code: 'teapot', message: 'x' }).success).toBe(false);
  });
});

describe('validate', () => {
  it('returns the parsed value or the issues with their paths', () => {
    expect(validate(ExampleInitiative, example)).toMatchObject({ ok: true, value: { id: 'notes' } });
    expect(validate(ExampleInitiative, { ...example, id: 3 })).toEqual({ ok: false, issues: [{ path: 'id', code: 'invalid_type', params: { expected: 'string' }, message: 'expected string' }] });
  });
});
