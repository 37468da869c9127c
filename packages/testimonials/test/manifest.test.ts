// The testimonial wall's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, toIssues } from '@participe/core/schemas';
import { TestimonialsDefinition, testimonialsExample, testimonialsPayload, testimonialsType } from '../src/manifest.js';
import { changeLabel, serviceLabel } from '../src/words.js';

const paths = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues).map((issue) => issue.path);
};
const services = testimonialsExample.definition.services;
const { publicContributions, personalData } = testimonialsType;

describe('the testimonials definition', () => {
  it('names its element and accepts its example', () => {
    expect(testimonialsType.tag).toBe('participe-testimonials');
    expect(paths(testimonialsType.initiative, testimonialsExample)).toEqual([]);
  });

  it('fills its defaults: ratings offered, 1500 characters, hidden after 3 reports', () => {
    expect(z.parse(TestimonialsDefinition, { services })).toEqual({ services, rating: true, textMaxLength: 1500, reportThreshold: 3 });
  });

  it('names what is wrong: no service, a repeated id, a limit out of bounds, an unknown field', () => {
    expect(paths(TestimonialsDefinition, { services: [] })).toEqual(['services']);
    expect(paths(TestimonialsDefinition, { services: [services[0], services[0]] })).toEqual(['services']);
    expect(paths(TestimonialsDefinition, { services: [{ id: 'Pas Un Id', label: { fr: 'A', en: 'A' } }] })).toEqual(['services[0].id']);
    expect(paths(TestimonialsDefinition, { services, textMaxLength: 10 })).toEqual(['textMaxLength']);
    expect(paths(TestimonialsDefinition, { services, colour: 'blue' })).toEqual(['(root)']);
  });
});

describe('what a citizen sends', () => {
  const schema = testimonialsPayload(testimonialsExample.definition);
  const valid = { text: '  Très bon accueil.  ', service: 'permis', visibility: 'public' };

  it('accepts a story with its service and visibility, trimmed; rating, first name and region optional', () => {
    expect(z.parse(schema, valid)).toEqual({ ...valid, text: 'Très bon accueil.' });
    expect(paths(schema, { ...valid, rating: 4, firstName: 'Jeanne', region: 'Estrie' })).toEqual([]);
  });

  it.each([
    ['an empty text', { ...valid, text: '  ' }, 'text'],
    ['a text over the limit', { ...valid, text: 'x'.repeat(1501) }, 'text'],
    ['a service the initiative does not list', { ...valid, service: 'douanes' }, 'service'],
    ['a rating out of range', { ...valid, rating: 6 }, 'rating'],
    ['a rating that is not whole', { ...valid, rating: 2.5 }, 'rating'],
    ['a visibility that is not one', { ...valid, visibility: 'friends' }, 'visibility'],
    ['no visibility', { text: 'Bien.', service: 'permis' }, 'visibility'],
    ['a first name too long', { ...valid, firstName: 'x'.repeat(61) }, 'firstName'],
    ['an unknown field', { ...valid, email: 'a@b.ca' }, '(root)'],
  ])('refuses %s', (_name, payload, path) => {
    expect(paths(schema, payload)).toContain(path);
  });

  it('refuses a rating when the initiative offers none', () => {
    const unrated = testimonialsPayload({ ...testimonialsExample.definition, rating: false });
    expect(paths(unrated, { ...valid, rating: 3 })).toEqual(['(root)']);
    expect(paths(unrated, valid)).toEqual([]);
  });

  it('accepts its own fixtures', () => {
    for (const payload of [...testimonialsType.fixtures.payloads, testimonialsType.fixtures.withText('x'.repeat(5000))]) expect(paths(schema, payload)).toEqual([]);
  });
});

describe('what the public sees', () => {
  const spec = publicContributions!;
  it('shows the story, never the visibility chosen nor what retention removed', () => {
    expect(spec.publicPayload(testimonialsExample.definition, { text: 'Bien.', service: 'permis', rating: 4, firstName: 'Jeanne', region: 'Estrie', visibility: 'public' })).toEqual({
      text: 'Bien.',
      service: 'permis',
      rating: 4,
      firstName: 'Jeanne',
      region: 'Estrie',
    });
    expect(spec.publicPayload(testimonialsExample.definition, { text: 'Bien.', service: 'permis', firstName: ANONYMISED, visibility: 'public' })).toEqual({ text: 'Bien.', service: 'permis' });
  });

  it('is public only when its author chose so, hidden after the threshold of reports, marked by the organisation', () => {
    expect(spec.publicWhen).toEqual({ field: 'visibility', equals: 'public' });
    expect(spec.reportThreshold({ ...testimonialsExample.definition, reportThreshold: 5 })).toBe(5);
    expect(spec.responseStatuses).toEqual(['reply', 'change-planned', 'change-made']);
    expect(changeLabel('change-made', 'fr')).toBe('Changement apporté');
    expect(changeLabel('unknown', 'en')).toBe('unknown');
    expect(serviceLabel(testimonialsExample.definition, 'permis', 'en')).toBe('Driver’s licence');
    expect(serviceLabel(testimonialsExample.definition, 'gone', 'en')).toBe('gone');
  });
});

describe('retention', () => {
  const story = { text: 'Jeanne, 418-555-0199', service: 'permis', rating: 3, firstName: 'Jeanne', region: 'Estrie', visibility: 'public' };
  it('keeps a published text and region, never the first name', () => {
    expect(personalData.anonymise(testimonialsExample.definition, story, { published: true })).toEqual({ ...story, firstName: ANONYMISED });
  });
  it('removes every word of a testimonial not published, keeping service and rating', () => {
    expect(personalData.anonymise(testimonialsExample.definition, story, { published: false })).toEqual({ ...story, text: ANONYMISED, firstName: ANONYMISED, region: ANONYMISED });
    expect(personalData.anonymise(testimonialsExample.definition, { text: 'Bien.', service: 'permis', visibility: 'ministry' })).toEqual({ text: ANONYMISED, service: 'permis', visibility: 'ministry' });
    expect(personalData.anonymise(testimonialsExample.definition, null)).toBeNull();
    expect(personalData.emailPaths(testimonialsExample.definition)).toEqual([]);
  });
});

it('lets anyone share as many testimonials as they like', () => {
  expect(testimonialsType.limits(testimonialsExample.definition)).toEqual({ onePerParticipant: false, responseCap: undefined });
});
