import { backoffDelay, waitOrOnline } from './backoff.js';
import { CollectorError } from './collector-error.js';
import type { ReadOptions } from './read.js';

/**
 * POSTs JSON to the collector and reads its JSON answer, without cookies: for requests that are
 * safe to repeat (a vote sets a value, a report is kept once per participant), so a failed network
 * or server is tried again a few times. A refusal (4xx) is final at once, as a `CollectorError`.
 * Contributions go through the outbox instead (`CollectorClient.submit`): they must never be lost.
 */
export async function postJson(url: string, body: unknown, { fetch = globalThis.fetch, random = Math.random, attempts = 3 }: ReadOptions = {}): Promise<unknown> {
  const text = JSON.stringify(body);
  for (let attempt = 0; ; attempt++) {
    let error: CollectorError;
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'omit', mode: 'cors', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: text });
      if (response.ok) return response.status === 204 ? undefined : await response.json().catch(() => undefined);
      error = await CollectorError.fromResponse(response);
    } catch (cause) {
      error = CollectorError.network(cause);
    }
    if (!error.retryable || attempt + 1 >= attempts) throw error;
    await waitOrOnline(backoffDelay(attempt, { baseMs: 300, random }));
  }
}
