// Obvious personal details in free text: what a moderator sees flagged before publishing.
import { describe, expect, it } from 'vitest';
import { findPersonalDetails, personalDetailKindsIn } from '../src/schemas/personal-details.js';

const kinds = (text: string) => findPersonalDetails(text).map((detail) => [detail.kind, text.slice(detail.start, detail.end)]);

describe('personal details in free text', () => {
  it('finds emails, phone numbers, health-card and social insurance numbers where they are', () => {
    expect(kinds('Écrivez à jeanne.tremblay@exemple.qc.ca ou au (418) 555-0199.')).toEqual([
      ['email', 'jeanne.tremblay@exemple.qc.ca'],
      ['phone', '(418) 555-0199'],
    ]);
    expect(kinds('Ma carte TREJ 1234 5678 et mon NAS 123 456 789.')).toEqual([
      ['health-card', 'TREJ 1234 5678'],
      ['social-insurance', '123 456 789'],
    ]);
    expect(kinds('+1 514.555.0100, 1-800-555-0100 et 4185550199')).toEqual([
      ['phone', '+1 514.555.0100'],
      ['phone', '1-800-555-0100'],
      ['phone', '4185550199'],
    ]);
  });

  it('leaves ordinary numbers, dates and amounts alone', () => {
    expect(findPersonalDetails('J’ai attendu 45 minutes le 2026-03-14 pour payer 123,45 $ au comptoir 12.')).toEqual([]);
    expect(findPersonalDetails('')).toEqual([]);
  });

  it('gives the kinds found in several texts, each once, in a fixed order', () => {
    expect(personalDetailKindsIn(['418-555-0199', undefined, 'a@b.ca et 418 555 0100'])).toEqual(['email', 'phone']);
    expect(personalDetailKindsIn(['Rien de personnel.'])).toEqual([]);
  });
});
