import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { Acknowledgement, ApiError, ContributionEnvelope, Slug } from '@participe/core/schemas';
import { idempotencyConflict } from '../../domain/contributions.js';
import { takeSubmissionSlot } from '../../storage/submission-rate.js';
import type { AppContext } from '../../context.js';
import { originAllowed, otherOriginRefused, requestedInitiative } from '../../http/cors.js';
import { ApiProblem, invalid, notFound } from '../../http/errors.js';
import { PublicResults, computeResults } from '../../domain/results.js';
import { currentPublicView, PublicInitiative } from '../../domain/views.js';

export const InitiativeParams = z.strictObject({ id: Slug });

const noSuchInitiative = () => notFound('No published initiative has this id.');

/** What widgets read and post: one initiative, its contributions and its published results. */
export const publicInitiativeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, commits, now }) => {
  app.get(
    '/v1/initiatives/:id',
    {
      schema: {
        summary: 'Read an initiative as its widget needs it (drafts are not found)',
        tags: ['public'],
        params: InitiativeParams,
        response: { 200: PublicInitiative, 400: ApiError, 403: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const initiative = await requestedInitiative(request, initiatives);
      if (!initiative) throw noSuchInitiative();
      if (!originAllowed(request, initiative)) throw otherOriginRefused(request, initiative);
      return currentPublicView(db, initiative);
    },
  );

  app.post(
    '/v1/initiatives/:id/contributions',
    {
      schema: {
        summary: 'Submit a contribution from a widget (idempotent per idempotencyKey)',
        tags: ['public'],
        params: InitiativeParams,
        body: ContributionEnvelope,
        response: { 201: Acknowledgement, 400: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 413: ApiError, 415: ApiError, 429: ApiError },
      },
      // Refuses other sites before looking at the body at all (preParsing: after routing and rate limits, before the body is read).
      preParsing: async (request) => {
        const initiative = await requestedInitiative(request, initiatives);
        if (!initiative) throw noSuchInitiative();
        if (!originAllowed(request, initiative)) {
          throw otherOriginRefused(request, initiative);
        }
      },
    },
    async (request, reply) => {
      const initiative = (await requestedInitiative(request, initiatives))!;
      const envelope = request.body;
      if (envelope.initiative !== initiative.id) {
        throw invalid('The body names another initiative than the URL.', [
          { path: 'initiative', code: 'invalid_value', params: { values: [initiative.id] }, message: `must be "${initiative.id}", as in the URL` },
        ]);
      }
      if (envelope.type !== initiative.type) {
        throw invalid('The body names another type than the initiative.', [{ path: 'type', code: 'invalid_value', params: { values: [initiative.type] }, message: `must be "${initiative.type}"` }]);
      }
      if (envelope.channel !== 'web') {
        throw invalid('Widgets send web contributions only.', [
          { path: 'channel', code: 'invalid_value', params: { values: ['web'] }, message: 'must be "web": paper and phone contributions are keyed in by staff' },
        ]);
      }
      // The initiative's own ceiling on web contributions per minute, shared by every process.
      if (initiative.submissionsPerMinute) {
        const slot = await takeSubmissionSlot(db, initiative.id, initiative.submissionsPerMinute);
        if (!slot.allowed) {
          reply.header('retry-after', String(slot.retryAfterSeconds));
          throw new ApiProblem(429, 'rate_limited', `This initiative takes at most ${initiative.submissionsPerMinute} contributions a minute: try again in ${slot.retryAfterSeconds} s.`);
        }
      }
      // Accepted with the others arriving now, in one transaction (the participation limits' locks
      // last until it commits); answered only once it has.
      const stored = await commits.accept(initiative, { ...envelope, enteredBy: null }, now());
      if (stored.outcome === 'conflict') throw idempotencyConflict();
      // The insert has committed by now: the acknowledgement is a promise kept.
      return reply.code(201).send({ id: stored.id, receivedAt: stored.receivedAt });
    },
  );

  app.get(
    '/v1/initiatives/:id/results',
    {
      schema: {
        summary: 'Read the published results of an initiative',
        tags: ['public'],
        params: InitiativeParams,
        response: { 200: PublicResults, 400: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const initiative = await requestedInitiative(request, initiatives);
      if (!initiative) throw noSuchInitiative();
      const results = initiative.resultsPublished ? await computeResults(db, initiative) : undefined;
      if (results === undefined) throw notFound('The results of this initiative are not published.');
      return results;
    },
  );
};
