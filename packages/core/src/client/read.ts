import { backoffDelay, waitOrOnline } from './backoff.js';
import { CollectorError } from './collector-error.js';

export interface ReadOptions {
  fetch?: typeof fetch;
  random?: () => number;
  attempts?: number;
}

/**
 * GETs public JSON from the collector, without cookies, trying again a few times when the network
 * or the server failed. A refusal (4xx) is final at once.
 */
export async function readJson(url: string, { fetch = globalThis.fetch, random = Math.random, attempts = 3 }: ReadOptions = {}): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let error: CollectorError;
    try {
      const response = await fetch(url, { credentials: 'omit', mode: 'cors', headers: { accept: 'application/json' } });
      if (!response.ok) error = await CollectorError.fromResponse(response);
      else {
        try {
          return await response.json();
        } catch {
          error = new CollectorError('The collector answered with unreadable data.', response.status, 'invalid_response');
        }
      }
    } catch (cause) {
      error = CollectorError.network(cause);
    }
    if (!error.retryable || attempt + 1 >= attempts) throw error;
    await waitOrOnline(backoffDelay(attempt, { baseMs: 300, random }));
  }
}

/** An absolute base URL ending with `/`, so that relative API paths resolve under it. */
export function collectorBase(baseUrl: string): string {
  const url = new URL(baseUrl, globalThis.location?.href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Public address of an initiative (and of what hangs under it: `results`, `events`, `contributions`). */
export function initiativeUrl(base: string, initiative: string, sub = ''): string {
  return new URL(`v1/initiatives/${encodeURIComponent(initiative)}${sub && `/${sub}`}`, collectorBase(base)).href;
}
