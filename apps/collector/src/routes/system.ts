import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError } from '@participe/core/schemas';
import type { AppContext } from '../context.js';
import { ApiProblem } from '../http/errors.js';

/** How long one database check answers every health request: a flood of them costs one query a second. */
const HEALTH_CHECK_MS = 1_000;

/** Health for load balancers and the OpenAPI document generated from the route schemas. */
export const systemRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  let check: { at: number; result: Promise<boolean> } | undefined;
  const databaseUp = (): Promise<boolean> => {
    if (!check || Date.now() - check.at >= HEALTH_CHECK_MS) {
      const result = db.query('SELECT 1').then(
        () => true,
        (error: unknown) => {
          app.log.error({ err: error }, 'database check failed');
          return false;
        },
      );
      check = { at: Date.now(), result };
    }
    return check.result;
  };

  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness and database check (the database is asked at most once a second)',
        tags: ['system'],
        response: { 200: z.strictObject({ status: z.literal('ok'), database: z.literal('ok') }), 503: ApiError },
      },
      config: { rateLimit: false },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      if (!(await databaseUp())) throw new ApiProblem(503, 'internal', 'The database is unavailable.');
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
