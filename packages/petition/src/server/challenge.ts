// Proof-of-work instead of a visual CAPTCHA: ALTCHA challenges (altcha-lib), signed with the
// petition's secret and bound to it. The collector picks the number the signer's browser must
// find (deterministic mode), so checking a solution is one HMAC.
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Challenge, ChallengeSolution } from '../schema.js';

/** A challenge is solved and sent within this time. */
const VALID_SECONDS = 15 * 60;

const keySecret = (secret: string) => `${secret}:key`;

/** Expiry is checked by altcha-lib against the real clock, so it is set from the real clock too. */
export async function newChallenge(secret: string, initiativeId: string, range: number): Promise<Challenge> {
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(range),
    deriveKey,
    data: { initiative: initiativeId },
    expiresAt: Math.floor(Date.now() / 1000) + VALID_SECONDS,
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: keySecret(secret),
  });
  return { parameters: challenge.parameters as unknown as Record<string, unknown>, signature: challenge.signature! };
}

export type ProofCheck = { ok: true; expiresAt: Date } | { ok: false; reason: 'expired' | 'invalid' };

/** Whether `proof` solves a challenge this petition issued, not yet expired. (Replays are the caller's: see `claimChallenge`.) */
export async function checkProof(secret: string, initiativeId: string, proof: ChallengeSolution): Promise<ProofCheck> {
  const parameters = proof.challenge.parameters as { data?: { initiative?: unknown }; expiresAt?: unknown };
  if (parameters.data?.initiative !== initiativeId || typeof parameters.expiresAt !== 'number') return { ok: false, reason: 'invalid' };
  try {
    const result = await verifySolution({
      challenge: proof.challenge as unknown as Parameters<typeof verifySolution>[0]['challenge'],
      solution: { counter: proof.solution.counter, derivedKey: proof.solution.derivedKey },
      deriveKey,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: keySecret(secret),
    });
    if (result.expired) return { ok: false, reason: 'expired' };
    return result.verified ? { ok: true, expiresAt: new Date(parameters.expiresAt * 1000) } : { ok: false, reason: 'invalid' };
  } catch {
    // Parameters altered into something the library cannot even read: not a solution.
    return { ok: false, reason: 'invalid' };
  }
}
