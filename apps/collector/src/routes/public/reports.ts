import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import * as z from 'zod/mini';
import { ApiError, OpenFigures, PublicReport, Slug } from '@participe/core/schemas';
import type { AppContext } from '../../context.js';
import { requestedInitiative } from '../../http/cors.js';
import { notFound } from '../../http/errors.js';
import { openFigures, openFiguresRows, publicReport } from '../../domain/reports.js';
import { defuseFormula } from '../../domain/csv.js';

const InitiativeParams = z.strictObject({ id: Slug });

/** "You said, we did" as widgets read it (under the initiative's CORS, like its results). */
export const publicReportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, now }) => {
  app.get(
    '/v1/initiatives/:id/report',
    {
      schema: {
        summary: 'What the organisation did with the contributions: the report once published, the day it is promised by, or none yet',
        tags: ['public'],
        params: InitiativeParams,
        response: { 200: PublicReport, 400: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const initiative = await requestedInitiative(request, initiatives);
      if (!initiative) throw notFound('No published initiative has this id.');
      return publicReport(db, initiative, now());
    },
  );
};

/**
 * Open data: an initiative's aggregates under an open licence, at stable addresses any site or
 * script may read (`Access-Control-Allow-Origin: *`, no cookies, nothing personal).
 */
export const openDataRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, now }) => {
  const published = async (id: string) => {
    const initiative = await initiatives.get(id);
    const figures = initiative && initiative.status !== 'draft' ? await openFigures(db, initiative, now()) : undefined;
    if (!figures) throw notFound('This initiative’s figures are not published.');
    return figures;
  };
  const openHeaders = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', 'cache-control': 'public, max-age=300' };

  app.get(
    '/v1/open-data/initiatives/:id/figures.json',
    {
      schema: {
        summary: 'An initiative’s published figures as JSON (CC BY 4.0): counts by channel, language and month, themes with counts, published results',
        tags: ['open data'],
        params: InitiativeParams,
        response: { 200: OpenFigures, 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const figures = await published(request.params.id);
      return reply.headers(openHeaders).send(figures);
    },
  );

  app.get(
    '/v1/open-data/initiatives/:id/figures.csv',
    {
      schema: {
        summary: 'The same figures as CSV (UTF-8 with BOM; one row per figure; results are in the JSON only)',
        tags: ['open data'],
        params: InitiativeParams,
        response: { 200: { description: 'figure, key, label_fr, label_en, count', content: { 'text/csv': { schema: z.string() } } }, 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const figures = await published(request.params.id);
      const csv = stringify(openFiguresRows(figures), {
        header: true,
        columns: ['figure', 'key', 'label_fr', 'label_en', 'count'],
        bom: true,
        record_delimiter: '\r\n',
        cast: { string: (text: string) => defuseFormula(text) },
      });
      return reply
        .headers({ ...openHeaders, 'content-disposition': `inline; filename="${figures.initiative}-figures.csv"` })
        .type('text/csv; charset=utf-8')
        .send(csv);
    },
  );
};
