import { describe, expect, it } from 'vitest';
import { ANONYMISED } from '@participe/core/schemas';
import { surveyExample } from '../src/manifest.js';
import { surveyPersonalData } from '../src/personal-data.js';

describe('survey comments at the end of retention', () => {
  it('removes each comment whole, as free text, and keeps the closed answers', () => {
    const payload = { answers: { frequence: 'mois', satisfaction: 2 }, comments: { frequence: 'Je travaille le soir.', satisfaction: '  ' } };
    expect(surveyPersonalData.anonymise(surveyExample.definition, payload)).toEqual({
      answers: { frequence: 'mois', satisfaction: 2 },
      comments: { frequence: ANONYMISED, satisfaction: '  ' },
    });
    // A payload without comments stays without.
    expect(surveyPersonalData.anonymise(surveyExample.definition, { answers: { frequence: 'mois' } })).toEqual({ answers: { frequence: 'mois' } });
  });
});
