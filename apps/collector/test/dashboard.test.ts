import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '@participe/core/schemas';
import { storeContributions, type NewContribution } from '../src/storage/contributions.js';
import { bearer, demoInitiative, drivers, startHarness, testNow, type Harness } from './support/harness.js';
import { boardId } from './support/idea-board.js';

const day = 86_400_000;

describe.each(drivers)('the organisation dashboard on %s', (driver) => {
  let h: Harness;
  const dashboard = async (token: string, query = '') => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/dashboard${query}`, headers: bearer(token) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };
  const row = (overrides: Partial<NewContribution>): NewContribution => ({
    initiativeId: demoInitiative,
    idempotencyKey: randomUUID(),
    bodyHash: 'x',
    participantHash: randomUUID(),
    channel: 'web',
    language: 'fr',
    payload: { answer: 'yes', page: 'https://www.quebec.ca/a' },
    context: null,
    moderationState: 'approved',
    enteredBy: null,
    ...overrides,
  });

  beforeAll(async () => {
    h = await startHarness(driver);
    // Spread over ten days before the test's clock: web and paper, French and English, some pending.
    const rows = Array.from({ length: 40 }, (_, n) =>
      row({ channel: n % 4 === 0 ? 'paper' : 'web', enteredBy: n % 4 === 0 ? randomUUID() : null, language: n % 3 === 0 ? 'en' : 'fr', moderationState: n % 10 === 0 ? 'pending' : 'approved' }),
    );
    const stored = await storeContributions(h.db, rows);
    for (const [n, outcome] of stored.entries()) {
      if (outcome.outcome !== 'created') throw new Error('not stored');
      await h.db.query('UPDATE contributions SET received_at = $2 WHERE id = $1', [outcome.id, new Date(testNow.getTime() - (n % 10) * day - 3_600_000)]);
    }
    // Ideas: two approved, one of them answered.
    const ideas = await storeContributions(h.db, [0, 1].map(() => row({ initiativeId: boardId, payload: { title: 'Une idée', description: 'Détails.', category: 'en-ligne' } })));
    await h.db.query(`INSERT INTO contribution_responses (contribution_id, initiative_id, status) VALUES ($1, $2, 'accepted')`, [ideas[0]!.outcome === 'created' && ideas[0]!.id, boardId]);
  });
  afterAll(() => h?.close());

  it('counts each initiative’s contributions by channel, language and day, as the rows say', async () => {
    const figures = await dashboard(h.tokens.demo.analyst, '?days=14');
    expect(figures.days).toBe(14);
    expect(figures.timeZone).toBe('America/Toronto');
    const rows = await h.db.query<{ initiative_id: string; channel: string; language: string; moderation_state: string; received_at: Date; hidden_at: Date | null }>(
      'SELECT c.initiative_id, channel, language, moderation_state, received_at, hidden_at FROM contributions c JOIN initiatives i ON i.id = c.initiative_id WHERE i.organisation_id = $1',
      [(await h.db.query<{ organisation_id: string }>('SELECT organisation_id FROM initiatives WHERE id = $1', [demoInitiative]))[0]!.organisation_id],
    );
    const ids = new Set((await h.db.query<{ id: string }>(`SELECT id FROM initiatives WHERE organisation_id = (SELECT organisation_id FROM initiatives WHERE id = $1)`, [demoInitiative])).map((r) => r.id));
    expect(new Set(figures.initiatives.map((item) => item.id))).toEqual(ids);
    for (const item of figures.initiatives) {
      const own = rows.filter((r) => r.initiative_id === item.id);
      expect(item.total, item.id).toBe(own.length);
      const byChannel: Record<string, number> = {};
      for (const r of own) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
      expect(item.byChannel, item.id).toEqual(byChannel);
      expect(Object.values(item.byLanguage).reduce((a, b) => a + b, 0)).toBe(own.length);
      expect(item.perDay).toHaveLength(14);
      const local = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(date);
      for (const { day: date, count } of item.perDay) expect(count, `${item.id} ${date}`).toBe(own.filter((r) => local(r.received_at) === date).length);
      const waiting = own.filter((r) => r.moderation_state === 'pending' || r.hidden_at);
      expect(item.moderation.waiting).toBe(waiting.length);
      const oldest = waiting.map((r) => r.received_at.getTime()).sort((a, b) => a - b)[0];
      expect(item.moderation.oldestSince).toBe(oldest === undefined ? null : new Date(oldest).toISOString());
    }
    const feedback = figures.initiatives.find((item) => item.id === demoInitiative)!;
    expect(feedback.perDay.at(-1)!.day).toBe('2026-06-15');
    expect(feedback.perDay.slice(-10).every((entry) => entry.count >= 4)).toBe(true);
    expect(feedback.byChannel.paper).toBeGreaterThanOrEqual(10);
    expect(feedback.moderation.waiting).toBeGreaterThanOrEqual(4);
  });

  it('counts ideas still awaiting an official answer, and gives no such figure to types that never answer', async () => {
    const figures = await dashboard(h.tokens.demo.moderator);
    expect(figures.initiatives.find((item) => item.id === demoInitiative)!.answers).toBeNull();
    const board = figures.initiatives.find((item) => item.id === boardId)!;
    const [expected] = await h.db.query<{ n: number; oldest: Date }>(
      `SELECT count(*)::int AS n, min(received_at) AS oldest FROM contributions c WHERE initiative_id = $1 AND moderation_state = 'approved' AND hidden_at IS NULL AND channel <> 'organisation'
       AND NOT EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = c.id)`,
      [boardId],
    );
    expect(board.answers).toEqual({ awaiting: expected!.n, oldestSince: expected!.oldest.toISOString() });
    expect(board.answers!.awaiting).toBeGreaterThanOrEqual(1);
  });

  it('shows each organisation only its own initiatives, refuses a period out of bounds, and needs a token', async () => {
    const other = await dashboard(h.tokens.other.admin);
    expect(other.initiatives.some((item) => item.id === demoInitiative || item.id === boardId)).toBe(false);
    expect((await h.app.inject({ method: 'GET', url: '/v1/staff/dashboard?days=1000', headers: bearer(h.tokens.demo.admin) })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/v1/staff/dashboard' })).statusCode).toBe(401);
  });
});
