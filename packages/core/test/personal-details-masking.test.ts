// Masking obvious personal details in the free-text fields a type declares must hold none.
import { describe, expect, it } from 'vitest';
import { maskedDetail, maskPayloadDetails, maskPersonalDetails, personalDetailsInWords } from '../src/schemas/personal-details-masking.js';

describe('masking personal details', () => {
  it('replaces each detail by its kind, leaving the rest of the text as written', () => {
    expect(maskPersonalDetails('Écrivez à jeanne.tremblay@exemple.qc.ca ou au (418) 555-0199, merci.')).toBe('Écrivez à [email] ou au [phone], merci.');
    expect(maskPersonalDetails('Ma carte TREJ 1234 5678 et mon NAS 123 456 789.')).toBe(`Ma carte ${maskedDetail('health-card')} et mon NAS ${maskedDetail('social-insurance')}.`);
  });

  it('leaves text without details, and ordinary numbers, untouched', () => {
    const text = 'J’ai attendu 45 minutes le 2026-03-14 pour payer 123,45 $.';
    expect(maskPersonalDetails(text)).toBe(text);
    expect(maskPersonalDetails('')).toBe('');
  });

  it('masks the declared paths of a payload only, without changing the payload given', () => {
    const payload = { answer: 'no', comment: 'Appelez-moi au 514-555-0100', page: 'https://www.quebec.ca/a', answers: { q1: 'a@b.ca', q2: 'c@d.ca' } };
    const frozen = structuredClone(payload);
    expect(maskPayloadDetails(payload, [['comment'], ['answers', 'q1']])).toEqual({ ...payload, comment: 'Appelez-moi au [phone]', answers: { q1: '[email]', q2: 'c@d.ca' } });
    expect(payload).toEqual(frozen);
  });

  it('ignores paths that lead nowhere or to something other than text', () => {
    const payload = { answer: 'no', count: 4185550199, list: ['a@b.ca'] };
    expect(maskPayloadDetails(payload, [['comment'], ['count'], ['list'], ['answer', 'deeper']])).toBe(payload);
    expect(maskPayloadDetails(null, [['comment']])).toBeNull();
    expect(maskPayloadDetails('a@b.ca', [['comment']])).toBe('a@b.ca');
  });

  it('words the kinds found as a list in either language', () => {
    expect(personalDetailsInWords(['email', 'phone'], 'fr')).toBe('une adresse courriel et un numéro de téléphone');
    expect(personalDetailsInWords(['email', 'phone', 'social-insurance'], 'en')).toBe('an email address, a phone number and a social insurance number');
  });
});
