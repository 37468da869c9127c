import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, OfficialResponseRequest, PayloadEdit, StaffContribution, TopicCounts } from '@participe/core/schemas';
import { actorOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { correctContribution, requirePublicSpec, respond, visibleFor } from '../../domain/public-contributions.js';
import { notFound } from '../../http/errors.js';
import { recordAudit } from '../../storage/audit.js';
import type { Queryable } from '../../storage/database.js';
import { contributionColumns, contributionSource, toContribution } from '../../storage/contributions.js';
import { topicCounts } from '../../storage/public-contributions.js';
import { ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const ContributionParams = z.strictObject({ id: StaffInitiativeParams.shape.id, contributionId: z.uuid() });
const noSuchContribution = () => notFound('This initiative has no contribution with this id.');

async function staffContribution(db: Queryable, initiativeId: string, id: string): Promise<StaffContribution> {
  const [row] = await db.query(`SELECT ${contributionColumns} FROM ${contributionSource} WHERE initiative_id = $1 AND id = $2`, [initiativeId, id]);
  return toContribution(row!);
}

/**
 * What staff do to a contribution besides approving it: correct it (a typo), give it the
 * organisation's official response; and, for initiatives with threads, how many each holds.
 */
export const staffPublicContributionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.put(
    '/v1/staff/initiatives/:id/contributions/:contributionId/payload',
    {
      schema: {
        summary: 'Correct a contribution (checked like a new one; the original is kept until retention)',
        tags: ['staff'],
        params: ContributionParams,
        body: PayloadEdit,
        response: { 200: StaffContribution, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      const id = request.params.contributionId;
      return db.transaction(async (tx) => {
        if (!(await correctContribution(tx, initiative, id, request.body.payload))) throw noSuchContribution();
        await recordAudit(tx, actorOf(principal), 'contribution.correct', { type: 'contribution', id });
        return staffContribution(tx, initiative.id, id);
      });
    },
  );

  app.put(
    '/v1/staff/initiatives/:id/contributions/:contributionId/response',
    {
      schema: {
        summary: 'Give a contribution the organisation’s official response (status, words in French and English)',
        tags: ['staff'],
        params: ContributionParams,
        body: OfficialResponseRequest,
        response: { 200: StaffContribution, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      requirePublicSpec(initiative);
      const id = request.params.contributionId;
      return db.transaction(async (tx) => {
        if (!(await respond(tx, initiative, id, request.body, principal.id))) throw noSuchContribution();
        await recordAudit(tx, actorOf(principal), 'contribution.respond', { type: 'contribution', id });
        return staffContribution(tx, initiative.id, id);
      });
    },
  );

  app.delete(
    '/v1/staff/initiatives/:id/contributions/:contributionId/response',
    {
      schema: {
        summary: 'Withdraw a contribution’s official response',
        tags: ['staff'],
        params: ContributionParams,
        response: { 204: z.undefined(), ...refusals },
      },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      requirePublicSpec(initiative);
      const id = request.params.contributionId;
      await db.transaction(async (tx) => {
        if (!(await respond(tx, initiative, id, null, principal.id))) throw noSuchContribution();
        await recordAudit(tx, actorOf(principal), 'contribution.respond.withdraw', { type: 'contribution', id });
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/staff/initiatives/:id/topics',
    {
      schema: {
        summary: 'How many contributions each thread (`payload.topic`) holds: all, public, awaiting a moderator',
        tags: ['staff'],
        params: StaffInitiativeParams,
        response: { 200: TopicCounts, ...refusals },
      },
    },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'contributions:read');
      requirePublicSpec(initiative);
      return { topics: await topicCounts(db, initiative.id, visibleFor(initiative)) };
    },
  );
};
