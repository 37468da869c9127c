import { defineType } from '@participe/core/manifest';
import { surveyExample } from './fixtures.js';
import { surveyPersonalData } from './personal-data.js';
import { SurveyDefinition, surveyPayload, SurveyResults } from './schema.js';

export * from './schema.js';
export * from './rules.js';
export * from './issue-codes.js';
export { surveyExample } from './fixtures.js';

/** Questionnaires: pages of questions with conditions, a review step, results per question. */
export const surveyType = defineType({
  type: 'survey',
  definition: SurveyDefinition,
  payload: surveyPayload,
  results: SurveyResults,
  limits: (definition) => ({ onePerParticipant: definition.onePerParticipant, responseCap: definition.responseCap, perParticipant: undefined }),
  personalData: surveyPersonalData,
  publicContributions: null,
  reservedHeight: '24rem',
  fixtures: {
    initiative: surveyExample,
    payloads: [
      { answers: { frequence: 'mois', services: { choices: ['sante'] }, satisfaction: 4, enonces: { trouver: '4', clair: '5' }, priorites: ['mobile', 'delais', 'aide'], informer: false } },
      {
        answers: {
          frequence: 'semaine',
          services: { choices: ['permis'], other: 'Assurance parentale' },
          satisfaction: 1,
          problemes: 'Le paiement échoue.',
          enonces: { trouver: '1', clair: '2' },
          'nombre-permis': 2,
          priorites: ['delais', 'aide', 'mobile'],
          informer: true,
          courriel: 'citoyen@exemple.ca',
          'code-postal': 'H2X 1Y4',
          consentement: true,
        },
      },
    ],
    withText: (text) => ({
      answers: {
        frequence: 'mois',
        services: { choices: ['sante'], other: text.slice(0, 300) },
        satisfaction: 1,
        problemes: text.slice(0, 1000),
        enonces: { trouver: '1', clair: '2' },
        priorites: ['mobile', 'delais', 'aide'],
        mot: text.slice(0, 100),
        informer: false,
      },
    }),
    personalFields: ['answers.courriel', 'answers.code-postal', 'answers.problemes', 'answers.mot', 'answers.services.other'],
  },
});
