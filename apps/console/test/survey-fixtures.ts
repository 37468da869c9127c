import { demoOrganisation } from '@participe/core/fixtures';
import { surveyExample } from '@participe/survey/manifest';
import type { StaffContribution, StaffInitiative } from '@participe/core/schemas';
import type { SurveyResults } from '@participe/survey/manifest';
import { surveyTemplate } from '@participe/survey/staff';
import { contribution } from './fake-staff-api.js';

// Surveys as the staff API shows them: the core example (every question type, five pages), the
// console's own template (two pages: quick to fill in through the widget), responses and results.

const { organisation: _organisation, status: _status, resultsPublished: _published, ...exampleSettings } = surveyExample;

const staffShape = (settings: StaffInitiative['settings'], changes: Partial<StaffInitiative>): StaffInitiative => ({
  settings,
  organisation: demoOrganisation,
  status: 'open',
  availability: 'open',
  resultsPublished: false,
  contributionCount: 0,
  createdAt: '2026-01-05T14:00:00Z',
  updatedAt: '2026-01-05T14:00:00Z',
  ...changes,
});

/** The example consultation, `services-en-ligne`. */
export const exampleSurvey = (changes: Partial<StaffInitiative> = {}) => staffShape(exampleSettings, changes);

/** A survey made from the console's template, `visite-bureau`. */
export const templateSurvey = (changes: Partial<StaffInitiative> = {}) =>
  staffShape({ ...exampleSettings, id: 'visite-bureau', title: { fr: 'Visite au bureau', en: 'Office visit' }, definition: surveyTemplate() }, changes);

/** A response to the example consultation. */
export const surveyResponse = (n: number, answers: Record<string, unknown>, changes: Partial<StaffContribution> = {}) =>
  contribution(n, { initiative: surveyExample.id, payload: { answers }, ...changes });

/** Results of the example consultation: every result kind the collector computes. */
export const exampleSurveyResults: SurveyResults = {
  initiative: surveyExample.id,
  type: 'survey',
  responses: 12,
  questions: [
    { question: 'frequence', kind: 'choices', answered: 12, counts: { semaine: 3, mois: 5, annee: 4, jamais: 0 } },
    { question: 'services', kind: 'choices', answered: 12, counts: { sante: 8, impots: 6, permis: 5, other: 2 } },
    {
      question: 'satisfaction',
      kind: 'numbers',
      answered: 12,
      mean: 3.25,
      median: 3.5,
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: [1, 2, 3, 4, 2][value - 1]! })),
    },
    { question: 'problemes', kind: 'count-only', answered: 3 },
    {
      question: 'enonces',
      kind: 'matrix',
      answered: 11,
      counts: { trouver: { 1: 1, 2: 2, 3: 3, 4: 3, 5: 2 }, clair: { 1: 0, 2: 1, 3: 2, 4: 5, 5: 3 } },
    },
    { question: 'facilite', kind: 'choices', answered: 9, counts: { 1: 0, 2: 1, 3: 2, 4: 4, 5: 2 } },
    { question: 'recommander', kind: 'choices', answered: 10, counts: { yes: 7, no: 3 } },
    { question: 'nombre-permis', kind: 'numbers', answered: 5, mean: 2.4, median: 2, distribution: [{ value: 0, count: 1 }, { value: 2, count: 2 }, { value: 3, count: 1 }, { value: 5, count: 1 }] },
    { question: 'date-demande', kind: 'count-only', answered: 4 },
    { question: 'priorites', kind: 'ranking', answered: 12, averageRank: { mobile: 1.75, delais: 1.5, aide: 2.75 }, firstPlace: { mobile: 4, delais: 7, aide: 1 } },
    { question: 'mot', kind: 'count-only', answered: 6 },
    { question: 'informer', kind: 'choices', answered: 12, counts: { yes: 5, no: 7 } },
    { question: 'courriel', kind: 'count-only', answered: 5 },
    { question: 'code-postal', kind: 'count-only', answered: 3 },
    { question: 'consentement', kind: 'count-only', answered: 5 },
  ],
};
