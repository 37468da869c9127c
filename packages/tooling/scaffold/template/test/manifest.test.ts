// The type's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, issuesToText, toIssues } from '@participe/core/schemas';
import { __camel__Example, __camel__Payload, __camel__Type, __Name__Definition, __Name__Results } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('the __name__ type', () => {
  it('names its element and its example after itself', () => {
    expect(__camel__Type.tag).toBe('participe-__name__');
    expect(issuesOf(__camel__Type.initiative, __camel__Example)).toEqual([]);
  });

  it('gives a definition its default length limit, within bounds', () => {
    expect(z.parse(__Name__Definition, { prompt: { fr: 'Question\u202f?', en: 'Question?' } }).maxLength).toBe(1000);
    expect(issuesToText(issuesOf(__Name__Definition, { prompt: { fr: 'Q', en: 'Q' }, maxLength: 0 }))).toContain('maxLength');
    expect(issuesToText(issuesOf(__Name__Definition, { prompt: { fr: 'Q', en: 'Q' }, colour: 'blue' }))).toContain('colour');
  });

  describe('payload', () => {
    const schema = __camel__Payload({ ...__camel__Example.definition, maxLength: 10 });
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
      const own = __camel__Payload(__camel__Example.definition);
      for (const payload of [...__camel__Type.fixtures.payloads, __camel__Type.fixtures.withText('x'.repeat(5000))]) expect(issuesOf(own, payload)).toEqual([]);
    });
  });

  it('anonymises the message and nothing else', () => {
    const { anonymise, emailPaths, maskedTextPaths } = __camel__Type.personalData;
    expect(anonymise(__camel__Example.definition, { message: 'Jeanne Tremblay, 418-555-0199' })).toEqual({ message: ANONYMISED });
    expect(anonymise(__camel__Example.definition, { message: '  ' })).toEqual({ message: '  ' });
    expect(anonymise(__camel__Example.definition, null)).toBeNull();
    expect(emailPaths(__camel__Example.definition)).toEqual([]);
    expect(maskedTextPaths(__camel__Example.definition)).toEqual([]);
  });

  it('lets anyone write as often as they like', () => {
    expect(__camel__Type.limits(__camel__Example.definition)).toEqual({ onePerParticipant: false, responseCap: undefined, perParticipant: undefined });
  });

  it('publishes a count of messages', () => {
    expect(issuesOf(__Name__Results, { initiative: __camel__Example.id, type: '__name__', messages: 3 })).toEqual([]);
    expect(issuesOf(__Name__Results, { initiative: __camel__Example.id, type: '__name__', messages: -1 })).not.toEqual([]);
  });
});
