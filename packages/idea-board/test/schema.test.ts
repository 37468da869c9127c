// The idea board's definition and payload rules, and its personal-data map: pure, no DOM.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, toIssues } from '@participe/core/schemas';
import { allowedVotes, discussionExample, IdeaBoardDefinition, ideaBoardExample, ideaBoardPayload, ideaBoardType } from '../src/manifest.js';

const issues = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues).map((issue) => issue.path);
};
const definition = (value: unknown) => z.parse(IdeaBoardDefinition, value);

describe('the idea board definition', () => {
  it('fills its defaults: ideas, support votes, no limit', () => {
    expect(definition({})).toEqual({ mode: 'ideas', categories: [], topics: [], voteModel: 'support', titleMaxLength: 120, descriptionMaxLength: 2000, textMaxLength: 300, reportThreshold: 3 });
  });

  it('names what is wrong: a repeated id, an id that is not one, a limit out of bounds, an unknown model', () => {
    const label = { fr: 'A', en: 'A' };
    expect(issues(IdeaBoardDefinition, { categories: [{ id: 'a', label }, { id: 'a', label }] })).toEqual(['categories']);
    expect(issues(IdeaBoardDefinition, { topics: [{ id: 'Pas Un Id', label }] })).toEqual(['topics[0].id']);
    expect(issues(IdeaBoardDefinition, { voteLimit: 0 })).toEqual(['voteLimit']);
    expect(issues(IdeaBoardDefinition, { voteModel: 'likes' })).toEqual(['voteModel']);
    expect(issues(IdeaBoardDefinition, { titleMaxLength: 10 })).toEqual(['titleMaxLength']);
    expect(issues(IdeaBoardDefinition, { extra: true })).toEqual(['(root)']);
  });
});

describe('what a citizen sends', () => {
  const ideas = ideaBoardPayload(ideaBoardExample.definition);
  const posts = ideaBoardPayload(discussionExample.definition);

  it('is an idea with one of the categories, trimmed and within the limits', () => {
    expect(z.parse(ideas, { title: '  Un titre ', description: 'Une description', category: 'en-ligne' })).toEqual({ title: 'Un titre', description: 'Une description', category: 'en-ligne' });
    expect(issues(ideas, { title: '', description: 'x', category: 'en-ligne' })).toEqual(['title']);
    expect(issues(ideas, { title: 'x'.repeat(121), description: 'x', category: 'en-ligne' })).toEqual(['title']);
    expect(issues(ideas, { title: 'x', description: 'x' })).toEqual(['category']);
    expect(issues(ideas, { title: 'x', description: 'x', category: 'ailleurs' })).toEqual(['category']);
    // The board has no threads: a topic is refused.
    expect(issues(ideas, { title: 'x', description: 'x', category: 'en-ligne', topic: 'a' })).toEqual(['(root)']);
  });

  it('is a post in discussion mode: a text, an optional name, one of the threads', () => {
    expect(z.parse(posts, { text: 'Un avis', name: 'Léa', topic: 'tarifs' })).toEqual({ text: 'Un avis', name: 'Léa', topic: 'tarifs' });
    expect(issues(posts, { text: 'x'.repeat(301) })).toEqual(['text']);
    expect(issues(posts, { text: 'x', name: 'x'.repeat(61) })).toEqual(['name']);
    expect(issues(posts, { text: 'x', topic: 'inconnu' })).toEqual(['topic']);
    expect(issues(posts, { title: 'x', description: 'x' })).toEqual(['text', '(root)']);
  });

  it('votes with the values of the model', () => {
    expect(allowedVotes('support')).toEqual([1]);
    expect(allowedVotes('up-down')).toEqual([1, -1]);
    expect(allowedVotes('stars')).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('personal data and the public view', () => {
  it('anonymises every text a citizen wrote, and keeps the category and the thread', () => {
    const { anonymise } = ideaBoardType.personalData;
    expect(anonymise(ideaBoardExample.definition, { title: 'T', description: 'D', category: 'en-ligne' })).toEqual({ title: ANONYMISED, description: ANONYMISED, category: 'en-ligne' });
    expect(anonymise(discussionExample.definition, { text: 'T', name: 'Léa', topic: 'tarifs' })).toEqual({ text: ANONYMISED, name: ANONYMISED, topic: 'tarifs' });
  });

  it('shows the public everything but an anonymised name', () => {
    const spec = ideaBoardType.publicContributions!;
    expect(spec.publicPayload(discussionExample.definition, { text: 'T', name: ANONYMISED })).toEqual({ text: 'T' });
    expect(spec.publicPayload(discussionExample.definition, { text: 'T', name: 'Léa' })).toEqual({ text: 'T', name: 'Léa' });
    expect(spec.reportThreshold(ideaBoardExample.definition)).toBe(3);
  });
});
