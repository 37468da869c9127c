import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, Dashboard, DashboardQuery } from '@participe/core/schemas';
import { authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { facetOf } from '../../slices/registry.js';
import { DASHBOARD_TIME_ZONE, organisationDashboard } from '../../storage/dashboard.js';

/** Types whose contributions get official answers (those shown to the public): derived from the manifests. */
const givesAnswers = (type: string) => (facetOf(type)?.manifest.publicContributions?.responseStatuses.length ?? 0) > 0;

/** The organisation's dashboard: every initiative's figures, computed in SQL. */
export const staffDashboardRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, now }) => {
  app.get(
    '/v1/staff/dashboard',
    {
      schema: {
        summary: 'Every initiative of the organisation: contributions per day, channel and language, moderation backlog, official answers awaited',
        tags: ['staff', 'analysis'],
        querystring: DashboardQuery,
        response: { 200: Dashboard, 401: ApiError, 403: ApiError, 400: ApiError },
      },
    },
    async (request) => {
      const principal = authorize(request, 'initiatives:read');
      const days = request.query.days ?? 30;
      const at = now();
      const initiatives = await organisationDashboard(db, principal.organisationId, at, days, givesAnswers);
      return { generatedAt: at.toISOString(), timeZone: DASHBOARD_TIME_ZONE, days, initiatives };
    },
  );
};
