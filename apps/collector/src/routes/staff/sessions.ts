import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, ChangePasswordRequest, SessionsEnded, SignInRequest, StaffMe, StaffSession } from '@participe/core/schemas';
import { actorOf, principalOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { ApiProblem, notFound } from '../../http/errors.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../security/passwords.js';
import { requireStrongPassword } from '../../security/password-strength.js';
import { recordAudit } from '../../storage/audit.js';
import { findOrganisation } from '../../storage/organisations.js';
import { beginAttempt, clearOldFailures, defaultSignInThrottle, emailKey, forgetFailures } from '../../storage/sign-in-throttle.js';
import { createSession, deleteSession, endSessions, findAccountByEmail, findOwnAccount, setAccountPassword, type Principal } from '../../storage/staff.js';
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
      const { email, password } = request.body;
      // Counted per account (by email, known or not) in the database, whichever address or process it comes through.
      const key = emailKey(email);
      const attempt = await beginAttempt(ctx.db, key, ctx.config.signInThrottle ?? defaultSignInThrottle);
      if (!attempt.allowed) {
        reply.header('retry-after', String(attempt.retryAfterSeconds));
        throw new ApiProblem(429, 'rate_limited', `Too many failed sign-ins for this account: try again in ${attempt.retryAfterSeconds} s.`);
      }
      const account = await findAccountByEmail(ctx.db, email);
      // An unknown email costs the same scrypt as a wrong password: timing does not tell them apart.
      const valid = await verifyPassword(password, account?.password_hash ?? decoyPasswordHash);
      if (!account || !valid || account.disabled_at) {
        const { freeAttempts } = ctx.config.signInThrottle ?? defaultSignInThrottle;
        // Failures are audited as counts, once the throttle holds the account back (not one row per guess).
        if (account && attempt.attempt >= freeAttempts) {
          await recordAudit(ctx.db, { kind: 'system', id: null, organisationId: account.organisation_id }, 'session.throttle', { type: 'account', id: account.id }, { failures: attempt.attempt });
        }
        throw new ApiProblem(401, 'unauthorized', 'This email and password do not match an account.');
      }
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
      const failures = attempt.attempt - 1;
      const expiresAt = await ctx.db.transaction(async (tx) => {
        await forgetFailures(tx, key);
        await clearOldFailures(tx);
        await recordAudit(tx, actorOf(principal), 'session.create', { type: 'session' }, failures > 0 ? { failedAttempts: failures } : undefined);
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

  app.delete(
    '/v1/staff/sessions',
    {
      schema: {
        summary: 'Sign out everywhere: every console session of my account ends, this one included',
        tags: ['staff'],
        response: { 200: SessionsEnded, 400: ApiError, 401: ApiError },
      },
    },
    async (request) => {
      const principal = ownAccount(principalOf(request));
      return ctx.db.transaction(async (tx) => {
        const sessionsEnded = await endSessions(tx, principal.id);
        await recordAudit(tx, actorOf(principal), 'session.delete-all', { type: 'account', id: principal.id }, { sessionsEnded });
        return { sessionsEnded };
      });
    },
  );

  app.put(
    '/v1/staff/me/password',
    {
      schema: {
        summary: 'Change my password (the current one first; guessable ones are refused); my other sessions end',
        tags: ['staff'],
        body: ChangePasswordRequest,
        response: { 200: SessionsEnded, 400: ApiError, 401: ApiError, 403: ApiError },
      },
    },
    async (request) => {
      const principal = ownAccount(principalOf(request));
      const { currentPassword, newPassword } = request.body;
      const account = await findOwnAccount(ctx.db, principal.organisationId, principal.id);
      if (!account || !(await verifyPassword(currentPassword, account.password_hash))) {
        throw new ApiProblem(403, 'forbidden', 'The current password is not right.');
      }
      requireStrongPassword(newPassword, 'newPassword', [account.email]);
      const passwordHash = await hashPassword(newPassword);
      return ctx.db.transaction(async (tx) => {
        await setAccountPassword(tx, principal.id, passwordHash);
        const sessionsEnded = await endSessions(tx, principal.id, principal.sessionHash);
        await recordAudit(tx, actorOf(principal), 'account.password.change', { type: 'account', id: principal.id }, { sessionsEnded });
        return { sessionsEnded };
      });
    },
  );
};

/** Routes about a person's own account: API tokens have none. */
function ownAccount(principal: Principal) {
  if (principal.kind !== 'account') throw new ApiProblem(400, 'bad_request', 'API tokens have no account: sign in as a person.');
  return principal;
}
