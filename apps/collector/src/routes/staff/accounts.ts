import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, CreateStaffAccountRequest, StaffAccountList, StaffAccountSummary } from '@participe/core/schemas';
import { actorOf, authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { ApiProblem } from '../../http/errors.js';
import { hashPassword } from '../../security/passwords.js';
import { recordAudit } from '../../storage/audit.js';
import { ensureAccount, listAccounts } from '../../storage/staff.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 409: ApiError };

/** Staff accounts of my organisation; admins only. */
export const staffAccountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, now }) => {
  app.get(
    '/v1/staff/accounts',
    { schema: { summary: "List my organisation's staff accounts", tags: ['staff'], response: { 200: StaffAccountList, ...refusals } } },
    async (request) => {
      const principal = authorize(request, 'accounts:manage');
      return { items: await listAccounts(db, principal.organisationId) };
    },
  );

  app.post(
    '/v1/staff/accounts',
    {
      schema: {
        summary: 'Create a staff account in my organisation',
        tags: ['staff'],
        body: CreateStaffAccountRequest,
        response: { 201: StaffAccountSummary, ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'accounts:manage');
      const { email, password, role } = request.body;
      const passwordHash = await hashPassword(password);
      const account = await db.transaction(async (tx) => {
        const result = await ensureAccount(tx, { organisationId: principal.organisationId, email, passwordHash, role });
        if (result.created) await recordAudit(tx, actorOf(principal), 'account.create', { type: 'account', id: result.id });
        return result;
      });
      if (!account.created) {
        throw new ApiProblem(409, 'validation_failed', 'An account with this email already exists.', [{ path: 'email', code: 'taken', message: 'is already used' }]);
      }
      return reply.code(201).send({ id: account.id, email: email.toLowerCase(), role, createdAt: now().toISOString() });
    },
  );
};
