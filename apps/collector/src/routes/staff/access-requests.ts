import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AccessRequestDeleted, AccessRequestDeletion, AccessRequestResult, AccessRequestSearch, ApiError } from '@participe/core/schemas';
import { actorOf, authorize } from '../../http/auth.js';
import { eraseContributions } from '../../domain/contributions.js';
import type { AppContext } from '../../context.js';
import type { Queryable } from '../../storage/database.js';
import { emailPaths } from '../../domain/personal-data.js';
import { recordAudit } from '../../storage/audit.js';
import { contributionsWithEmail } from '../../storage/contributions.js';
import { organisationInitiatives } from '../../storage/initiatives.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError };

/** Compared as people type them: without surrounding spaces, whatever the case. */
const normalise = (email: string) => email.trim().toLowerCase();

/** My organisation's contributions holding this address in a personal email field, with their initiatives. */
async function search(db: Queryable, organisationId: string, email: string) {
  const initiatives = await organisationInitiatives(db, organisationId);
  const items = await contributionsWithEmail(
    db,
    initiatives.map((initiative) => ({ initiativeId: initiative.id, paths: emailPaths(initiative) })),
    normalise(email),
  );
  const named = new Set(items.map((item) => item.initiative));
  return { items, initiatives: initiatives.filter((initiative) => named.has(initiative.id)) };
}

/**
 * Access and deletion requests a person sends the organisation (by mail, by phone), answered by
 * an admin from their email address: what is kept about them, and deleting it on request.
 * Scoped to the caller's organisation; the address travels in the body (never in a URL, which
 * proxies log) and is never written to the audit log, which records counts only.
 */
export const staffAccessRequestRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post(
    '/v1/staff/access-requests/search',
    {
      schema: {
        summary: "Find my organisation's contributions holding an email address in a personal email field",
        tags: ['staff'],
        body: AccessRequestSearch,
        response: { 200: AccessRequestResult, ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'privacy:respond');
      const found = await db.transaction(async (tx) => {
        const result = await search(tx, principal.organisationId, request.body.email);
        await recordAudit(tx, actorOf(principal), 'access-request.search', { type: 'organisation', id: principal.organisationId }, { contributions: result.items.length });
        return result;
      });
      reply.header('cache-control', 'no-store');
      return {
        items: found.items,
        initiatives: found.initiatives.map((initiative) => ({ id: initiative.id, type: initiative.type, title: initiative.settings.title })),
      };
    },
  );

  app.post(
    '/v1/staff/access-requests/deletion',
    {
      schema: {
        summary: 'Delete for good the contributions holding an email address (all, or those listed)',
        tags: ['staff'],
        body: AccessRequestDeletion,
        response: { 200: AccessRequestDeleted, ...refusals },
      },
    },
    async (request) => {
      const principal = authorize(request, 'privacy:respond');
      const { email, contributions } = request.body;
      const only = contributions && new Set(contributions);
      const deleted = await db.transaction(async (tx) => {
        const found = await search(tx, principal.organisationId, email);
        let total = 0;
        for (const initiative of found.initiatives) {
          // Only contributions that hold the address: a listed id that does not is left alone.
          const ids = found.items.filter((item) => item.initiative === initiative.id && (!only || only.has(item.id))).map((item) => item.id);
          if (!ids.length) continue;
          const count = await eraseContributions(tx, initiative, ids);
          total += count;
          await recordAudit(tx, actorOf(principal), 'access-request.delete', { type: 'initiative', id: initiative.id }, { contributions: count });
        }
        return total;
      });
      return { deleted };
    },
  );
};
