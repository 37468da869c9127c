import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { Slug } from '@participe/core/schemas';
import type { InitiativeCache } from '../domain/initiative-cache.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { ApiProblem } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The initiative named in the URL, loaded once per request (by the CORS hook, then the route). */
    initiativeLookup: Promise<InitiativeRecord | undefined> | null;
  }
}

/** The initiative a public request names in `:id`; drafts count as absent. */
export function requestedInitiative(request: FastifyRequest, initiatives: InitiativeCache): Promise<InitiativeRecord | undefined> {
  if (!request.initiativeLookup) {
    // Preflights reach the CORS plugin's catch-all OPTIONS route, which has no `:id` parameter.
    const id = (request.params as { id?: unknown }).id ?? request.url.match(/^\/v1\/initiatives\/([^/?#]+)/)?.[1];
    request.initiativeLookup = z.safeParse(Slug, id).success
      ? initiatives.get(id as string).then((initiative) => (initiative?.status === 'draft' ? undefined : initiative))
      : Promise.resolve(undefined);
  }
  return request.initiativeLookup;
}

/** The read of the initiative itself, where a page of another origin learns why it was refused. */
const initiativeRead = /^\/v1\/initiatives\/[^/?#]+\/?(?:[?#]|$)/;

/**
 * CORS for `/v1/initiatives/:id/...`: the browser may read an answer only when the page's origin is
 * one of that initiative's `allowedOrigins` — except the initiative's own read, which a page of
 * another origin may read so that its widget learns why: that route answers it
 * `403 origin_not_allowed` and nothing else (`refuseOtherOrigins`). `Vary: Origin` is always sent
 * (the answer depends on it) and credentials are never allowed.
 */
export function initiativeCors(initiatives: InitiativeCache) {
  return async (request: FastifyRequest): Promise<FastifyCorsOptions> => {
    const initiative = await requestedInitiative(request, initiatives);
    const explainable = request.method === 'GET' && initiativeRead.test(request.url);
    return {
      origin: initiative ? (explainable ? true : [...initiative.settings.allowedOrigins]) : false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept'],
      // Retry-After tells the widget's client how long to wait after a 429.
      exposedHeaders: ['retry-after'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** True when the request may write: no Origin (not a browser) or one the initiative allows. */
export function originAllowed(request: FastifyRequest, initiative: InitiativeRecord): boolean {
  const origin = request.headers.origin;
  return origin === undefined || initiative.settings.allowedOrigins.includes(origin);
}

/** The refusal a page of another origin gets, worded for its webmaster (the widget logs it). */
export function otherOriginRefused(request: FastifyRequest, initiative: InitiativeRecord): ApiProblem {
  return new ApiProblem(
    403,
    'origin_not_allowed',
    `Initiative "${initiative.id}" may not be embedded on ${request.headers.origin}: add this origin to the initiative's allowed origins (console: the initiative's settings).`,
  );
}
