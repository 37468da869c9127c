import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import {
  ApiError,
  CreateStaffAccountRequest,
  ResetPasswordRequest,
  SessionsEnded,
  StaffAccountList,
  StaffAccountSummary,
  UpdateStaffAccountRequest,
} from '@participe/core/schemas';
import { actorOf, authorize } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { ApiProblem, notFound } from '../../http/errors.js';
import { hashPassword } from '../../security/passwords.js';
import { requireStrongPassword } from '../../security/password-strength.js';
import { recordAudit } from '../../storage/audit.js';
import type { Queryable } from '../../storage/database.js';
import {
  accountById,
  deleteAccount,
  endSessions,
  ensureAccount,
  findOwnAccount,
  listAccounts,
  otherActiveAdmins,
  setAccountDisabled,
  setAccountPassword,
  setAccountRole,
  type Principal,
} from '../../storage/staff.js';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const AccountParams = z.strictObject({ accountId: z.uuid() });

const conflict = (message: string) => new ApiProblem(409, 'forbidden', message);
const notYourself = () => new ApiProblem(403, 'forbidden', 'You cannot change, disable or delete your own account here; ask another admin.');

/**
 * The organisation's account named in the URL, locked for the change. Another organisation's id
 * answers 404 like an unknown one. An admin changes their own account through `/v1/staff/me/...`.
 */
async function targetAccount(tx: Queryable, principal: Principal, accountId: string) {
  const account = await findOwnAccount(tx, principal.organisationId, accountId);
  if (!account) throw notFound('Your organisation has no staff account with this id.');
  if (principal.kind === 'account' && principal.id === account.id) {
    throw notYourself();
  }
  return account;
}

/** Refuses a change that would leave the organisation without an active admin. */
async function keepAnAdmin(tx: Queryable, principal: Principal, accountId: string) {
  if ((await otherActiveAdmins(tx, principal.organisationId, accountId)) === 0) {
    throw conflict('This is the organisation’s last active admin: make another account admin first.');
  }
}

/** Staff accounts of my organisation and their lifecycle (role, disabling, password reset, deletion); admins only. */
export const staffAccountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
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
        summary: 'Create a staff account in my organisation (guessable passwords are refused)',
        tags: ['staff'],
        body: CreateStaffAccountRequest,
        response: { 201: StaffAccountSummary, ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'accounts:manage');
      const { email, password, role } = request.body;
      requireStrongPassword(password, 'password', [email]);
      const passwordHash = await hashPassword(password);
      const account = await db.transaction(async (tx) => {
        const result = await ensureAccount(tx, { organisationId: principal.organisationId, email, passwordHash, role });
        if (result.created) await recordAudit(tx, actorOf(principal), 'account.create', { type: 'account', id: result.id });
        return result.created ? accountById(tx, result.id) : undefined;
      });
      if (!account) {
        throw new ApiProblem(409, 'validation_failed', 'An account with this email already exists.', [{ path: 'email', code: 'taken', message: 'is already used' }]);
      }
      return reply.code(201).send(account);
    },
  );

  app.patch(
    '/v1/staff/accounts/:accountId',
    {
      schema: {
        summary: 'Change an account’s role, or disable it (every session ends at once) or enable it again',
        tags: ['staff'],
        params: AccountParams,
        body: UpdateStaffAccountRequest,
        response: { 200: StaffAccountSummary, ...refusals },
      },
    },
    async (request) => {
      const principal = authorize(request, 'accounts:manage');
      const { role, disabled } = request.body;
      return db.transaction(async (tx) => {
        const account = await targetAccount(tx, principal, request.params.accountId);
        const losesAdmin = account.role === 'admin' && !account.disabled_at && ((role !== undefined && role !== 'admin') || disabled === true);
        if (losesAdmin) await keepAnAdmin(tx, principal, account.id);
        const target = { type: 'account', id: account.id };
        if (role !== undefined && role !== account.role) {
          await setAccountRole(tx, account.id, role);
          await recordAudit(tx, actorOf(principal), `account.role.${role}`, target);
        }
        if (disabled !== undefined && disabled !== (account.disabled_at !== null)) {
          const ended = await setAccountDisabled(tx, account.id, disabled);
          await recordAudit(tx, actorOf(principal), disabled ? 'account.disable' : 'account.enable', target, disabled ? { sessionsEnded: ended } : undefined);
        }
        return accountById(tx, account.id);
      });
    },
  );

  app.put(
    '/v1/staff/accounts/:accountId/password',
    {
      schema: {
        summary: 'Reset an account’s password (guessable ones are refused); every session of that account ends',
        tags: ['staff'],
        params: AccountParams,
        body: ResetPasswordRequest,
        response: { 200: SessionsEnded, ...refusals },
      },
    },
    async (request) => {
      const principal = authorize(request, 'accounts:manage');
      return db.transaction(async (tx) => {
        const account = await targetAccount(tx, principal, request.params.accountId);
        requireStrongPassword(request.body.password, 'password', [account.email]);
        await setAccountPassword(tx, account.id, await hashPassword(request.body.password));
        const sessionsEnded = await endSessions(tx, account.id);
        await recordAudit(tx, actorOf(principal), 'account.password.reset', { type: 'account', id: account.id }, { sessionsEnded });
        return { sessionsEnded };
      });
    },
  );

  app.delete(
    '/v1/staff/accounts/:accountId',
    {
      schema: {
        summary: 'Delete an account for good (its sessions end; the audit log keeps its id)',
        tags: ['staff'],
        params: AccountParams,
        response: { 204: z.undefined(), ...refusals },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'accounts:manage');
      await db.transaction(async (tx) => {
        const account = await targetAccount(tx, principal, request.params.accountId);
        if (account.role === 'admin' && !account.disabled_at) await keepAnAdmin(tx, principal, account.id);
        const ended = await endSessions(tx, account.id);
        await deleteAccount(tx, account.id);
        await recordAudit(tx, actorOf(principal), 'account.delete', { type: 'account', id: account.id }, { sessionsEnded: ended });
      });
      return reply.code(204).send();
    },
  );
};
