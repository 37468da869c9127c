import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { ApiError, PublicContribution, PublicContributionPage, PublicContributionQuery, ReportReceipt, ReportRequest, Slug } from '@participe/core/schemas';
import type { AppContext } from '../../context.js';
import { listPublic, loadPublic, reportContribution, requirePublicSpec } from '../../domain/public-contributions.js';
import { originAllowed, otherOriginRefused, requestedInitiative } from '../../http/cors.js';
import { notFound } from '../../http/errors.js';
import type { InitiativeCache } from '../../domain/initiative-cache.js';
import { participantHash } from '../../security/hash.js';
import { badCursor } from '../staff/shared.js';

const ContributionParams = z.strictObject({ id: Slug, contributionId: z.uuid() });
const refusals = { 400: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 413: ApiError, 415: ApiError, 429: ApiError };
const noSuchInitiative = () => notFound('No published initiative has this id.');
const notPublic = () => notFound('This initiative shows no contribution with this id.');

async function publicInitiative(request: FastifyRequest, initiatives: InitiativeCache) {
  const initiative = await requestedInitiative(request, initiatives);
  if (!initiative) throw noSuchInitiative();
  requirePublicSpec(initiative);
  return initiative;
}

/**
 * Contributions anyone may read, for the types that show them (idea boards, testimonial walls,
 * Q&A): approved ones (or, under post-moderation, those not yet reviewed), never those hidden
 * after reports; the type's public part of each payload; the organisation's official response.
 * Reports come from widgets like contributions do: CORS and origin per initiative, rate-limited.
 */
export const publicContributionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, config }) => {
  app.get(
    '/v1/initiatives/:id/public-contributions',
    {
      schema: {
        summary: 'Public contributions, newest first (optionally one topic), a page at a time',
        tags: ['public'],
        params: z.strictObject({ id: Slug }),
        querystring: PublicContributionQuery,
        response: { 200: PublicContributionPage, ...refusals },
      },
    },
    async (request) => {
      const initiative = await publicInitiative(request, initiatives);
      const { topic, cursor, limit } = request.query;
      const page = await listPublic(db, initiative, { topic, cursor, limit: limit ?? 20 });
      if (page === 'bad_cursor') throw badCursor();
      return page;
    },
  );

  app.get(
    '/v1/initiatives/:id/public-contributions/:contributionId',
    {
      schema: {
        summary: 'One public contribution (404 when it is not public)',
        tags: ['public'],
        params: ContributionParams,
        response: { 200: PublicContribution, ...refusals },
      },
    },
    async (request) => {
      const initiative = await publicInitiative(request, initiatives);
      const [item] = await loadPublic(db, initiative, [request.params.contributionId]);
      if (!item) throw notPublic();
      return item;
    },
  );

  app.post(
    '/v1/initiatives/:id/public-contributions/:contributionId/reports',
    {
      schema: {
        summary: 'Report a public contribution (once per participant); enough reports hide it until a moderator reviews it',
        tags: ['public'],
        params: ContributionParams,
        body: ReportRequest,
        response: { 201: ReportReceipt, ...refusals },
      },
      config: { rateLimit: { max: config.selfServiceRateLimitPerMinute ?? 30, timeWindow: 60_000 } },
      preParsing: async (request) => {
        const initiative = await publicInitiative(request, initiatives);
        if (!originAllowed(request, initiative)) {
          throw otherOriginRefused(request, initiative);
        }
      },
    },
    async (request, reply) => {
      const initiative = (await requestedInitiative(request, initiatives))!;
      const { participant, reason } = request.body;
      const reported = await db.transaction((tx) => reportContribution(tx, initiative, request.params.contributionId, participantHash(initiative.id, participant), reason));
      if (!reported) throw notPublic();
      return reply.code(201).send({ reported: true });
    },
  );
};
