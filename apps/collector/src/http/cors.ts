import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { Slug } from '@participe/core/schemas';
import type { InitiativeCache } from '../domain/initiative-cache.js';
import type { InitiativeRecord } from '../storage/initiatives.js';

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

/**
 * CORS for `/v1/initiatives/:id/...`: the browser may read an answer only when the page's origin is
 * one of that initiative's `allowedOrigins`. `Vary: Origin` is always sent (the answer depends on
 * it) and credentials are never allowed.
 */
export function initiativeCors(initiatives: InitiativeCache) {
  return async (request: FastifyRequest): Promise<FastifyCorsOptions> => {
    const initiative = await requestedInitiative(request, initiatives);
    return {
      origin: initiative ? [...initiative.settings.allowedOrigins] : false,
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
