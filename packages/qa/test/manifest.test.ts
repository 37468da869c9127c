// The type's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, issuesToText, toIssues } from '@participe/core/schemas';
import { qaExample, qaPayload, qaType, QaDefinition, QaResults } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('the qa type', () => {
  it('names its element and its example after itself', () => {
    expect(qaType.tag).toBe('participe-qa');
    expect(issuesOf(qaType.initiative, qaExample)).toEqual([]);
  });

  it('gives a definition its default length limit, within bounds', () => {
    expect(z.parse(QaDefinition, { prompt: { fr: 'Question\u202f?', en: 'Question?' } }).maxLength).toBe(1000);
    expect(issuesToText(issuesOf(QaDefinition, { prompt: { fr: 'Q', en: 'Q' }, maxLength: 0 }))).toContain('maxLength');
    expect(issuesToText(issuesOf(QaDefinition, { prompt: { fr: 'Q', en: 'Q' }, colour: 'blue' }))).toContain('colour');
  });

  describe('payload', () => {
    const schema = qaPayload({ ...qaExample.definition, maxLength: 10 });
    it('accepts a message within the limit, trimmed', () => {
      expect(z.parse(schema, { message: '  Bonjour  ' })).toEqual({ message: 'Bonjour' });
    });
    it.each([
      ['an empty message', { message: '   ' }, 'message'],
      ['a message over the limit', { message: 'x'.repeat(11) }, 'message: must be at most 10 characters'],
      ['a missing message', {}, 'message'],
      ['an unknown field', { message: 'Bonjour', email: 'a@b.c' }, 'email'],
    ])('refuses %s', (_name, payload, expected) => {
      expect(issuesToText(issuesOf(schema, payload))).toContain(expected);
    });
    it('accepts its own fixtures', () => {
      const own = qaPayload(qaExample.definition);
      for (const payload of [...qaType.fixtures.payloads, qaType.fixtures.withText('x'.repeat(5000))]) expect(issuesOf(own, payload)).toEqual([]);
    });
  });

  it('anonymises the message and nothing else', () => {
    const { anonymise, emailPaths } = qaType.personalData;
    expect(anonymise(qaExample.definition, { message: 'Jeanne Tremblay, 418-555-0199' })).toEqual({ message: ANONYMISED });
    expect(anonymise(qaExample.definition, { message: '  ' })).toEqual({ message: '  ' });
    expect(anonymise(qaExample.definition, null)).toBeNull();
    expect(emailPaths(qaExample.definition)).toEqual([]);
  });

  it('lets anyone write as often as they like', () => {
    expect(qaType.limits(qaExample.definition)).toEqual({ onePerParticipant: false, responseCap: undefined });
  });

  it('publishes a count of messages', () => {
    expect(issuesOf(QaResults, { initiative: qaExample.id, type: 'qa', messages: 3 })).toEqual([]);
    expect(issuesOf(QaResults, { initiative: qaExample.id, type: 'qa', messages: -1 })).not.toEqual([]);
  });
});
