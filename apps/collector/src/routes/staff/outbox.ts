import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, OutboxPage, OutboxQuery, Slug } from '@participe/core/schemas';
import type { AppContext } from '../../context.js';
import { initiativeOutbox } from '../../storage/outbox.js';
import { ownInitiative } from './shared.js';

/** The messages an initiative sent (or is sending): without SMTP, where the operator reads them. */
export const staffOutboxRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/v1/staff/initiatives/:id/outbox',
    {
      schema: {
        summary: 'An initiative’s outgoing messages (confirmation emails…), newest first, with their delivery',
        tags: ['staff'],
        params: z.strictObject({ id: Slug }),
        querystring: OutboxQuery,
        response: { 200: OutboxPage, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'contributions:moderate');
      return { items: await initiativeOutbox(db, initiative.id, request.query.limit ?? 50) };
    },
  );
};
