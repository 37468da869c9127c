import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiError,
  ResultsPublication,
  StaffInitiative,
  StaffInitiativeList,
  StatusChange,
} from '@participe/core/schemas';
import { actorOf, authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import type { Queryable } from '../../storage/database.js';
import { ApiProblem, invalid } from '../../http/errors.js';
import { computeResults, PublicResults } from '../../domain/results.js';
import { recordAudit } from '../../storage/audit.js';
import { recordEvent } from '../../storage/events.js';
import {
  countContributions,
  findOwnInitiative,
  insertInitiative,
  listOwnInitiatives,
  updateResultsPublished,
  updateSettings,
  updateStatus,
  type InitiativeRecord,
} from '../../storage/initiatives.js';
import { InitiativeSettingsInput } from '../../slices/registry.js';
import { currentPublicView, staffView } from '../../domain/views.js';
import { ownInitiative, StaffInitiativeParams } from './shared.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };

/** Re-reads the initiative inside the transaction that changed it, with its contribution count. */
async function reload(tx: Queryable, organisationId: string, id: string) {
  const initiative = (await findOwnInitiative(tx, organisationId, id))!;
  return { ...initiative, ...(await countContributions(tx, id)) };
}

/** Tells live viewers what citizens now see of the initiative (closed when its response cap is reached). */
const announce = async (tx: Queryable, initiative: InitiativeRecord) => recordEvent(tx, initiative.id, 'initiative', await currentPublicView(tx, initiative));

export const staffInitiativeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, initiatives, now }) => {
  app.get(
    '/v1/staff/initiatives',
    { schema: { summary: "List my organisation's initiatives", tags: ['staff'], response: { 200: StaffInitiativeList, ...refusals } } },
    async (request) => {
      const principal = authorize(request, 'initiatives:read');
      const initiatives = await listOwnInitiatives(db, principal.organisationId);
      return { items: initiatives.map((initiative) => staffView(initiative, now())) };
    },
  );

  app.post(
    '/v1/staff/initiatives',
    {
      schema: {
        summary: 'Create an initiative (as a draft) from its settings',
        tags: ['staff'],
        body: InitiativeSettingsInput,
        response: { 201: StaffInitiative, ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'initiatives:write');
      const settings = request.body;
      const created = await db.transaction(async (tx) => {
        if (!(await insertInitiative(tx, principal.organisationId, settings))) return undefined;
        await recordAudit(tx, actorOf(principal), 'initiative.create', { type: 'initiative', id: settings.id });
        return reload(tx, principal.organisationId, settings.id);
      });
      if (!created) {
        throw new ApiProblem(409, 'validation_failed', 'This id is already taken; choose another.', [{ path: 'id', code: 'taken', message: 'is already taken' }]);
      }
      return reply.code(201).send(staffView(created, now()));
    },
  );

  app.get(
    '/v1/staff/initiatives/:id',
    { schema: { summary: 'Read one initiative', tags: ['staff'], params: StaffInitiativeParams, response: { 200: StaffInitiative, ...refusals } } },
    async (request) => {
      const { initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:read');
      return staffView({ ...initiative, ...(await countContributions(db, initiative.id)) }, now());
    },
  );

  app.put(
    '/v1/staff/initiatives/:id',
    {
      schema: {
        summary: 'Replace the settings of an initiative (its id and type stay)',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: InitiativeSettingsInput,
        response: { 200: StaffInitiative, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:write');
      const settings = request.body;
      if (settings.id !== initiative.id) throw invalid('The id cannot change.', [{ path: 'id', code: 'cannot_change', params: { value: initiative.id }, message: `must be "${initiative.id}"` }]);
      if (settings.type !== initiative.type) throw invalid('The type cannot change.', [{ path: 'type', code: 'cannot_change', params: { value: initiative.type }, message: `must be "${initiative.type}"` }]);
      const updated = await db.transaction(async (tx) => {
        await updateSettings(tx, initiative.id, settings);
        await recordAudit(tx, actorOf(principal), 'initiative.update', { type: 'initiative', id: initiative.id });
        const current = await reload(tx, principal.organisationId, initiative.id);
        await announce(tx, current);
        return current;
      });
      // Public requests see the change from now on (other processes hear it through NOTIFY).
      initiatives.forget(initiative.id);
      return staffView(updated, now());
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/status',
    {
      schema: {
        summary: 'Open or close an initiative',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: StatusChange,
        response: { 200: StaffInitiative, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:write');
      const updated = await db.transaction(async (tx) => {
        await updateStatus(tx, initiative.id, request.body.status);
        await recordAudit(tx, actorOf(principal), `initiative.${request.body.status === 'open' ? 'open' : 'close'}`, {
          type: 'initiative',
          id: initiative.id,
        });
        const current = await reload(tx, principal.organisationId, initiative.id);
        await announce(tx, current);
        return current;
      });
      // Public requests see the change from now on (other processes hear it through NOTIFY).
      initiatives.forget(initiative.id);
      return staffView(updated, now());
    },
  );

  app.get(
    '/v1/staff/initiatives/:id/results',
    {
      schema: {
        summary: 'Read the results of an initiative, published or not (the staff dashboard)',
        tags: ['staff'],
        params: StaffInitiativeParams,
        response: { 200: PublicResults, ...refusals },
      },
    },
    async (request) => {
      // Results carry no personal data (free text is only counted), so whoever reads contributions may read them.
      const { initiative } = await ownInitiative(db, request, request.params.id, 'contributions:read');
      const results = await computeResults(db, initiative);
      if (results === undefined) throw new ApiProblem(404, 'not_found', `Initiatives of type ${initiative.type} have no results.`);
      return results;
    },
  );

  app.post(
    '/v1/staff/initiatives/:id/results-publication',
    {
      schema: {
        summary: 'Publish or withdraw the results of an initiative',
        tags: ['staff'],
        params: StaffInitiativeParams,
        body: ResultsPublication,
        response: { 200: StaffInitiative, ...refusals },
      },
    },
    async (request) => {
      const { principal, initiative } = await ownInitiative(db, request, request.params.id, 'initiatives:write');
      const { published } = request.body;
      const updated = await db.transaction(async (tx) => {
        await updateResultsPublished(tx, initiative.id, published);
        await recordAudit(tx, actorOf(principal), published ? 'results.publish' : 'results.withdraw', { type: 'initiative', id: initiative.id });
        const current = await reload(tx, principal.organisationId, initiative.id);
        const results = published ? await computeResults(tx, current) : undefined;
        await recordEvent(tx, initiative.id, 'results', results === undefined ? { published: false } : { published: true, results });
        return current;
      });
      // Public requests see the change from now on (other processes hear it through NOTIFY).
      initiatives.forget(initiative.id);
      return staffView(updated, now());
    },
  );
};
