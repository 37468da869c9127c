import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import {
  Acknowledgement,
  ApiError,
  ContributionPage,
  ContributionQuery,
  ExportQuery,
  ModerationDecision,
  StaffContribution,
  StaffEntryRequest,
} from '@participe/core/schemas';
import { actorOf } from '../../http/auth.js';
import { acceptContribution, idempotencyConflict, moderateContribution } from '../../domain/contributions.js';
import type { AppContext } from '../../context.js';
import { exportStream } from '../../domain/export.js';
import { checkedField } from '../../domain/analysis.js';
import { invalid, notFound } from '../../http/errors.js';
import { publicSpec } from '../../domain/public-contributions.js';
import { recordAudit } from '../../storage/audit.js';
import { listContributions } from '../../storage/contributions.js';
import { badCursor, ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };

/** `lang` chooses the language of a readable CSV's headers and words (types with export columns). */

export const staffContributionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, now }) => {
  app.get(
    '/v1/staff/initiatives/:id/contributions',
    {
      schema: {
        summary: 'List contributions, newest first, filtered and paged with a cursor',
        tags: ['staff'],
        params: StaffInitiativeParams,
        querystring: ContributionQuery,
        response: { 200: ContributionPage, ...refusals },
      },
    },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'contributions:read');
      const { cursor, limit, ...filter } = request.query;
      if (filter.field) checkedField(initiative, filter.field);
      const page = await listContributions(db, initiative.id, filter, { cursor, limit: limit ?? 50 });
      if (page === 'bad_cursor') throw badCursor();
      return page;
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/contributions',
    {
      schema: {
        summary: 'Key in a contribution received on paper or by phone',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: StaffEntryRequest,
        response: { 201: Acknowledgement, ...refusals },
      },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:enter');
      const { channel, language, payload, idempotencyKey } = request.body;
      if (channel === 'organisation' && !publicSpec(initiative)) {
        throw invalid('Only initiatives that show contributions publicly take posts of the organisation.', [
          { path: 'channel', code: 'invalid_value', params: { values: ['paper', 'phone'] }, message: 'must be "paper" or "phone" for this initiative' },
        ]);
      }
      const stored = await db.transaction(async (tx) => {
        const outcome = await acceptContribution(
          tx,
          initiative,
          // A keyed-in form has no browser to remember a participant id: the form's own key stands for it
          // (fresh per form, the same on a retry, so the retry hashes alike; staff entries are never
          // limited to one per participant anyway).
          { channel, language, payload, idempotencyKey, participant: idempotencyKey, enteredBy: principal.id },
          now(),
        );
        if (outcome.outcome === 'created') {
          await recordAudit(tx, actorOf(principal), `contribution.enter.${channel}`, { type: 'contribution', id: outcome.id });
        }
        return outcome;
      });
      if (stored.outcome === 'conflict') throw idempotencyConflict();
      return reply.code(201).send({ id: stored.id, receivedAt: stored.receivedAt });
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/contributions/:contributionId/moderation',
    {
      schema: {
        summary: 'Approve or reject a contribution',
        tags: ['staff'],
        params: z.strictObject({ id: StaffInitiativeParams.shape.id, contributionId: z.uuid() }),
        body: ModerationDecision,
        response: { 204: z.undefined(), ...refusals },
      },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      const changed = await db.transaction(async (tx) => {
        if (!(await moderateContribution(tx, initiative, request.params.contributionId, request.body.state, request.body.reason))) return false;
        await recordAudit(tx, actorOf(principal), `contribution.moderate.${request.body.state}`, {
          type: 'contribution',
          id: request.params.contributionId,
        });
        return true;
      });
      if (!changed) throw notFound('This initiative has no contribution with this id.');
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/staff/initiatives/:id/export',
    {
      schema: {
        summary: 'Export every contribution as CSV (spreadsheet-safe, UTF-8 with BOM, headers in lang) or JSON',
        tags: ['staff'],
        params: StaffInitiativeParams,
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The contributions, oldest first',
            content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(StaffContribution) } },
          },
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:export');
      const { format, lang } = request.query;
      await db.transaction((tx) => recordAudit(tx, actorOf(principal), `contributions.export.${format}`, { type: 'initiative', id: initiative.id }));
      const filename = `${initiative.id}-${now().toISOString().slice(0, 10)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');
      reply.type(format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
      // Streamed a page at a time: no export is ever built whole in memory.
      return reply.send((await exportStream(db, initiative, format, lang)) as never);
    },
  );
};
