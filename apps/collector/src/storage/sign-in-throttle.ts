import { createHash } from 'node:crypto';
import type { Queryable } from './database.js';

/** Failed attempts allowed before each next one waits; then 1 s, 2 s, 4 s… up to `maxDelaySeconds`. */
export interface SignInThrottle {
  freeAttempts: number;
  maxDelaySeconds: number;
}

export const defaultSignInThrottle: SignInThrottle = { freeAttempts: 5, maxDelaySeconds: 900 };

/** The table keeps no address: a hash of the lowercased email, known or not. */
export const emailKey = (email: string) => createHash('sha256').update(`sign-in:${email.toLowerCase()}`).digest('hex');

/** Failures older than a day are forgotten: the count starts again. */
const attempts = `CASE WHEN sign_in_failures.last_failure_at < now() - interval '1 day' THEN 1 ELSE sign_in_failures.failures + 1 END`;

export type Attempt = { allowed: true; attempt: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts this attempt before the password is checked, atomically: concurrent guesses (from any
 * process or address) each take a number, and once `freeAttempts` are used each next one must
 * wait a delay that doubles. While the delay runs, attempts are refused without counting.
 * A successful sign-in forgets the count (`forgetFailures`).
 */
export async function beginAttempt(db: Queryable, key: string, { freeAttempts, maxDelaySeconds }: SignInThrottle): Promise<Attempt> {
  const delay = (count: string) =>
    `CASE WHEN ${count} < ${freeAttempts} THEN 0 ELSE least(${maxDelaySeconds}, power(2, ${count} - ${freeAttempts})) END`;
  const [row] = await db.query<{ failures: number }>(
    `INSERT INTO sign_in_failures (email_hash, failures, last_failure_at, blocked_until) VALUES ($1, 1, now(), now() + make_interval(secs => ${delay('1')}))
     ON CONFLICT (email_hash) DO UPDATE SET failures = ${attempts}, last_failure_at = now(), blocked_until = now() + make_interval(secs => ${delay(attempts)})
     WHERE sign_in_failures.blocked_until <= now()
     RETURNING failures`,
    [key],
  );
  if (row) return { allowed: true, attempt: Number(row.failures) };
  const [blocked] = await db.query<{ seconds: number }>(
    'SELECT greatest(1, ceil(extract(epoch FROM blocked_until - now())))::int AS seconds FROM sign_in_failures WHERE email_hash = $1',
    [key],
  );
  return { allowed: false, retryAfterSeconds: Number(blocked?.seconds ?? 1) };
}

export async function forgetFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE email_hash = $1', [key]);
}

/** Sign-ins are rare: counts untouched for a day are cleared on the way, without a timer. */
export async function clearOldFailures(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM sign_in_failures WHERE last_failure_at < now() - interval '1 day' AND blocked_until < now()`);
}
