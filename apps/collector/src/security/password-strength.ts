import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as french from '@zxcvbn-ts/language-fr';
import { invalid } from '../http/errors.js';

/**
 * zxcvbn-ts estimates how many guesses a password takes, knowing common passwords, English and
 * French words and names, keyboard patterns, repeats, sequences and dates. Scores run 0–4; 3 is
 * "safely unguessable: moderate protection from an offline slow-hash attack".
 */
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export const minimumPasswordScore = 3;

/** The estimator's score for this password; `related` (the email) counts as known to an attacker. */
export function passwordScore(password: string, related: readonly string[] = []): number {
  const hints = related.flatMap((text) => [text, ...text.toLowerCase().split(/[@.+_-]/).filter((part) => part.length > 2)]);
  return estimator.check(password, hints).score;
}

/** Refuses a guessable new password with a 400 naming the field (code `weak_password`). */
export function requireStrongPassword(password: string, path: string, related: readonly string[] = []): void {
  const score = password.trim() === '' ? 0 : passwordScore(password, related);
  if (score < minimumPasswordScore) {
    throw invalid('This password is too easy to guess.', [
      {
        path,
        code: 'weak_password',
        params: { score, minimum: minimumPasswordScore },
        message: 'is too easy to guess: use a longer passphrase of unrelated words, not a common password or a pattern',
      },
    ]);
  }
}
