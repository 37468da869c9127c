import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError } from '@participe/core/schemas';
import type { AppContext } from '../context.js';
import { ApiProblem } from '../http/errors.js';

/** Health for load balancers and the OpenAPI document generated from the route schemas. */
export const systemRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness and database check',
        tags: ['system'],
        response: { 200: z.strictObject({ status: z.literal('ok'), database: z.literal('ok') }), 503: ApiError },
      },
      config: { rateLimit: false },
    },
    async (request) => {
      try {
        await db.query('SELECT 1');
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        throw new ApiProblem(503, 'internal', 'The database is unavailable.');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );

  app.get(
    '/v1/openapi.json',
    {
      schema: {
        summary: 'This API, described in OpenAPI 3',
        tags: ['system'],
        response: { 200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }) },
      },
    },
    async () => app.swagger() as unknown as { openapi: string; paths: Record<string, unknown> },
  );
};
