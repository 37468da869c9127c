// The proof-of-work, loaded only once the signature form gets focus: altcha-lib's solver with the
// browser's own SHA-256 (Web Crypto), on a challenge the collector signed.
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { Challenge, ChallengeSolution } from '../../schema.js';

/** Finds the number the challenge hides (a second or two); null when it could not in time. */
export async function solve(challenge: Challenge, signal: AbortSignal): Promise<ChallengeSolution | null> {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  const solution = await solveChallenge({ challenge: challenge as never, deriveKey, controller, timeout: 120_000 });
  return solution && { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
}
