import { ChangePasswordRequest, CreateApiTokenRequest, CreateStaffAccountRequest, ResetPasswordRequest, UpdateStaffAccountRequest, validate, type ApiTokenSummary, type Issue, type StaffAccountSummary } from '@participe/core/schemas';
import type { FakeAccount } from './fake-staff-api.js';
import { json, refuse } from './fake-http.js';

// The collector's account lifecycle routes (`apps/collector/src/routes/staff/accounts.ts` and the
// session routes), as the fake staff API answers them: same bodies, same refusals.

/** What the collector's strength check refuses, as far as these tests type it. */
const guessable = new Set(['password1234', '123456789012', 'motdepasse123']);
const weak = (path: string): Issue[] => [{ path, code: 'weak_password', params: { score: 0, minimum: 3 }, message: 'is too easy to guess' }];
const isWeak = (password: string) => !password.trim() || guessable.has(password);

export interface AccountRecord {
  id: string;
  account: FakeAccount;
  createdAt: string;
  disabledAt: string | null;
}

export const summaryOf = ({ id, account, createdAt, disabledAt }: AccountRecord): StaffAccountSummary => ({ id, email: account.email, role: account.role, createdAt, disabledAt });

/** The routes; `endSessions(record, keep)` ends the account's sessions (all but `keep`) and says how many. */
export function accountRoutes(
  records: AccountRecord[],
  newId: () => string,
  endSessions: (record: AccountRecord, keep?: string) => number,
) {
  /** API tokens, by organisation id. */
  const tokens = new Map<string, ApiTokenSummary[]>();
  return function handle(method: string, path: string, body: unknown, me: AccountRecord, token: string): Response | undefined {
    const tokenRoute = /^v1\/staff\/tokens(?:\/([^/]+))?$/.exec(path);
    if (tokenRoute) {
      if (me.account.role !== 'admin') return refuse(403, 'forbidden', `The ${me.account.role} role cannot do this (tokens:manage).`);
      const own = tokens.get(me.account.organisation.id) ?? [];
      tokens.set(me.account.organisation.id, own);
      if (!tokenRoute[1] && method === 'GET') return json(200, { items: own });
      if (!tokenRoute[1] && method === 'POST') {
        const checked = validate(CreateApiTokenRequest, body);
        if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
        const now = new Date();
        const summary: ApiTokenSummary = {
          id: newId(),
          label: checked.value.label,
          role: checked.value.role,
          createdAt: now.toISOString(),
          lastUsedAt: null,
          revokedAt: null,
          expiresAt: checked.value.expiresInDays ? new Date(now.getTime() + checked.value.expiresInDays * 86_400_000).toISOString() : null,
        };
        own.unshift(summary);
        return json(201, { token: `pat_${summary.id.replace(/-/g, '')}`, summary });
      }
      const found = own.find((candidate) => candidate.id === tokenRoute[1]);
      if (!found) return refuse(404, 'not_found', 'Your organisation has no API token with this id.');
      found.revokedAt ??= new Date().toISOString();
      return new Response(null, { status: 204 });
    }
    if (path === 'v1/staff/sessions' && method === 'DELETE') return json(200, { sessionsEnded: endSessions(me) });
    if (path === 'v1/staff/me/password' && method === 'PUT') {
      const checked = validate(ChangePasswordRequest, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (checked.value.currentPassword !== me.account.password) return refuse(403, 'forbidden', 'The current password is not right.');
      if (isWeak(checked.value.newPassword)) return refuse(400, 'validation_failed', 'This password is too easy to guess.', weak('newPassword'));
      me.account.password = checked.value.newPassword;
      return json(200, { sessionsEnded: endSessions(me, token) });
    }
    const match = /^v1\/staff\/accounts(?:\/([^/]+)(\/password)?)?$/.exec(path);
    if (!match) return undefined;
    if (me.account.role !== 'admin') return refuse(403, 'forbidden', `The ${me.account.role} role cannot do this (accounts:manage).`);
    const own = records.filter((record) => record.account.organisation.id === me.account.organisation.id);
    if (!match[1]) {
      if (method === 'GET') return json(200, { items: own.map(summaryOf).sort((a, b) => a.email.localeCompare(b.email)) });
      const checked = validate(CreateStaffAccountRequest, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (isWeak(checked.value.password)) return refuse(400, 'validation_failed', 'This password is too easy to guess.', weak('password'));
      if (records.some((record) => record.account.email === checked.value.email.toLowerCase())) {
        return refuse(409, 'validation_failed', 'An account with this email already exists.', [{ path: 'email', code: 'taken', message: 'is already used' }]);
      }
      const record: AccountRecord = { id: newId(), account: { ...checked.value, email: checked.value.email.toLowerCase(), organisation: me.account.organisation }, createdAt: new Date().toISOString(), disabledAt: null };
      records.push(record);
      return json(201, summaryOf(record));
    }
    const target = own.find((record) => record.id === decodeURIComponent(match[1]!));
    if (!target) return refuse(404, 'not_found', 'Your organisation has no staff account with this id.');
    if (target === me) return refuse(403, 'forbidden', 'You cannot change, disable or delete your own account here; ask another admin.');
    if (match[2] && method === 'PUT') {
      const checked = validate(ResetPasswordRequest, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (isWeak(checked.value.password)) return refuse(400, 'validation_failed', 'This password is too easy to guess.', weak('password'));
      target.account.password = checked.value.password;
      return json(200, { sessionsEnded: endSessions(target) });
    }
    if (method === 'PATCH') {
      const checked = validate(UpdateStaffAccountRequest, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (checked.value.role) target.account.role = checked.value.role;
      if (checked.value.disabled !== undefined) {
        target.disabledAt = checked.value.disabled ? (target.disabledAt ?? new Date().toISOString()) : null;
        if (checked.value.disabled) endSessions(target);
      }
      return json(200, summaryOf(target));
    }
    if (method === 'DELETE') {
      endSessions(target);
      records.splice(records.indexOf(target), 1);
      return new Response(null, { status: 204 });
    }
    return refuse(404, 'not_found', 'No such route.');
  };
}
