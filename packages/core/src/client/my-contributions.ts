import type { MyContributions, MyContributionsDeleted } from '../schemas/contribution.js';
import { CollectorError } from './collector-error.js';
import { initiativeUrl } from './read.js';

export interface MyContributionsOptions {
  fetch?: typeof fetch;
}

/**
 * POSTs the participant id to one of the initiative's self-service routes. The id goes in the
 * body, never in the address (proxies and logs keep addresses); no cookies. Not retried: the
 * citizen asked for it and sees the outcome.
 */
async function post(collector: string, initiative: string, sub: string, participant: string, options: MyContributionsOptions): Promise<unknown> {
  const fetcher = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetcher(initiativeUrl(collector, initiative, sub), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ participant }),
      credentials: 'omit',
      mode: 'cors',
    });
  } catch (cause) {
    throw CollectorError.network(cause);
  }
  if (!response.ok) throw await CollectorError.fromResponse(response);
  try {
    return await response.json();
  } catch {
    throw new CollectorError('The collector answered with unreadable data.', response.status, 'invalid_response');
  }
}

/** What the collector keeps of this participant's contributions to the initiative (404 `not_found` when nothing). */
export async function readMyContributions(collector: string, initiative: string, participant: string, options: MyContributionsOptions = {}): Promise<MyContributions> {
  const body = (await post(collector, initiative, 'my-contributions', participant, options)) as Partial<MyContributions> | null;
  if (!Array.isArray(body?.contributions)) throw new CollectorError('The collector answered without contributions.', 200, 'invalid_response');
  return body as MyContributions;
}

/** Deletes this participant's contributions to the initiative for good (404 `not_found` when nothing was kept). */
export async function deleteMyContributions(
  collector: string,
  initiative: string,
  participant: string,
  options: MyContributionsOptions = {},
): Promise<MyContributionsDeleted> {
  const body = (await post(collector, initiative, 'my-contributions/deletion', participant, options)) as Partial<MyContributionsDeleted> | null;
  if (typeof body?.deleted !== 'number') throw new CollectorError('The collector answered without a count.', 200, 'invalid_response');
  return body as MyContributionsDeleted;
}
