import type { Acknowledgement, ContributionEnvelope } from '../schemas/contribution.js';
import type { ApiError } from '../schemas/errors.js';

/** How the fake answers a submission. */
export type SubmitBehaviour = 'accept' | 'network-error' | 'server-error' | ((envelope: ContributionEnvelope) => Response);

export interface FakeCollectorOptions {
  /** Initiatives served by id, as the collector would serve them. */
  initiatives?: Record<string, unknown>;
  /** Published results by initiative id. */
  results?: Record<string, unknown>;
  /** What `/report` answers by initiative id ("you said, we did"); `{ state: 'none' }` for the others. */
  reports?: Record<string, unknown>;
  submit?: SubmitBehaviour;
  /** Milliseconds before answering; `Infinity` never answers (to show loading states). */
  delayMs?: number;
  /** Every read fails as if the network were down. */
  unreachable?: boolean;
  /** Every request is refused as from a page whose origin the initiative does not allow. */
  otherOrigin?: boolean;
  /** How the self-service routes (`my-contributions`, `my-contributions/deletion`) answer; from what was stored by default. */
  myContributions?: 'accept' | ((route: string, participant: string) => Response);
  /**
   * A type's own routes (and the generic public-contribution routes) under an initiative: called
   * first with the initiative id and the path after it (`ideas`, `ideas/…/vote`); undefined falls
   * through to the fake's own routes.
   */
  routes?: (request: Request, initiative: string, path: string, stored: readonly ContributionEnvelope[]) => Response | undefined | Promise<Response | undefined>;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const error = (status: number, body: ApiError) => json(status, body);

/**
 * A stand-in for the collector's public API, as a `Request → Response` function: tests install it
 * as `fetch`, Storybook routes msw requests to it. Acknowledges like the real one, idempotency
 * included, and records what it stored.
 */
export function fakeCollector(options: FakeCollectorOptions = {}) {
  const stored = new Map<string, { envelope: ContributionEnvelope; ack: Acknowledgement }>();
  const requests: Array<{ route: string; participant: string }> = [];
  let sequence = 0;

  async function handle(request: Request): Promise<Response> {
    if (options.delayMs === Infinity) return new Promise<Response>(() => undefined);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.unreachable) throw new TypeError('Failed to fetch');
    if (options.otherOrigin) return error(403, { code: 'origin_not_allowed', message: `This page's origin may not embed this initiative.` });
    const path = new URL(request.url).pathname;
    const own = /\/v1\/initiatives\/([^/]+)\/(.+)$/.exec(path);
    if (own && options.routes) {
      const answer = await options.routes(request, decodeURIComponent(own[1]!), own[2]!, [...stored.values()].map((entry) => entry.envelope));
      if (answer) return answer;
    }
    // Live updates: a stream that stays open and quiet (stories and tests send events themselves, if any).
    if (own && request.method === 'GET' && own[2] === 'events') {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode(': connected\n\n')) });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    const match = /\/v1\/initiatives\/([^/]+)(?:\/(results|report|contributions|my-contributions|my-contributions\/deletion))?$/.exec(path);
    if (!match) return error(404, { code: 'not_found', message: 'No such route.' });
    const [, id = '', sub] = match;
    const initiative = options.initiatives?.[decodeURIComponent(id)];
    if (!initiative) return error(404, { code: 'not_found', message: `No initiative "${id}".` });
    if (request.method === 'GET' && !sub) return json(200, initiative);
    if (request.method === 'GET' && sub === 'results') {
      const results = options.results?.[id];
      return results ? json(200, results) : error(404, { code: 'not_found', message: 'Results are not published.' });
    }
    if (request.method === 'GET' && sub === 'report') {
      const report = options.reports?.[id];
      return json(200, report ?? { state: 'none' });
    }
    if (request.method === 'POST' && sub === 'contributions') {
      const envelope = (await request.json()) as ContributionEnvelope;
      const behaviour = options.submit ?? 'accept';
      if (behaviour === 'network-error') throw new TypeError('Failed to fetch');
      if (behaviour === 'server-error') return error(503, { code: 'internal', message: 'Internal error.' });
      if (typeof behaviour === 'function') return behaviour(envelope);
      const replay = stored.get(envelope.idempotencyKey);
      if (replay) return json(201, replay.ack);
      sequence += 1;
      const ack = { id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`, receivedAt: new Date().toISOString() };
      stored.set(envelope.idempotencyKey, { envelope, ack });
      return json(201, ack);
    }
    if (request.method === 'POST' && (sub === 'my-contributions' || sub === 'my-contributions/deletion')) {
      const { participant } = (await request.json()) as { participant?: string };
      requests.push({ route: sub, participant: participant ?? '' });
      if (options.myContributions && options.myContributions !== 'accept') return options.myContributions(sub, participant ?? '');
      const mine = [...stored].filter(([, entry]) => entry.envelope.initiative === id && entry.envelope.participant === participant);
      if (!mine.length) return error(404, { code: 'not_found', message: 'No contributions of this participant are kept.' });
      if (sub === 'my-contributions/deletion') {
        for (const [key] of mine) stored.delete(key);
        return json(200, { initiative: id, deleted: mine.length });
      }
      const contributions = mine.map(([, { envelope, ack }]) => ({
        id: ack.id,
        receivedAt: ack.receivedAt,
        channel: envelope.channel,
        language: envelope.language,
        moderationState: 'approved',
        payload: envelope.payload,
      }));
      return json(200, { initiative: id, contributions });
    }
    return error(405, { code: 'bad_request', message: 'Method not allowed.' });
  }

  return {
    handle,
    options,
    /** What was stored, once per idempotency key. */
    get contributions(): ContributionEnvelope[] {
      return [...stored.values()].map((entry) => entry.envelope);
    },
    /** Calls to the self-service routes, in order, with the participant id each carried in its body. */
    selfService: requests,
    /** A `fetch` that answers from this fake. */
    fetch: (input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init)),
  };
}
export type FakeCollector = ReturnType<typeof fakeCollector>;
