import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, BulkRejected, BulkRejection, ParticipantArrivals, ParticipationGuards } from '@participe/core/schemas';
import { actorOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { rejectReceivedBetween } from '../../domain/contributions.js';
import { invalid } from '../../http/errors.js';
import { recordAudit } from '../../storage/audit.js';
import { setSubmissionsPerMinute } from '../../storage/initiatives.js';
import { participantArrivals } from '../../storage/arrivals.js';
import { ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

/**
 * What staff do when made-up participants flood an initiative: cap its web contributions per
 * minute (every process shares the count), and reject a burst by when it arrived, which frees
 * the response cap. The collector's own routes (not a core contract): scripts and the API use them.
 */
export const staffParticipationGuardRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives }) => {
  app.get(
    '/v1/staff/initiatives/:id/guards',
    { schema: { summary: 'An initiative’s controls against stuffing', tags: ['staff'], params: StaffInitiativeParams, response: { 200: ParticipationGuards, ...refusals } } },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:read');
      return { submissionsPerMinute: initiative.submissionsPerMinute ?? null };
    },
  );

  app.put(
    '/v1/staff/initiatives/:id/guards',
    {
      schema: {
        summary: 'Set an initiative’s ceiling on web contributions per minute (null lifts it)',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: ParticipationGuards,
        response: { 200: ParticipationGuards, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:write');
      const { submissionsPerMinute } = request.body;
      await db.transaction(async (tx) => {
        await setSubmissionsPerMinute(tx, initiative.id, submissionsPerMinute);
        await recordAudit(tx, actorOf(principal), 'initiative.guards', { type: 'initiative', id: initiative.id }, submissionsPerMinute === null ? undefined : { submissionsPerMinute });
      });
      // This process sees it at once; others within the cache's second.
      initiatives.forget(initiative.id);
      return { submissionsPerMinute };
    },
  );

  app.get(
    '/v1/staff/initiatives/:id/arrivals',
    {
      schema: {
        summary: 'New web participants of the last 10 minutes against the usual, and whether that is a burst',
        tags: ['staff'],
        params: StaffInitiativeParams,
        response: { 200: ParticipantArrivals, ...refusals },
      },
    },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'contributions:read');
      return participantArrivals(db, initiative.id);
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/contributions/bulk-rejection',
    {
      schema: {
        summary: 'Reject every web contribution received in a time window (frees the response cap)',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: BulkRejection,
        response: { 200: BulkRejected, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      const { from, to, reason } = request.body;
      if (Date.parse(from) >= Date.parse(to)) {
        throw invalid('The window ends before it starts.', [{ path: 'to', code: 'dates_out_of_order', message: 'must come after from' }]);
      }
      const rejected = await db.transaction(async (tx) => {
        const count = await rejectReceivedBetween(tx, initiative, from, to, reason);
        await recordAudit(tx, actorOf(principal), 'contribution.moderate.bulk-rejected', { type: 'initiative', id: initiative.id }, { contributions: count });
        return count;
      });
      initiatives.forget(initiative.id);
      return { rejected };
    },
  );
};
