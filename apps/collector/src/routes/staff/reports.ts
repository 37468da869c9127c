import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, ReportSettings } from '@participe/core/schemas';
import { actorOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { checkReport } from '../../domain/reports.js';
import { recordAudit } from '../../storage/audit.js';
import { findReport, saveReport } from '../../storage/reports.js';
import { ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

/** "You said, we did": the report staff write for an initiative, when it is published, and its open data. */
export const staffReportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/v1/staff/initiatives/:id/report',
    { schema: { summary: 'Read the initiative’s report and publication settings', tags: ['staff', 'analysis'], params: StaffInitiativeParams, response: { 200: ReportSettings, ...refusals } } },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:read');
      return findReport(db, initiative.id);
    },
  );

  app.put(
    '/v1/staff/initiatives/:id/report',
    {
      schema: {
        summary: 'Write the report (both languages), the day it is promised by and published on, what it cites, and whether the figures are open data',
        tags: ['staff', 'analysis'],
        params: StaffInitiativeParams,
        body: ReportSettings,
        response: { 200: ReportSettings, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:write');
      const report = { ...request.body, themes: [...new Set(request.body.themes)], answers: [...new Set(request.body.answers)] };
      const saved = await db.transaction(async (tx) => {
        await checkReport(tx, initiative, report);
        await saveReport(tx, initiative.id, report);
        await recordAudit(tx, actorOf(principal), 'report.update', { type: 'initiative', id: initiative.id }, { published: report.publishOn ? 1 : 0, figures: report.figuresPublished ? 1 : 0 });
        return findReport(tx, initiative.id);
      });
      return saved;
    },
  );
};
