// The type's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, issuesToText, toIssues } from '@participe/core/schemas';
import { testimonialsExample, testimonialsPayload, testimonialsType, TestimonialsDefinition, TestimonialsResults } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('the testimonials type', () => {
  it('names its element and its example after itself', () => {
    expect(testimonialsType.tag).toBe('participe-testimonials');
    expect(issuesOf(testimonialsType.initiative, testimonialsExample)).toEqual([]);
  });

  it('gives a definition its default length limit, within bounds', () => {
    expect(z.parse(TestimonialsDefinition, { prompt: { fr: 'Question\u202f?', en: 'Question?' } }).maxLength).toBe(1000);
    expect(issuesToText(issuesOf(TestimonialsDefinition, { prompt: { fr: 'Q', en: 'Q' }, maxLength: 0 }))).toContain('maxLength');
    expect(issuesToText(issuesOf(TestimonialsDefinition, { prompt: { fr: 'Q', en: 'Q' }, colour: 'blue' }))).toContain('colour');
  });

  describe('payload', () => {
    const schema = testimonialsPayload({ ...testimonialsExample.definition, maxLength: 10 });
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
      const own = testimonialsPayload(testimonialsExample.definition);
      for (const payload of [...testimonialsType.fixtures.payloads, testimonialsType.fixtures.withText('x'.repeat(5000))]) expect(issuesOf(own, payload)).toEqual([]);
    });
  });

  it('anonymises the message and nothing else', () => {
    const { anonymise, emailPaths } = testimonialsType.personalData;
    expect(anonymise(testimonialsExample.definition, { message: 'Jeanne Tremblay, 418-555-0199' })).toEqual({ message: ANONYMISED });
    expect(anonymise(testimonialsExample.definition, { message: '  ' })).toEqual({ message: '  ' });
    expect(anonymise(testimonialsExample.definition, null)).toBeNull();
    expect(emailPaths(testimonialsExample.definition)).toEqual([]);
  });

  it('lets anyone write as often as they like', () => {
    expect(testimonialsType.limits(testimonialsExample.definition)).toEqual({ onePerParticipant: false, responseCap: undefined });
  });

  it('publishes a count of messages', () => {
    expect(issuesOf(TestimonialsResults, { initiative: testimonialsExample.id, type: 'testimonials', messages: 3 })).toEqual([]);
    expect(issuesOf(TestimonialsResults, { initiative: testimonialsExample.id, type: 'testimonials', messages: -1 })).not.toEqual([]);
  });
});
