// The type's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, issuesToText, toIssues } from '@participe/core/schemas';
import { eventState, qaExample, qaPayload, qaType, qaUpcomingExample, QaDefinition, QaResults, Question } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('the qa type', () => {
  it('names its element and its examples after itself', () => {
    expect(qaType.tag).toBe('participe-qa');
    for (const example of [qaExample, qaUpcomingExample]) expect(issuesOf(qaType.initiative, example)).toEqual([]);
  });

  it('gives a definition its defaults, within bounds', () => {
    expect(z.parse(QaDefinition, {})).toEqual({ questionMaxLength: 300, questionsPerParticipant: 5, names: true, reportThreshold: 3 });
    expect(issuesToText(issuesOf(QaDefinition, { questionMaxLength: 5 }))).toContain('questionMaxLength');
    expect(issuesToText(issuesOf(QaDefinition, { questionsPerParticipant: 0 }))).toContain('questionsPerParticipant');
    expect(issuesToText(issuesOf(QaDefinition, { colour: 'blue' }))).toContain('colour');
  });

  describe('event states', () => {
    const at = (iso: string) => new Date(iso);
    it('is upcoming before its start, live during it, closed after its end', () => {
      expect(eventState(qaUpcomingExample, at('2027-03-04T23:59:00Z'))).toBe('upcoming');
      expect(eventState(qaUpcomingExample, at('2027-03-05T00:00:00Z'))).toBe('live');
      expect(eventState(qaUpcomingExample, at('2027-03-05T02:00:00Z'))).toBe('closed');
    });
    it('follows the status staff set by hand', () => {
      expect(eventState({ ...qaExample, status: 'closed' }, at('2026-06-01T12:00:00Z'))).toBe('closed');
      expect(eventState({ ...qaExample, status: 'draft' }, at('2026-06-01T12:00:00Z'))).toBe('upcoming');
      expect(eventState(qaExample, at('2026-06-01T12:00:00Z'))).toBe('live');
    });
  });

  describe('payload', () => {
    const schema = qaPayload({ ...qaExample.definition, questionMaxLength: 20 });
    it('accepts a question within the limit, trimmed, signed or not', () => {
      expect(z.parse(schema, { question: '  Pourquoi\u202f?  ' })).toEqual({ question: 'Pourquoi\u202f?' });
      expect(z.parse(schema, { question: 'Pourquoi\u202f?', name: ' Jeanne ' })).toEqual({ question: 'Pourquoi\u202f?', name: 'Jeanne' });
    });
    it.each([
      ['an empty question', { question: '   ' }, 'question'],
      ['a question over the limit', { question: 'x'.repeat(21) }, 'question: must be at most 20 characters'],
      ['a missing question', {}, 'question'],
      ['a name too long', { question: 'Pourquoi', name: 'x'.repeat(61) }, 'name'],
      ['an unknown field', { question: 'Pourquoi', email: 'a@b.c' }, 'email'],
    ])('refuses %s', (_name, payload, expected) => {
      expect(issuesToText(issuesOf(schema, payload))).toContain(expected);
    });
    it('refuses a name when the event takes none', () => {
      expect(issuesToText(issuesOf(qaPayload({ ...qaExample.definition, names: false }), { question: 'Pourquoi', name: 'Jeanne' }))).toContain('name');
    });
    it('accepts its own fixtures', () => {
      const own = qaPayload(qaExample.definition);
      for (const payload of [...qaType.fixtures.payloads, qaType.fixtures.withText('x'.repeat(5000))]) expect(issuesOf(own, payload)).toEqual([]);
    });
  });

  it('anonymises the question and the name, nothing else', () => {
    const { anonymise, emailPaths } = qaType.personalData;
    expect(anonymise(qaExample.definition, { question: 'Jeanne Tremblay, 418-555-0199', name: 'Jeanne' })).toEqual({ question: ANONYMISED, name: ANONYMISED });
    expect(anonymise(qaExample.definition, { question: 'Pourquoi\u202f?' })).toEqual({ question: ANONYMISED });
    expect(anonymise(qaExample.definition, null)).toBeNull();
    expect(emailPaths(qaExample.definition)).toEqual([]);
  });

  it('shows questions without a name retention removed', () => {
    const spec = qaType.publicContributions!;
    expect(spec.publicPayload(qaExample.definition, { question: ANONYMISED, name: ANONYMISED })).toEqual({ question: ANONYMISED });
    expect(spec.publicPayload(qaExample.definition, { question: 'Pourquoi', name: 'Jeanne' })).toEqual({ question: 'Pourquoi', name: 'Jeanne' });
    expect(spec.responseStatuses).toEqual(['answered', 'duplicate']);
    expect(spec.reportThreshold(qaExample.definition)).toBe(3);
  });

  it('limits how many questions one participant posts', () => {
    expect(qaType.limits(qaExample.definition)).toEqual({ onePerParticipant: false, responseCap: undefined, perParticipant: 5 });
  });

  it('reads questions with their votes and pin', () => {
    const question = {
      id: '00000000-0000-4000-8000-000000000001',
      language: 'fr',
      receivedAt: '2026-06-01T12:00:00.000Z',
      byOrganisation: false,
      editedAt: null,
      payload: { question: 'Pourquoi' },
      response: null,
      votes: 2,
      pinned: true,
    };
    expect(issuesOf(Question, question)).toEqual([]);
    expect(issuesOf(Question, { ...question, votes: -1 })).not.toEqual([]);
  });

  it('publishes counts of questions, answers and votes', () => {
    expect(issuesOf(QaResults, { initiative: qaExample.id, type: 'qa', questions: 3, published: 2, answered: 1, votes: 7 })).toEqual([]);
    expect(issuesOf(QaResults, { initiative: qaExample.id, type: 'qa', questions: -1, published: 0, answered: 0, votes: 0 })).not.toEqual([]);
  });
});
