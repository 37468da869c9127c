// The petition's pure rules, in Node: what the collector, the console and the widget all rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANONYMISED, toIssues } from '@participe/core/schemas';
import { handOffExample, petitionExample, petitionPayload, petitionType, PetitionDefinition, PetitionResults, PostalCode, regionOf, SignRequest } from '../src/manifest.js';

const paths = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues).map((issue) => issue.path);
};
const petitionText = { fr: 'Nous demandons…', en: 'We ask…' };

describe('the petition definition', () => {
  it('fills its defaults: signed here, a threshold of 1000', () => {
    expect(z.parse(PetitionDefinition, { text: petitionText, author: 'Vélo Charlevoix' })).toEqual({
      mode: 'sign',
      text: petitionText,
      author: 'Vélo Charlevoix',
      threshold: 1000,
      challengeRange: 200_000,
    });
  });

  it('names what is wrong: a hand-off without its link, a link that is not https, a threshold of zero, a response in one language', () => {
    expect(paths(PetitionDefinition, { mode: 'hand-off', text: petitionText, author: 'A' })).toEqual(['handOffUrl']);
    expect(paths(PetitionDefinition, { mode: 'hand-off', text: petitionText, author: 'A', handOffUrl: 'http://example.ca' })).toEqual(['handOffUrl']);
    expect(paths(PetitionDefinition, { text: petitionText, author: 'A', threshold: 0 })).toEqual(['threshold']);
    expect(paths(PetitionDefinition, { text: petitionText, author: 'A', response: { text: { fr: 'Réponse' }, publishedAt: '2026-05-01T00:00:00-04:00' } })).toEqual(['response.text.en']);
    expect(paths(PetitionDefinition, { text: petitionText })).toEqual(['author']);
  });

  it('takes its examples, signed here and handed off', () => {
    expect(paths(petitionType.initiative, petitionExample)).toEqual([]);
    expect(paths(petitionType.initiative, handOffExample)).toEqual([]);
    expect(petitionType.tag).toBe('participe-petition');
  });
});

describe('postal codes', () => {
  it.each([
    ['h2x 1y4', 'H2X 1Y4'],
    ['H2X1Y4', 'H2X 1Y4'],
    ['  g5a 1b2 ', 'G5A 1B2'],
  ])('reads %s as %s', (typed, stored) => expect(z.parse(PostalCode, typed)).toBe(stored));

  it.each(['D2X 1Y4', 'H2X-1Y4', '12345', 'W1A 1A1', 'H2X 1Y'])('refuses %s', (typed) => expect(z.safeParse(PostalCode, typed).success).toBe(false));

  it('keeps the region: the first three characters', () => expect(regionOf('h2x 1y4')).toBe('H2X'));
});

describe('what a signer sends', () => {
  const proof = { challenge: { parameters: {}, signature: 'abc' }, solution: { counter: 1, derivedKey: 'ab' } };
  const request = { name: 'Jeanne', email: 'jeanne@example.ca', postalCode: 'h2x1y4', consent: true, language: 'fr', page: 'http://localhost:4173/petition.html', proof };

  it('takes a signature with consent and a proof-of-work', () => {
    expect(z.parse(SignRequest, request).postalCode).toBe('H2X 1Y4');
  });

  it('refuses a signature without consent, with an address that is not one, or from a page that is not a web page', () => {
    expect(paths(SignRequest, { ...request, consent: false })).toEqual(['consent']);
    expect(paths(SignRequest, { ...request, email: 'jeanne' })).toEqual(['email']);
    expect(paths(SignRequest, { ...request, page: 'javascript:alert(1)' })).toEqual(['page']);
    expect(paths(SignRequest, { ...request, proof: undefined })).toEqual(['proof']);
  });

  it('takes paper signatures (staff entry), never with an address', () => {
    const schema = petitionPayload(petitionExample.definition);
    for (const payload of [...petitionType.fixtures.payloads, petitionType.fixtures.withText('x'.repeat(500))]) expect(paths(schema, payload)).toEqual([]);
    expect(paths(schema, { name: 'A', postalCode: 'H2X 1Y4', consent: false })).toEqual(['consent']);
    expect(paths(schema, { name: 'A', postalCode: 'H2X 1Y4', consent: true, email: 'a@example.ca' })).toEqual(['(root)']);
  });
});

describe('personal data', () => {
  const { anonymise, emailPaths } = petitionType.personalData;
  it('removes the name and the postal code, keeps the consent', () => {
    expect(anonymise(petitionExample.definition, { name: 'Sam Gagnon', postalCode: 'H2X 1Y4', consent: true })).toEqual({
      name: ANONYMISED,
      postalCode: ANONYMISED,
      consent: true,
    });
    expect(anonymise(petitionExample.definition, null)).toBeNull();
    expect(emailPaths(petitionExample.definition)).toEqual([]);
  });
});

it('publishes the count against the threshold', () => {
  expect(paths(PetitionResults, { initiative: petitionExample.id, type: 'petition', signatures: 3, threshold: 500 })).toEqual([]);
  expect(paths(PetitionResults, { initiative: petitionExample.id, type: 'petition', signatures: -1, threshold: 500 })).toEqual(['signatures']);
});
