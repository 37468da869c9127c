import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AuditPage } from '@participe/core/schemas';
import { bearer, drivers, startHarness, type Harness } from '../support/harness.js';

describe.each(drivers)('small leaks on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const audit = async (token: string, query = '') => h.app.inject({ method: 'GET', url: `/v1/staff/audit?limit=2${query}`, headers: bearer(token) });

  it('shows audit entries by random ids, so that gaps tell nothing of other organisations; paging still works', async () => {
    // Activity in both organisations, interleaved.
    for (let i = 0; i < 3; i++) {
      for (const token of [h.tokens.demo.admin, h.tokens.other.admin]) {
        expect((await h.app.inject({ method: 'POST', url: '/v1/staff/tokens', headers: bearer(token), payload: { label: `jeton ${i}`, role: 'analyst' } })).statusCode).toBe(201);
      }
    }
    const first = z.parse(AuditPage, (await audit(h.tokens.demo.admin)).json());
    expect(first.items.map((entry) => entry.id).every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    const second = z.parse(AuditPage, (await audit(h.tokens.demo.admin, `&cursor=${first.nextCursor}`)).json());
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(seen.filter((entry) => entry.action === 'token.create')).toHaveLength(3);
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(seen.length);
    // The cursor names nothing another organisation can use.
    expect((await audit(h.tokens.other.admin, `&cursor=${first.nextCursor}`)).statusCode).toBe(404);
  });
});
