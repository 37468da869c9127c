// Mounts each type's own routes (its server facet's `routes`) with the collector's rules around
// them: the public API's CORS, origin check and rate limits, or the staff API's bearer token,
// organisation scope and role — so that a type writes only what is its own.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { ApiError, Language, Slug } from '@participe/core/schemas';
import type { RouteKit, ServerFacet, TypeRoute } from '@participe/core/server';
import { actorOf, principalOf } from '../http/auth.js';
import type { AppContext } from '../context.js';
import { createHash } from 'node:crypto';
import { originAllowed, otherOriginRefused, requestedInitiative } from '../http/cors.js';
import { notFound } from '../http/errors.js';
import { participantHash } from '../security/hash.js';
import { enqueueMessage } from '../storage/outbox.js';
import { ownInitiative } from '../routes/staff/shared.js';
import { recordAudit } from '../storage/audit.js';
import { lastEventId, recordEvent } from '../storage/events.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { serverInitiative } from './registry.js';
import { lockUntilCommit } from '../storage/participation.js';
import { loadPublic, publicSpec, respond, visibleFor } from '../domain/public-contributions.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 413: ApiError, 415: ApiError, 429: ApiError };

/** `Accept-Language: en-CA,…` → `en`; French otherwise. */
const languageOf = (request: FastifyRequest): Language => (/^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'fr');

function kitFor(ctx: AppContext, initiative: InitiativeRecord, request: FastifyRequest): RouteKit {
  return {
    db: ctx.db,
    mail: (tx, message) =>
      enqueueMessage(tx, {
        organisationId: initiative.organisation.id,
        initiativeId: initiative.id,
        channel: 'email',
        kind: message.kind,
        recipient: message.to,
        subject: message.subject,
        body: message.text,
        language: message.language,
      }),
    requesterKey: (secret) => createHash('sha256').update(secret).update('\0').update(request.ip).digest('base64url'),
    publish: (tx, kind, data) => recordEvent(tx, initiative.id, kind, data),
    lastEventId: (db) => lastEventId(db, initiative.id),
    audit: async (tx, action, target, details) => recordAudit(tx, actorOf(principalOf(request)), action, target, details),
    participantHash: (participant) => participantHash(initiative.id, participant),
    lock: (tx, key) => lockUntilCommit(tx, `type:${initiative.type}:${initiative.id}:${key}`),
    contributions: publicSpec(initiative)
      ? {
          visibleWhere: (alias) => visibleFor(initiative, alias),
          load: (db, ids) => loadPublic(db, initiative, ids),
          respond: (tx, id, response) => respond(tx, initiative, id, response, request.principal?.id ?? null),
        }
      : undefined,
  };
}

/** The route's params with the initiative's `id` in front of them. */
const paramsOf = (route: TypeRoute) => z.extend(route.schema.params ?? z.strictObject({}), { id: Slug });

function routeOptions(route: TypeRoute, tag: 'public' | 'staff') {
  return {
    schema: {
      summary: route.summary,
      tags: [tag],
      params: paramsOf(route),
      ...(route.schema.querystring ? { querystring: route.schema.querystring } : {}),
      ...(route.schema.body ? { body: route.schema.body } : {}),
      // Typed loosely: the status comes from the route.
      response: { [route.status ?? 200]: route.schema.response, ...refusals } as Record<number, z.ZodMiniType>,
    },
  };
}

const wrongType = () => notFound('This initiative has no such route.');

/** Public routes of every type, under `/v1/initiatives/:id/…` (inside the public API's CORS scope). */
export function mountPublicTypeRoutes(app: FastifyInstance, ctx: AppContext, facets: readonly ServerFacet[]): void {
  for (const facet of facets) {
    for (const route of facet.routes.filter((candidate) => candidate.access === 'public')) {
      const writes = route.method !== 'GET';
      app.route({
        method: route.method,
        url: `/v1/initiatives/:id/${route.path}`,
        ...routeOptions(route, 'public'),
        // Other sites are refused before the body is read, as for contributions.
        ...(writes && {
          preParsing: async (request: FastifyRequest) => {
            const initiative = await requestedInitiative(request, ctx.initiatives);
            if (!initiative || initiative.type !== facet.manifest.type) throw initiative ? wrongType() : notFound('No published initiative has this id.');
            if (!originAllowed(request, initiative)) {
              throw otherOriginRefused(request, initiative);
            }
          },
        }),
        handler: async (request, reply) => {
          const initiative = await requestedInitiative(request, ctx.initiatives);
          if (!initiative) throw notFound('No published initiative has this id.');
          if (initiative.type !== facet.manifest.type) throw wrongType();
          const { id: _id, ...params } = request.params as Record<string, string>;
          const body = await route.handle(
            { initiative: serverInitiative(initiative), params, query: request.query, body: request.body, now: ctx.now(), language: languageOf(request), actor: undefined },
            kitFor(ctx, initiative, request),
          );
          return reply.code(route.status ?? 200).send(body);
        },
      });
    }
  }
}

/** Staff routes of every type, under `/v1/staff/initiatives/:id/…` (inside the bearer-token scope). */
export function mountStaffTypeRoutes(app: FastifyInstance, ctx: AppContext, facets: readonly ServerFacet[]): void {
  for (const facet of facets) {
    for (const route of facet.routes) {
      if (route.access === 'public') continue;
      const permission = route.access;
      app.route({
        method: route.method,
        url: `/v1/staff/initiatives/:id/${route.path}`,
        ...routeOptions(route, 'staff'),
        handler: async (request, reply) => {
          const { id, ...params } = request.params as Record<string, string>;
          // Another organisation's initiative is simply not found; then the role is checked.
          const { principal, initiative } = await ownInitiative(ctx.db, request, id!, permission);
          if (initiative.type !== facet.manifest.type) throw wrongType();
          const body = await route.handle(
            {
              initiative: serverInitiative(initiative),
              params,
              query: request.query,
              body: request.body,
              now: ctx.now(),
              language: languageOf(request),
              actor: { kind: principal.kind, id: principal.id, role: principal.role },
            },
            kitFor(ctx, initiative, request),
          );
          return reply.code(route.status ?? 200).send(body);
        },
      });
    }
  }
}
