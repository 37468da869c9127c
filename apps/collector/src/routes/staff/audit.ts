import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, AuditPage, AuditQuery } from '@participe/core/schemas';
import { authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { listAudit } from '../../storage/audit.js';
import { badCursor } from './shared.js';

export const staffAuditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/v1/staff/audit',
    {
      schema: {
        summary: "My organisation's audit log, newest first",
        tags: ['staff'],
        querystring: AuditQuery,
        response: { 200: AuditPage, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const principal = authorize(request, 'audit:read');
      const page = await listAudit(db, principal.organisationId, { cursor: request.query.cursor, limit: request.query.limit ?? 50 });
      if (page === 'bad_cursor') throw badCursor();
      return page;
    },
  );
};
