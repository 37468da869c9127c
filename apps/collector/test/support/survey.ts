import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { surveyExample } from '@participe/survey/manifest';
import type { ContributionEnvelope } from '@participe/core/schemas';
import { bearer, type Harness } from './harness.js';

/** The example survey, seeded open with one response per participant. */
export const surveyId = surveyExample.id;
export const surveyOrigin = surveyExample.allowedOrigins[0]!;

export type Answers = Record<string, unknown>;

/** The shortest way through the example: no permits, satisfied, no follow-up. */
export const shortAnswers: Answers = {
  frequence: 'semaine',
  services: { choices: ['sante'] },
  satisfaction: 4,
  enonces: { trouver: '4', clair: '5' },
  priorites: ['delais', 'mobile', 'aide'],
  informer: false,
};

/** The longest way: permits page, dissatisfied follow-up, contact details with consent. */
export const longAnswers: Answers = {
  frequence: 'mois',
  services: { choices: ['impots', 'permis'], other: 'Assurance parentale' },
  satisfaction: 2,
  problemes: 'La page plantait.',
  enonces: { trouver: '2', clair: '3' },
  facilite: '2',
  recommander: false,
  'nombre-permis': 4,
  'date-demande': '2026-03-15',
  priorites: ['mobile', 'aide', 'delais'],
  mot: 'Lent',
  informer: true,
  courriel: 'personne@example.org',
  'code-postal': 'h2x-1y4',
  consentement: true,
};

/** A web response to a survey (the example unless told), from a new participant unless given. */
export function surveyEnvelope(answers: Answers, overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope {
  return {
    initiative: surveyId,
    type: 'survey',
    payload: { answers },
    idempotencyKey: randomUUID(),
    participant: randomUUID(),
    channel: 'web',
    language: 'fr',
    ...overrides,
  };
}

/** Posts a web contribution as a widget on an allowed page would. */
export const postResponse = (h: Harness, body: ContributionEnvelope) =>
  h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: surveyOrigin }, payload: body });

/** Keys in a paper (or phone) response as staff do from the console. */
export const enterResponse = (h: Harness, id: string, answers: Answers, channel: 'paper' | 'phone' = 'paper', idempotencyKey = randomUUID()) =>
  h.app.inject({
    method: 'POST',
    url: `/v1/staff/initiatives/${id}/contributions`,
    headers: bearer(h.tokens.demo.editor),
    payload: { channel, language: 'fr', payload: { answers }, idempotencyKey },
  });

/** Creates and opens a copy of the example survey under `id`, with definition changes. */
export async function openSurvey(h: Harness, id: string, definition: Record<string, unknown> = {}) {
  const { organisation: _organisation, status: _status, resultsPublished: _published, ...settings } = surveyExample;
  const created = await h.app.inject({
    method: 'POST',
    url: '/v1/staff/initiatives',
    headers: bearer(h.tokens.demo.editor),
    payload: { ...settings, id, definition: { ...settings.definition, ...definition } },
  });
  expect(created.statusCode, created.body).toBe(201);
  const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
  expect(opened.statusCode, opened.body).toBe(200);
}

export async function countContributionsOf(h: Harness, initiativeId: string): Promise<number> {
  const [row] = await h.db.query<{ count: number }>('SELECT count(*)::int AS count FROM contributions WHERE initiative_id = $1', [initiativeId]);
  return Number(row!.count);
}
