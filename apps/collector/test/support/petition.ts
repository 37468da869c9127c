import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { expect } from 'vitest';
import { petitionExample, type Challenge, type PetitionDefinitionInput, type SignRequest } from '@participe/petition/manifest';
import { bearer, type Harness } from './harness.js';

export const petitionOrigin = petitionExample.allowedOrigins[0]!;
export const petitionPage = `${petitionOrigin}/petition.html`;

/** Creates and opens a petition of the demo organisation, with an easy proof-of-work (tests solve many). */
export async function openPetition(h: Harness, id: string, definition: Partial<PetitionDefinitionInput> = {}, overrides: Record<string, unknown> = {}, token = h.tokens.demo.editor): Promise<void> {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = petitionExample;
  const created = await h.app.inject({
    method: 'POST',
    url: '/v1/staff/initiatives',
    headers: bearer(token),
    payload: { ...settings, id, ...overrides, definition: { ...petitionExample.definition, challengeRange: 100, ...definition } },
  });
  expect(created.statusCode, created.body).toBe(201);
  const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(token), payload: { status: 'open' } });
  expect(opened.statusCode, opened.body).toBe(200);
}

export async function challengeOf(h: Harness, petition: string): Promise<Challenge> {
  const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${petition}/challenge`, headers: { origin: petitionOrigin } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Challenge;
}

/** What the widget sends: a fresh challenge solved as a browser would. */
export async function proofFor(h: Harness, petition: string): Promise<SignRequest['proof']> {
  const challenge = await challengeOf(h, petition);
  const solution = await solveChallenge({ challenge: challenge as never, deriveKey });
  expect(solution).not.toBeNull();
  return { challenge, solution: { counter: solution!.counter, derivedKey: solution!.derivedKey } };
}

export interface Signer {
  name?: string;
  email: string;
  postalCode?: string;
  language?: 'fr' | 'en';
}

export async function sign(h: Harness, petition: string, signer: Signer, { ip = '203.0.113.7', proof }: { ip?: string; proof?: SignRequest['proof'] } = {}) {
  return h.app.inject({
    method: 'POST',
    url: `/v1/initiatives/${petition}/signatures`,
    headers: { origin: petitionOrigin },
    remoteAddress: ip,
    payload: {
      name: signer.name ?? 'Jeanne Tremblay',
      email: signer.email,
      postalCode: signer.postalCode ?? 'G5A 1B2',
      consent: true,
      language: signer.language ?? 'fr',
      page: petitionPage,
      proof: proof ?? (await proofFor(h, petition)),
    },
  });
}

/** The outbox's messages to `to` for this petition, oldest first. */
export async function mailsTo(h: Harness, petition: string, to: string) {
  return h.db.query<{ kind: string; subject: string; body: string; recipient: string }>(
    'SELECT kind, subject, body, recipient FROM outbox WHERE initiative_id = $1 AND recipient = $2 ORDER BY created_at, id',
    [petition, to],
  );
}

/** The token of the last confirmation link mailed to `to`. */
export async function lastToken(h: Harness, petition: string, to: string): Promise<string> {
  const mails = (await mailsTo(h, petition, to)).filter((mail) => mail.kind === 'petition.confirm');
  const token = /#petition-confirm=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.body ?? '')?.[1];
  expect(token, `a confirmation link to ${to}`).toBeDefined();
  return token!;
}

export const confirm = (h: Harness, petition: string, token: string) =>
  h.app.inject({ method: 'POST', url: `/v1/initiatives/${petition}/signatures/confirmation`, headers: { origin: petitionOrigin }, payload: { token } });

export async function count(h: Harness, petition: string): Promise<number> {
  const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${petition}/signatures/count`, headers: { origin: petitionOrigin } });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { signatures: number }).signatures;
}

/** Signs and confirms: a counted signature. */
export async function signAndConfirm(h: Harness, petition: string, signer: Signer, ip?: string): Promise<void> {
  const signed = await sign(h, petition, signer, { ip });
  expect(signed.statusCode, signed.body).toBe(202);
  const confirmed = await confirm(h, petition, await lastToken(h, petition, signer.email));
  expect(confirmed.json()).toEqual({ status: 'confirmed' });
}
