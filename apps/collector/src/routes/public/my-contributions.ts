import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { ApiError, MyContributions, MyContributionsDeleted, ParticipantRequest } from '@participe/core/schemas';
import { eraseParticipant } from '../../domain/contributions.js';
import type { AppContext } from '../../context.js';
import type { InitiativeCache } from '../../domain/initiative-cache.js';
import { originAllowed, otherOriginRefused, requestedInitiative } from '../../http/cors.js';
import type { Database } from '../../storage/database.js';
import { notFound } from '../../http/errors.js';
import { participantHash } from '../../security/hash.js';
import { recordAudit } from '../../storage/audit.js';
import { participantContributions } from '../../storage/contributions.js';
import { InitiativeParams } from './initiatives.js';

const refusals = { 400: ApiError, 403: ApiError, 404: ApiError, 413: ApiError, 415: ApiError, 429: ApiError };

const nothingKept = () => notFound('No contribution of this participant is kept for this initiative.');

/** Like contributions: other sites' pages are refused before the body is read (preParsing: after routing and rate limits). */
const fromAllowedOrigin = (initiatives: InitiativeCache) => async (request: FastifyRequest) => {
  const initiative = await requestedInitiative(request, initiatives);
  if (!initiative) throw notFound('No published initiative has this id.');
  if (!originAllowed(request, initiative)) {
    throw otherOriginRefused(request, initiative);
  }
};

/**
 * A participant's rights, exercised from the widget with the anonymous participant id only their
 * browser holds (in the body, never in the URL): get a copy of their contributions, or delete
 * them. The collector compares the hash of that id with the one it kept; nobody else can show it.
 * No cookies, CORS like the other public routes, rate-limited per client address.
 */
export const publicMyContributionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, config }) => {
  const rateLimit = { max: config.selfServiceRateLimitPerMinute ?? 30, timeWindow: 60_000 };

  app.post(
    '/v1/initiatives/:id/my-contributions',
    {
      schema: {
        summary: 'A participant reads what the collector keeps of their contributions (404 when nothing)',
        tags: ['public'],
        params: InitiativeParams,
        body: ParticipantRequest,
        response: { 200: MyContributions, ...refusals },
      },
      config: { rateLimit },
      preParsing: fromAllowedOrigin(initiatives),
    },
    async (request, reply) => {
      const initiative = (await requestedInitiative(request, initiatives))!;
      const contributions = await participantContributions(db, initiative.id, participantHash(initiative.id, request.body.participant));
      if (!contributions.length) throw nothingKept();
      reply.header('cache-control', 'no-store');
      return { initiative: initiative.id, contributions };
    },
  );

  app.post(
    '/v1/initiatives/:id/my-contributions/deletion',
    {
      schema: {
        summary: 'A participant deletes their contributions for good (404 when nothing is kept)',
        tags: ['public'],
        params: InitiativeParams,
        body: ParticipantRequest,
        response: { 200: MyContributionsDeleted, ...refusals },
      },
      config: { rateLimit },
      preParsing: fromAllowedOrigin(initiatives),
    },
    async (request) => {
      const initiative = (await requestedInitiative(request, initiatives))!;
      const deleted = await db.transaction(async (tx) => {
        const count = await eraseParticipant(tx, initiative, participantHash(initiative.id, request.body.participant));
        // Who asked is not recorded (a participant, never identified), nor what was deleted: how many.
        if (count) {
          await recordAudit(tx, { kind: 'participant', id: null, organisationId: initiative.organisation.id }, 'contributions.delete.participant', { type: 'initiative', id: initiative.id }, {
            contributions: count,
          });
        }
        return count;
      });
      if (!deleted) throw nothingKept();
      return { initiative: initiative.id, deleted };
    },
  );
};
