import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, SignInRequest, StaffMe, StaffSession } from '@participe/core/schemas';
import { actorOf, principalOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { ApiProblem, notFound } from '../../http/errors.js';
import { decoyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { recordAudit } from '../../storage/audit.js';
import { findOrganisation } from '../../storage/organisations.js';
import { createSession, deleteSession, findAccountByEmail, type Principal } from '../../storage/staff.js';
import { hashToken, newToken } from '../../security/tokens.js';

async function describe(ctx: AppContext, principal: Principal): Promise<StaffMe> {
  const organisation = await findOrganisation(ctx.db, principal.organisationId);
  if (!organisation) throw notFound('Your organisation no longer exists.');
  const actor =
    principal.kind === 'account'
      ? { kind: 'account' as const, id: principal.id, email: principal.email }
      : { kind: 'token' as const, id: principal.id, label: principal.label };
  return { actor, role: principal.role, organisation };
}

/** Signing in: email and password in, a bearer token out. Rate-limited harder than the rest. */
export const signInRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/v1/staff/sessions',
    {
      schema: {
        summary: 'Sign in to the console: returns a bearer token',
        tags: ['staff'],
        body: SignInRequest,
        response: { 201: StaffSession, 400: ApiError, 401: ApiError, 429: ApiError },
      },
      config: { rateLimit: { max: ctx.config.signInRateLimitPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const account = await findAccountByEmail(ctx.db, request.body.email);
      // An unknown email costs the same scrypt as a wrong password: timing does not tell them apart.
      const valid = await verifyPassword(request.body.password, account?.password_hash ?? decoyPasswordHash);
      if (!account || !valid) throw new ApiProblem(401, 'unauthorized', 'This email and password do not match an account.');
      const token = newToken('session');
      const sessionHash = hashToken(token);
      const principal: Principal = {
        kind: 'account',
        id: account.id,
        email: account.email,
        role: account.role,
        organisationId: account.organisation_id,
        sessionHash,
      };
      const expiresAt = await ctx.db.transaction(async (tx) => {
        await recordAudit(tx, actorOf(principal), 'session.create', { type: 'session' });
        return createSession(tx, account.id, sessionHash, ctx.config.sessionTtlMs);
      });
      return reply.code(201).send({ token, expiresAt, me: await describe(ctx, principal) });
    },
  );
};

/** Routes for whoever holds a valid token. */
export const sessionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/staff/me',
    { schema: { summary: 'Who this token speaks for', tags: ['staff'], response: { 200: StaffMe, 401: ApiError } } },
    async (request) => describe(ctx, principalOf(request)),
  );

  app.delete(
    '/v1/staff/sessions/current',
    {
      schema: {
        summary: 'Sign out: the console token stops working',
        tags: ['staff'],
        response: { 204: z.undefined(), 400: ApiError, 401: ApiError },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'account') throw new ApiProblem(400, 'bad_request', 'API tokens are revoked by an admin, not signed out.');
      await ctx.db.transaction(async (tx) => {
        await deleteSession(tx, principal.sessionHash);
        await recordAudit(tx, actorOf(principal), 'session.delete', { type: 'session' });
      });
      return reply.code(204).send();
    },
  );
};
