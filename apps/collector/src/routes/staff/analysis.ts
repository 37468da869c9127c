import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError, BulkCoding, BulkCodingResult, ContributionCoding, StaffContribution, Theme, ThemeOverview, ThemeRequest } from '@participe/core/schemas';
import { actorOf } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { checkedField, codableTexts } from '../../domain/analysis.js';
import { invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../../storage/audit.js';
import { contributionColumns, contributionSource, toContribution } from '../../storage/contributions.js';
import type { Queryable } from '../../storage/database.js';
import { addThemes, codingProgress, createTheme, deleteTheme, listThemes, ownContributions, ownThemes, removeThemes, updateTheme } from '../../storage/themes.js';
import { ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const ThemeParams = z.strictObject({ id: StaffInitiativeParams.shape.id, themeId: z.uuid() });
const ContributionParams = z.strictObject({ id: StaffInitiativeParams.shape.id, contributionId: z.uuid() });
const noSuchTheme = () => notFound('This initiative has no theme with this id.');

/** Theme ids that are not this initiative's: a 400 naming them (never another initiative's theme). */
async function checkThemes(db: Queryable, initiativeId: string, ids: readonly string[], path: string): Promise<void> {
  const own = await ownThemes(db, initiativeId, ids);
  const strangers = ids.filter((id) => !own.has(id));
  if (strangers.length) {
    throw invalid('Some themes are not themes of this initiative.', [{ path, code: 'invalid_value', params: { values: [...own] }, message: `unknown themes: ${strangers.join(', ')}` }]);
  }
}

/**
 * Qualitative coding: an initiative's themes, and the themes analysts give its contributions (one at
 * a time or many at once). Every change is audited (identifiers and counts); payloads are never touched.
 */
export const staffAnalysisRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/v1/staff/initiatives/:id/themes',
    {
      schema: {
        summary: 'The initiative’s themes with their counts, the free-text answers coded on their own, and what is not coded yet',
        tags: ['staff', 'analysis'],
        params: StaffInitiativeParams,
        response: { 200: ThemeOverview, ...refusals },
      },
    },
    async (request) => {
      // Names and counts only: editors read them too, to cite themes in the initiative's report.
      const { initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:read');
      const fields = codableTexts(initiative);
      const [themes, progress] = await Promise.all([listThemes(db, initiative.id), codingProgress(db, initiative.id, fields)]);
      return { themes, fields, ...progress };
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/themes',
    {
      schema: {
        summary: 'Add a theme (names in French and English, an optional colour)',
        tags: ['staff', 'analysis'],
        params: StaffInitiativeParams,
        body: ThemeRequest,
        response: { 201: Theme, ...refusals },
      },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:code');
      const theme = await db.transaction(async (tx) => {
        const created = await createTheme(tx, initiative.id, request.body);
        await recordAudit(tx, actorOf(principal), 'theme.create', { type: 'theme', id: created.id });
        return created;
      });
      return reply.code(201).send(theme);
    },
  );

  app.put(
    '/v1/staff/initiatives/:id/themes/:themeId',
    {
      schema: { summary: 'Rename or recolour a theme', tags: ['staff', 'analysis'], params: ThemeParams, body: ThemeRequest, response: { 200: Theme, ...refusals } },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:code');
      return db.transaction(async (tx) => {
        const theme = await updateTheme(tx, initiative.id, request.params.themeId, request.body);
        if (!theme) throw noSuchTheme();
        await recordAudit(tx, actorOf(principal), 'theme.update', { type: 'theme', id: theme.id });
        return theme;
      });
    },
  );

  app.delete(
    '/v1/staff/initiatives/:id/themes/:themeId',
    {
      schema: { summary: 'Delete a theme and its assignments (contributions stay as they are)', tags: ['staff', 'analysis'], params: ThemeParams, response: { 204: z.undefined(), ...refusals } },
    },
    async (request, reply) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:code');
      await db.transaction(async (tx) => {
        const coded = await deleteTheme(tx, initiative.id, request.params.themeId);
        if (coded === undefined) throw noSuchTheme();
        await recordAudit(tx, actorOf(principal), 'theme.delete', { type: 'theme', id: request.params.themeId }, { contributions: coded });
      });
      return reply.code(204).send();
    },
  );

  app.put(
    '/v1/staff/initiatives/:id/contributions/:contributionId/themes',
    {
      schema: {
        summary: 'Set the themes of one contribution on one field (the whole contribution, or one free-text answer)',
        tags: ['staff', 'analysis'],
        params: ContributionParams,
        body: ContributionCoding,
        response: { 200: StaffContribution, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:code');
      const field = checkedField(initiative, request.body.field);
      const themes = [...new Set(request.body.themes)];
      const id = request.params.contributionId;
      return db.transaction(async (tx) => {
        if (!(await ownContributions(tx, initiative.id, [id])).has(id)) throw notFound('This initiative has no contribution with this id.');
        await checkThemes(tx, initiative.id, themes, 'themes');
        const current = await tx.query<{ theme_id: string }>('SELECT theme_id FROM contribution_themes WHERE contribution_id = $1 AND field = $2', [id, field]);
        const had = new Set(current.map((row) => String(row.theme_id)));
        const removed = await removeThemes(tx, initiative.id, field, [id], [...had].filter((theme) => !themes.includes(theme)));
        const added = await addThemes(tx, initiative.id, field, [id], themes.filter((theme) => !had.has(theme)));
        if (added + removed > 0) await recordAudit(tx, actorOf(principal), 'contribution.code', { type: 'contribution', id }, { added, removed });
        const [row] = await tx.query(`SELECT ${contributionColumns} FROM ${contributionSource} WHERE initiative_id = $1 AND id = $2`, [initiative.id, id]);
        return toContribution(row!);
      });
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/coding',
    {
      schema: {
        summary: 'Add and remove themes on many contributions at once (up to 500)',
        tags: ['staff', 'analysis'],
        params: StaffInitiativeParams,
        body: BulkCoding,
        response: { 200: BulkCodingResult, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'contributions:code');
      const field = checkedField(initiative, request.body.field);
      const add = [...new Set(request.body.add)];
      const remove = [...new Set(request.body.remove)].filter((theme) => !add.includes(theme));
      const ids = [...new Set(request.body.contributions)];
      return db.transaction(async (tx) => {
        await checkThemes(tx, initiative.id, add, 'add');
        await checkThemes(tx, initiative.id, remove, 'remove');
        const own = await ownContributions(tx, initiative.id, ids);
        const strangers = ids.filter((id) => !own.has(id));
        if (strangers.length) {
          throw invalid('Some contributions are not contributions of this initiative.', [{ path: 'contributions', code: 'invalid_value', params: { values: [] }, message: `unknown contributions: ${strangers.join(', ')}` }]);
        }
        const added = await addThemes(tx, initiative.id, field, ids, add);
        const removed = await removeThemes(tx, initiative.id, field, ids, remove);
        await recordAudit(tx, actorOf(principal), 'contributions.code', { type: 'initiative', id: initiative.id }, { contributions: ids.length, added, removed });
        return { contributions: ids.length };
      });
    },
  );
};
