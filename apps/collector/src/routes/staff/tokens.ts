import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, ApiTokenList, CreateApiTokenRequest, CreatedApiToken } from '@participe/core/schemas';
import { actorOf, authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { recordAudit } from '../../storage/audit.js';
import { insertToken, listTokens, revokeToken } from '../../storage/staff.js';
import { hashToken, newToken } from '../../security/tokens.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

/** API tokens for scripts and integrations; admins only. */
export const staffTokenRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/v1/staff/tokens',
    { schema: { summary: "List my organisation's API tokens", tags: ['staff'], response: { 200: ApiTokenList, ...refusals } } },
    async (request) => {
      const principal = authorize(request, 'tokens:manage');
      return { items: await listTokens(db, principal.organisationId) };
    },
  );

  app.post(
    '/v1/staff/tokens',
    {
      schema: {
        summary: 'Create an API token, lasting `expiresInDays` or until revoked (its value is shown only in this answer)',
        tags: ['staff'],
        body: CreateApiTokenRequest,
        response: { 201: CreatedApiToken, ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'tokens:manage');
      const token = newToken('api');
      const summary = await db.transaction(async (tx) => {
        const created = await insertToken(tx, { organisationId: principal.organisationId, tokenHash: hashToken(token), ...request.body });
        await recordAudit(tx, actorOf(principal), 'token.create', { type: 'token', id: created.id }, request.body.expiresInDays ? { expiresInDays: request.body.expiresInDays } : undefined);
        return created;
      });
      return reply.code(201).send({ token, summary });
    },
  );

  app.delete(
    '/v1/staff/tokens/:tokenId',
    {
      schema: {
        summary: 'Revoke an API token',
        tags: ['staff'],
        params: z.strictObject({ tokenId: z.uuid() }),
        response: { 204: z.undefined(), ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'tokens:manage');
      const revoked = await db.transaction(async (tx) => {
        if (!(await revokeToken(tx, principal.organisationId, request.params.tokenId))) return false;
        await recordAudit(tx, actorOf(principal), 'token.revoke', { type: 'token', id: request.params.tokenId });
        return true;
      });
      if (!revoked) throw notFound('Your organisation has no API token with this id.');
      return reply.code(204).send();
    },
  );
};
