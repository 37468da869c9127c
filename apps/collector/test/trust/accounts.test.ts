import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AuditPage, SessionsEnded, StaffAccountList, StaffAccountSummary, StaffSession } from '@participe/core/schemas';
import { demoAccount } from '../../src/domain/seed.js';
import { bearer, drivers, startHarness, type Harness } from '../support/harness.js';

describe.each(drivers)('staff account lifecycle on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const call = (method: Method, url: string, token: string, payload?: unknown) =>
    h.app.inject({ method, url, headers: bearer(token), ...(payload === undefined ? {} : { payload: payload as object }) });
  const signIn = (email: string, password: string) => h.app.inject({ method: 'POST', url: '/v1/staff/sessions', payload: { email, password } });
  const sessionOf = async (email: string, password: string) => {
    const response = await signIn(email, password);
    expect(response.statusCode).toBe(201);
    return z.parse(StaffSession, response.json()).token;
  };
  const me = async (token: string) => (await call('GET', '/v1/staff/me', token)).statusCode;
  const auditActions = async () => z.parse(AuditPage, (await call('GET', '/v1/staff/audit?limit=100', h.tokens.demo.admin)).json()).items;

  let next = 0;
  /** A new account of the demo organisation, with a password the strength check accepts. */
  async function newAccount(role = 'editor') {
    const email = `personne-${++next}@ministere-demo.example`;
    const password = `tulipe-velo-montagne-${next}`;
    const created = await call('POST', '/v1/staff/accounts', h.tokens.demo.admin, { email, password, role });
    expect(created.statusCode).toBe(201);
    return { ...z.parse(StaffAccountSummary, created.json()), password };
  }

  it('disables an account: every session ends at once, sign-in is refused, and enabling lets it back in', async () => {
    const account = await newAccount();
    const first = await sessionOf(account.email, account.password);
    const second = await sessionOf(account.email, account.password);
    const disabled = await call('PATCH', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(z.parse(StaffAccountSummary, disabled.json()).disabledAt).not.toBeNull();
    expect(await me(first)).toBe(401);
    expect(await me(second)).toBe(401);
    const refused = await signIn(account.email, account.password);
    expect(refused.statusCode).toBe(401);
    // Said like a wrong password: a disabled account is not told apart.
    expect(refused.json()).toEqual((await signIn(account.email, 'tout-autre-chose-encore')).json());
    const [remaining] = await h.db.query<{ count: number }>('SELECT count(*)::int AS count FROM staff_sessions WHERE account_id = $1', [account.id]);
    expect(Number(remaining!.count)).toBe(0);

    const enabled = await call('PATCH', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin, { disabled: false });
    expect(enabled.json().disabledAt).toBeNull();
    expect(await me(await sessionOf(account.email, account.password))).toBe(200);
    const actions = await auditActions();
    expect(actions.find((entry) => entry.action === 'account.disable' && entry.target.id === account.id)?.details).toEqual({ sessionsEnded: 2 });
    expect(actions.some((entry) => entry.action === 'account.enable' && entry.target.id === account.id)).toBe(true);
  });

  it('changes a role, which holds from the next request of an open session', async () => {
    const account = await newAccount('analyst');
    const session = await sessionOf(account.email, account.password);
    expect((await call('GET', '/v1/staff/me', session)).json().role).toBe('analyst');
    const changed = await call('PATCH', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin, { role: 'moderator' });
    expect(changed.json().role).toBe('moderator');
    expect((await call('GET', '/v1/staff/me', session)).json().role).toBe('moderator');
    expect((await auditActions()).some((entry) => entry.action === 'account.role.moderator' && entry.target.id === account.id)).toBe(true);
  });

  it('resets a password: the old one stops working and every session of the account ends', async () => {
    const account = await newAccount();
    const session = await sessionOf(account.email, account.password);
    const weak = await call('PUT', `/v1/staff/accounts/${account.id}/password`, h.tokens.demo.admin, { password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().issues[0]).toMatchObject({ path: 'password', code: 'weak_password' });
    const reset = await call('PUT', `/v1/staff/accounts/${account.id}/password`, h.tokens.demo.admin, { password: 'nouveau-printemps-riviere' });
    expect(z.parse(SessionsEnded, reset.json())).toEqual({ sessionsEnded: 1 });
    expect(await me(session)).toBe(401);
    expect((await signIn(account.email, account.password)).statusCode).toBe(401);
    expect((await signIn(account.email, 'nouveau-printemps-riviere')).statusCode).toBe(201);
    expect((await auditActions()).find((entry) => entry.action === 'account.password.reset')?.details).toEqual({ sessionsEnded: 1 });
  });

  it('lets a person change their own password with the current one; their other sessions end, this one stays', async () => {
    const account = await newAccount();
    const here = await sessionOf(account.email, account.password);
    const elsewhere = await sessionOf(account.email, account.password);
    const wrongCurrent = await call('PUT', '/v1/staff/me/password', here, { currentPassword: 'pas-le-bon-du-tout', newPassword: 'hibou-lanterne-cerisier' });
    expect(wrongCurrent.statusCode).toBe(403);
    const weak = await call('PUT', '/v1/staff/me/password', here, { currentPassword: account.password, newPassword: '123456789012' });
    expect(weak.json().issues[0]).toMatchObject({ path: 'newPassword', code: 'weak_password' });
    const changed = await call('PUT', '/v1/staff/me/password', here, { currentPassword: account.password, newPassword: 'hibou-lanterne-cerisier' });
    expect(changed.json()).toEqual({ sessionsEnded: 1 });
    expect(await me(here)).toBe(200);
    expect(await me(elsewhere)).toBe(401);
    expect((await call('PUT', '/v1/staff/me/password', h.tokens.demo.admin, { currentPassword: 'x', newPassword: 'hibou-lanterne-cerisier' })).statusCode).toBe(400);
  });

  it('signs out everywhere: every session of the account ends, this one included', async () => {
    const account = await newAccount();
    const sessions = [await sessionOf(account.email, account.password), await sessionOf(account.email, account.password)];
    const ended = await call('DELETE', '/v1/staff/sessions', sessions[0]!);
    expect(ended.json()).toEqual({ sessionsEnded: 2 });
    for (const session of sessions) expect(await me(session)).toBe(401);
    expect((await auditActions()).some((entry) => entry.action === 'session.delete-all' && entry.target.id === account.id)).toBe(true);
  });

  it('deletes an account: its sessions end and its email can be used again', async () => {
    const account = await newAccount();
    const session = await sessionOf(account.email, account.password);
    expect((await call('DELETE', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin)).statusCode).toBe(204);
    expect(await me(session)).toBe(401);
    const list = z.parse(StaffAccountList, (await call('GET', '/v1/staff/accounts', h.tokens.demo.admin)).json());
    expect(list.items.map((item) => item.id)).not.toContain(account.id);
    expect((await call('DELETE', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin)).statusCode).toBe(404);
    expect((await auditActions()).find((entry) => entry.action === 'account.delete' && entry.target.id === account.id)?.details).toEqual({ sessionsEnded: 1 });
  });

  it('never leaves an organisation without an active admin, and refuses changes to one’s own account', async () => {
    const admin = await sessionOf(demoAccount.email, demoAccount.password);
    const [demo] = await h.db.query<{ id: string }>('SELECT id FROM staff_accounts WHERE email = $1', [demoAccount.email]);
    const self = await call('PATCH', `/v1/staff/accounts/${demo!.id}`, admin, { disabled: true });
    expect(self.statusCode).toBe(403);
    // Through an API token, the demo account is "someone else" but the last admin.
    for (const [method, url, body] of [
      ['PATCH', `/v1/staff/accounts/${demo!.id}`, { role: 'editor' }],
      ['PATCH', `/v1/staff/accounts/${demo!.id}`, { disabled: true }],
      ['DELETE', `/v1/staff/accounts/${demo!.id}`, undefined],
    ] as const) {
      const refused = await call(method, url, h.tokens.demo.admin, body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toMatch(/last active admin/);
    }
    expect(await me(admin)).toBe(200);
  });

  it("answers 404 for another organisation's accounts and 403 for other roles", async () => {
    const account = await newAccount();
    for (const [method, url, body] of [
      ['PATCH', `/v1/staff/accounts/${account.id}`, { disabled: true }],
      ['PUT', `/v1/staff/accounts/${account.id}/password`, { password: 'nouveau-printemps-riviere' }],
      ['DELETE', `/v1/staff/accounts/${account.id}`, undefined],
    ] as const) {
      expect((await call(method, url, h.tokens.other.admin, body)).statusCode).toBe(404);
      expect((await call(method, url, h.tokens.demo.editor, body)).statusCode).toBe(403);
    }
    expect((await call('PATCH', `/v1/staff/accounts/${account.id}`, h.tokens.demo.admin, {})).statusCode).toBe(400);
  });

  it('refuses weak passwords when creating an account', async () => {
    for (const password of ['            ', 'password1234', '123456789012']) {
      const refused = await call('POST', '/v1/staff/accounts', h.tokens.demo.admin, { email: 'faible@ministere-demo.example', password, role: 'analyst' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'password', code: 'weak_password' })]);
    }
  });

  it('lets API tokens expire', async () => {
    const created = await call('POST', '/v1/staff/tokens', h.tokens.demo.admin, { label: 'Trimestriel', role: 'analyst', expiresInDays: 90 });
    const { token, summary } = created.json();
    const days = (Date.parse(summary.expiresAt) - Date.parse(summary.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(90);
    expect(await me(token)).toBe(200);
    // As if 90 days had passed.
    await h.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [summary.id]);
    expect(await me(token)).toBe(401);
    const forever = (await call('POST', '/v1/staff/tokens', h.tokens.demo.admin, { label: 'Sans fin', role: 'analyst' })).json();
    expect(forever.summary.expiresAt).toBeNull();
    expect((await call('POST', '/v1/staff/tokens', h.tokens.demo.admin, { label: 'Trop long', role: 'analyst', expiresInDays: 731 })).statusCode).toBe(400);
    expect((await auditActions()).find((entry) => entry.action === 'token.create' && entry.target.id === summary.id)?.details).toEqual({ expiresInDays: 90 });
  });
});
