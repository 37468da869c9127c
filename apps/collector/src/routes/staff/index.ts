import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerAuthentication } from '../../http/auth.js';
import { staffAccessRequestRoutes } from './access-requests.js';
import type { AppContext } from '../../context.js';
import { staffAccountRoutes } from './accounts.js';
import { staffAnalysisRoutes } from './analysis.js';
import { staffDashboardRoutes } from './dashboard.js';
import { staffReportRoutes } from './reports.js';
import { staffAuditRoutes } from './audit.js';
import { staffContributionRoutes } from './contributions.js';
import { staffInitiativeRoutes } from './initiatives.js';
import { staffParticipationGuardRoutes } from './participation-guards.js';
import { staffPublicContributionRoutes } from './public-contributions.js';
import { sessionRoutes, signInRoutes } from './sessions.js';
import { staffTokenRoutes } from './tokens.js';
import { staffOutboxRoutes } from './outbox.js';
import { mountStaffTypeRoutes } from '../../slices/routes.js';

/** `/v1/staff/...`: sign-in is open; everything else needs a bearer token of the caller's organisation. */
export const staffRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.decorateRequest('principal', null);
  // Nothing a staff route answers (tokens, emails, contributions, refusals alike) may be kept by a browser or proxy cache.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  await app.register(signInRoutes, ctx);
  await app.register(async (secured) => {
    // After the rate limiter (preParsing) and before the body is validated.
    secured.addHook('preValidation', bearerAuthentication(ctx.db));
    // Documents the bearer requirement on every route of this scope.
    secured.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, security: [{ bearer: [] }] };
    });
    await secured.register(sessionRoutes, ctx);
    await secured.register(staffInitiativeRoutes, ctx);
    await secured.register(staffContributionRoutes, ctx);
    await secured.register(staffPublicContributionRoutes, ctx);
    await secured.register(staffAnalysisRoutes, ctx);
    await secured.register(staffDashboardRoutes, ctx);
    await secured.register(staffReportRoutes, ctx);
    await secured.register(staffParticipationGuardRoutes, ctx);
    await secured.register(staffAuditRoutes, ctx);
    await secured.register(staffTokenRoutes, ctx);
    await secured.register(staffAccountRoutes, ctx);
    await secured.register(staffAccessRequestRoutes, ctx);
    await secured.register(staffOutboxRoutes, ctx);
    mountStaffTypeRoutes(secured, ctx, ctx.types);
  });
};
