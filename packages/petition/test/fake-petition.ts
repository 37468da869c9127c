// The petition's routes as the collector answers them, in memory: for browser tests and stories
// (core's fake collector routes an initiative's other paths here, see `FakeCollectorOptions.routes`).
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { SignRequest } from '../src/manifest.js';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export interface FakePetitionOptions {
  /** Confirmed signatures the count starts from. */
  signatures?: number;
  threshold?: number;
  /** How signing answers: accepted, or refused as the collector would. */
  sign?: 'accept' | 'disposable' | 'rate-limited';
  /** Confirmation tokens and their state. */
  tokens?: Record<string, 'pending' | 'confirmed' | 'expired'>;
  /** Signing attempts that fail as a lost network does, before the collector answers again. */
  offline?: number;
}

/** A petition's routes with their state: what was signed and confirmed. */
export function fakePetition({ signatures = 120, threshold = 500, sign = 'accept', tokens = {}, offline = 0 }: FakePetitionOptions = {}) {
  const state = { signatures, signed: [] as SignRequest[], confirmed: [] as string[], challenges: 0, offline };
  const routes = async (request: Request, _initiative: string, path: string): Promise<Response | undefined> => {
    const url = new URL(request.url);
    if (path === 'challenge' && request.method === 'GET') {
      state.challenges += 1;
      // An easy challenge, signed like the collector's: the element solves it with Web Crypto.
      const challenge = await createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 20, deriveKey, hmacSignatureSecret: 'fake', expiresAt: Math.floor(Date.now() / 1000) + 600 });
      return json(200, { parameters: challenge.parameters, signature: challenge.signature });
    }
    if (path === 'signatures' && request.method === 'POST') {
      if (state.offline > 0) {
        state.offline -= 1;
        throw new TypeError('Failed to fetch');
      }
      const body = (await request.json()) as SignRequest;
      if (sign === 'disposable') return json(400, { code: 'email_disposable', message: 'This address is from a disposable-email provider.' });
      if (sign === 'rate-limited') return json(429, { code: 'rate_limited', message: 'Too many signatures from this network.' });
      state.signed.push(body);
      return json(202, { status: 'check-email' });
    }
    if (path === 'signatures/count') return json(200, { signatures: state.signatures, threshold });
    if (path === 'signatures/confirmation') {
      const token = request.method === 'GET' ? url.searchParams.get('token') ?? '' : ((await request.json()) as { token: string }).token;
      const known = tokens[token];
      if (!known) return json(404, { code: 'not_found', message: 'This confirmation link is not valid.' });
      if (request.method === 'GET') return json(200, { status: known });
      if (known === 'expired') return json(409, { code: 'link_expired', message: 'This confirmation link expired.' });
      if (known === 'pending') {
        tokens[token] = 'confirmed';
        state.signatures += 1;
        state.confirmed.push(token);
        return json(200, { status: 'confirmed' });
      }
      return json(200, { status: 'already-confirmed' });
    }
    return undefined;
  };
  return { state, routes };
}

/** A confirmation token as the collector's links carry it. */
export const sampleToken = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
