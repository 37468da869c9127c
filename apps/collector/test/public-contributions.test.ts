// The collector's rules for contributions shown to the public (any type whose manifest has
// `publicContributions`; here through the idea board and its discussion mode), on PGlite and
// PostgreSQL: moderation with a reason the author reads, pending shown to its author only, reports
// that hide after the threshold, official responses, corrections, the organisation's own posts,
// threads with their counts, live events, retention.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionEndsAt } from '@participe/core/schemas';
import { discussionExample } from '@participe/idea-board/manifest';
import { runRetention } from '../src/domain/retention.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';
import { boardId, boardOrigin, eventsOf, idea, lastEventId, moderate, openBoard, propose, publishedIdea, report } from './support/idea-board.js';

interface Page {
  items: Array<{ id: string; payload: Record<string, unknown>; byOrganisation: boolean; editedAt: string | null; response: Record<string, unknown> | null }>;
  nextCursor: string | null;
  total: number;
}

describe.each(drivers)('public contributions on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const list = async (initiative = boardId, query = '') => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${initiative}/public-contributions${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Page;
  };
  const ids = async (initiative = boardId, query = '') => (await list(initiative, query)).items.map((item) => item.id);
  const mine = (participant: string, initiative = boardId) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${initiative}/my-contributions`, headers: { origin: boardOrigin }, payload: { participant } });
  const staffList = async (query: string, initiative = boardId) => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${initiative}/contributions${query}`, headers: bearer(h.tokens.demo.moderator) });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Array<Record<string, unknown>> }).items;
  };

  describe('moderation', () => {
    it('shows a pre-moderated contribution once approved; meanwhile only its author sees it, as pending', async () => {
      const author = randomUUID();
      const before = await lastEventId(h);
      const id = await propose(h, idea('Une idée en attente'), { participant: author });
      expect(await ids()).not.toContain(id);
      expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/${boardId}/public-contributions/${id}` })).statusCode).toBe(404);
      expect((await mine(author)).json().contributions).toEqual([expect.objectContaining({ id, moderationState: 'pending' })]);
      // Nothing is announced about a contribution nobody may see yet.
      expect(await eventsOf(h, boardId, before)).toEqual([]);

      expect((await moderate(h, boardId, id, 'approved')).statusCode).toBe(204);
      expect(await ids()).toContain(id);
      const [event] = await eventsOf(h, boardId, before);
      expect(event).toMatchObject({ type: 'contribution', data: { item: { id, byOrganisation: false, payload: { title: 'Une idée en attente' }, response: null } } });
    });

    it('tells the author why their contribution was rejected, and tells viewers it left', async () => {
      const author = randomUUID();
      const id = await publishedIdea(h, idea('Une idée hors sujet'), { participant: author });
      const before = await lastEventId(h);
      const rejected = await moderate(h, boardId, id, 'rejected', 'Cette idée concerne un autre ministère.');
      expect(rejected.statusCode).toBe(204);
      expect(await ids()).not.toContain(id);
      expect((await mine(author)).json().contributions).toEqual([
        expect.objectContaining({ id, moderationState: 'rejected', moderationReason: 'Cette idée concerne un autre ministère.' }),
      ]);
      expect((await eventsOf(h, boardId, before)).map((event) => event.data)).toEqual([{ id, removed: true }]);
      expect((await staffList(`?moderation=rejected`)).find((item) => item.id === id)).toMatchObject({ moderationReason: 'Cette idée concerne un autre ministère.' });
      // Approved again, the reason is gone.
      await moderate(h, boardId, id, 'approved');
      expect((await mine(author)).json().contributions[0]).not.toHaveProperty('moderationReason');
      const tooLong = await moderate(h, boardId, id, 'rejected', 'x'.repeat(1001));
      expect(tooLong.statusCode).toBe(400);
    });

    it('shows post-moderated contributions at once, and lists them newest first by thread, a page at a time', async () => {
      const before = await lastEventId(h);
      const posted: string[] = [];
      for (let i = 0; i < 5; i++) {
        posted.push(await propose(h, { text: `Commentaire ${i}`, name: 'Léa', topic: i % 2 ? 'tarifs' : 'frequence' }, { initiative: discussionExample.id }));
      }
      const tarifs = await list(discussionExample.id, '?topic=tarifs');
      expect(tarifs.items.map((item) => item.id)).toEqual([posted[3], posted[1]]);
      expect(tarifs.total).toBe(2);
      expect(tarifs.items[0]!.payload).toEqual({ text: 'Commentaire 3', name: 'Léa', topic: 'tarifs' });
      const first = await list(discussionExample.id, '?limit=2');
      expect(first.items.map((item) => item.id)).toEqual([posted[4], posted[3]]);
      const second = await list(discussionExample.id, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((item) => item.id)).toEqual([posted[2], posted[1]]);
      expect((await eventsOf(h, discussionExample.id, before)).filter((event) => event.type === 'contribution')).toHaveLength(5);
      expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/${discussionExample.id}/public-contributions?cursor=abc` })).statusCode).toBe(404);
      expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/${discussionExample.id}/public-contributions?topic=Pas%20un%20fil` })).statusCode).toBe(400);
    });

    it('refuses a thread the board does not have', async () => {
      const body = { initiative: discussionExample.id, type: 'idea-board', payload: { text: 'Ailleurs', topic: 'inconnu' }, idempotencyKey: randomUUID(), participant: randomUUID(), channel: 'web', language: 'fr' };
      const refused = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${discussionExample.id}/contributions`, headers: { origin: boardOrigin }, payload: body });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues[0].path).toBe('payload.topic');
    });

    it('has no public list for types that never show contributions', async () => {
      for (const url of ['/v1/initiatives/retroaction-pages/public-contributions', `/v1/initiatives/retroaction-pages/public-contributions/${randomUUID()}`]) {
        expect((await h.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
      }
    });
  });

  describe('reports', () => {
    it('hides a contribution after the threshold of distinct participants, until a moderator reviews it', async () => {
      const id = await publishedIdea(h, idea('Une idée signalée'));
      const reporter = randomUUID();
      for (let i = 0; i < 3; i++) expect((await report(h, id, reporter)).statusCode).toBe(201);
      // One participant reporting three times counts once.
      expect(await ids()).toContain(id);
      const before = await lastEventId(h);
      await report(h, id, randomUUID(), 'spam');
      expect((await report(h, id, randomUUID(), 'personal-data')).json()).toEqual({ reported: true });
      expect(await ids()).not.toContain(id);
      expect((await eventsOf(h, boardId, before)).map((event) => event.data)).toEqual([{ id, removed: true }]);
      const queued = (await staffList('?review=needed')).find((item) => item.id === id);
      expect(queued).toMatchObject({ moderationState: 'approved', reports: { offensive: 1, spam: 1, 'personal-data': 1 } });
      expect(queued!.hiddenAt).toEqual(expect.any(String));
      // Hidden, it cannot be reported again; approved by a moderator, it is back and its reports closed.
      expect((await report(h, id, randomUUID())).statusCode).toBe(404);
      await moderate(h, boardId, id, 'approved');
      expect(await ids()).toContain(id);
      expect((await staffList('?review=needed')).map((item) => item.id)).not.toContain(id);
      await report(h, id, randomUUID());
      await report(h, id, randomUUID());
      expect(await ids()).toContain(id);
      await report(h, id, randomUUID());
      expect(await ids()).not.toContain(id);
    });

    it('counts racing reports exactly', async () => {
      const id = await publishedIdea(h, idea('Signalements simultanés'));
      const answers = await Promise.all(Array.from({ length: 10 }, () => report(h, id, randomUUID())));
      expect(answers.filter((answer) => answer.statusCode === 201).length).toBeGreaterThanOrEqual(3);
      const [row] = await h.db.query<{ n: number; hidden: boolean }>(
        'SELECT (SELECT count(*)::int FROM contribution_reports WHERE contribution_id = $1) AS n, (SELECT hidden_at IS NOT NULL FROM contributions WHERE id = $1) AS hidden',
        [id],
      );
      expect(row).toMatchObject({ hidden: true });
      // Every report that got a 201 is kept; none after the one that hid it.
      expect(Number(row!.n)).toBe(answers.filter((answer) => answer.statusCode === 201).length);
    });

    it('refuses reports from other sites, with a reason it does not know, or on what the public does not see', async () => {
      const id = await publishedIdea(h, idea('Protégée'));
      const pending = await propose(h, idea('Pas encore publiée'));
      expect((await h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/public-contributions/${id}/reports`, headers: { origin: 'https://ailleurs.example' }, payload: { participant: randomUUID(), reason: 'spam' } })).statusCode).toBe(403);
      const badReason = await report(h, id, randomUUID(), 'je-n-aime-pas');
      expect(badReason.statusCode).toBe(400);
      expect(badReason.json().issues[0].path).toBe('reason');
      expect((await report(h, pending, randomUUID())).statusCode).toBe(404);
      expect((await report(h, randomUUID(), randomUUID())).statusCode).toBe(404);
      expect((await report(h, randomUUID(), randomUUID(), 'spam', 'retroaction-pages')).statusCode).toBe(404);
    });
  });

  describe('official responses', () => {
    const respond = (id: string, payload: Record<string, unknown>, token = h.tokens.demo.moderator, initiative = boardId) =>
      h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${initiative}/contributions/${id}/response`, headers: bearer(token), payload });

    it('shows the status and the answer in both languages on the contribution, live', async () => {
      const id = await publishedIdea(h, idea('Répondez-moi'));
      const before = await lastEventId(h);
      const answered = await respond(id, { status: 'in-progress', text: { fr: 'Les travaux commencent en mars.', en: 'Work starts in March.' } });
      expect(answered.statusCode, answered.body).toBe(200);
      expect(answered.json().response).toMatchObject({ status: 'in-progress', text: { fr: 'Les travaux commencent en mars.', en: 'Work starts in March.' }, duplicateOf: null });
      const item = (await list()).items.find((candidate) => candidate.id === id)!;
      expect(item.response).toMatchObject({ status: 'in-progress', text: { en: 'Work starts in March.' } });
      const [event] = await eventsOf(h, boardId, before);
      expect(event).toMatchObject({ type: 'contribution', data: { item: { id, response: { status: 'in-progress' } } } });
      // Replaced, then withdrawn.
      expect((await respond(id, { status: 'done' })).json().response).toMatchObject({ status: 'done', text: null });
      const withdrawn = await h.app.inject({ method: 'DELETE', url: `/v1/staff/initiatives/${boardId}/contributions/${id}/response`, headers: bearer(h.tokens.demo.moderator) });
      expect(withdrawn.statusCode).toBe(204);
      expect((await list()).items.find((candidate) => candidate.id === id)!.response).toBeNull();
      const audit = await h.db.query("SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'contribution.respond%' ORDER BY id", [id]);
      expect(audit.map((row) => row.action)).toEqual(['contribution.respond', 'contribution.respond', 'contribution.respond.withdraw']);
    });

    it('refuses a status the type does not offer, a duplicate of itself or of another board, one language only, and other roles', async () => {
      const id = await publishedIdea(h, idea('Mal répondue'));
      const badStatus = await respond(id, { status: 'change-made' });
      expect(badStatus.statusCode).toBe(400);
      expect(badStatus.json().issues).toEqual([{ path: 'status', code: 'invalid_value', params: { values: expect.arrayContaining(['accepted']) }, message: expect.stringContaining('"accepted"') }]);
      expect((await respond(id, { status: 'duplicate', duplicateOf: id })).json().issues[0].path).toBe('duplicateOf');
      expect((await respond(id, { status: 'duplicate', duplicateOf: randomUUID() })).json().issues[0].path).toBe('duplicateOf');
      expect((await respond(id, { status: 'accepted', text: { fr: 'Seulement en français.' } })).statusCode).toBe(400);
      expect((await respond(id, { status: 'accepted' }, h.tokens.demo.analyst)).statusCode).toBe(403);
      expect((await respond(id, { status: 'accepted' }, h.tokens.other.admin)).statusCode).toBe(404);
      expect((await respond(randomUUID(), { status: 'accepted' })).statusCode).toBe(404);
      expect((await respond(randomUUID(), { status: 'accepted' }, h.tokens.demo.moderator, 'retroaction-pages')).statusCode).toBe(404);
    });
  });

  describe('corrections', () => {
    const correct = (id: string, payload: unknown, initiative = boardId) =>
      h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${initiative}/contributions/${id}/payload`, headers: bearer(h.tokens.demo.moderator), payload: { payload } });

    it('replaces the payload with one checked like a new contribution, keeps the original, and says it was edited', async () => {
      const id = await publishedIdea(h, idea('Une idée avec une fôte', 'Mon numéro est le 418-555-0199.'));
      const corrected = await correct(id, idea('Une idée avec une faute', 'Numéro retiré.'));
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json()).toMatchObject({ payload: { title: 'Une idée avec une faute' }, editedAt: expect.any(String) });
      const item = (await list()).items.find((candidate) => candidate.id === id)!;
      expect(item).toMatchObject({ payload: { title: 'Une idée avec une faute', description: 'Numéro retiré.' }, editedAt: expect.any(String) });
      const [row] = await h.db.query<{ original_payload: { title: string } }>('SELECT original_payload FROM contributions WHERE id = $1', [id]);
      expect(row!.original_payload.title).toBe('Une idée avec une fôte');
      // A second correction keeps the citizen's first words as the original.
      await correct(id, idea('Une idée corrigée deux fois', 'Numéro retiré.'));
      const [again] = await h.db.query<{ original_payload: { title: string } }>('SELECT original_payload FROM contributions WHERE id = $1', [id]);
      expect(again!.original_payload.title).toBe('Une idée avec une fôte');
      const invalid = await correct(id, { title: '', description: 'x', category: 'en-ligne' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().issues[0].path).toBe('payload.title');
      expect((await correct(randomUUID(), idea('Personne'))).statusCode).toBe(404);
    });
  });

  describe('posts of the organisation', () => {
    it('publishes them at once, marked as the organisation’s, whatever the moderation mode', async () => {
      const entered = await h.app.inject({
        method: 'POST',
        url: `/v1/staff/initiatives/${discussionExample.id}/contributions`,
        headers: bearer(h.tokens.demo.moderator),
        payload: { channel: 'organisation', language: 'fr', payload: { text: 'Qu’est-ce qui vous aiderait le plus ?', topic: 'tarifs' }, idempotencyKey: randomUUID() },
      });
      expect(entered.statusCode, entered.body).toBe(201);
      const item = (await list(discussionExample.id, '?topic=tarifs')).items[0]!;
      expect(item).toMatchObject({ id: entered.json().id, byOrganisation: true });
      const refused = await h.app.inject({
        method: 'POST',
        url: '/v1/staff/initiatives/retroaction-pages/contributions',
        headers: bearer(h.tokens.demo.moderator),
        payload: { channel: 'organisation', language: 'fr', payload: { answer: 'yes', page: 'https://www.quebec.ca/' }, idempotencyKey: randomUUID() },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues[0].path).toBe('channel');
    });
  });

  describe('threads', () => {
    it('counts each thread’s contributions: all, public, awaiting a moderator', async () => {
      await openBoard(h, 'fils', { mode: 'discussion', topics: discussionExample.definition.topics }, { moderation: 'pre' });
      const post = (topic?: string) => propose(h, { text: 'Un avis', ...(topic && { topic }) }, { initiative: 'fils' });
      const first = await post('tarifs');
      await post('tarifs');
      await post('frequence');
      await post();
      await moderate(h, 'fils', first, 'approved');
      const counts = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/fils/topics', headers: bearer(h.tokens.demo.analyst) });
      expect(counts.json()).toEqual({
        topics: [
          { topic: null, total: 1, visible: 0, review: 1 },
          { topic: 'frequence', total: 1, visible: 0, review: 1 },
          { topic: 'tarifs', total: 2, visible: 1, review: 1 },
        ],
      });
      expect((await staffList('?topic=tarifs&review=needed', 'fils')).length).toBe(1);
    });
  });

  describe('retention', () => {
    it('removes originals, reports and the live events that carried public views when personal data goes', async () => {
      await openBoard(h, 'retention', { mode: 'discussion' }, { moderation: 'none', closesAt: '2026-07-01T00:00:00Z', retentionDays: 1 });
      const id = await propose(h, { text: 'Je m’appelle Jeanne Tremblay.', name: 'Jeanne' }, { initiative: 'retention' });
      await h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/retention/contributions/${id}/payload`, headers: bearer(h.tokens.demo.moderator), payload: { payload: { text: 'Un avis.', name: 'Jeanne' } } });
      await report(h, id, randomUUID(), 'personal-data', 'retention');
      const endsAt = retentionEndsAt({ closesAt: '2026-07-01T00:00:00Z', retentionDays: 1 })!;
      await runRetention(h.db, { now: () => endsAt });
      const [row] = await h.db.query<{ payload: unknown; original_payload: unknown }>('SELECT payload, original_payload FROM contributions WHERE id = $1', [id]);
      expect(row).toEqual({ payload: { text: '[anonymised]', name: '[anonymised]' }, original_payload: null });
      expect(await h.db.query('SELECT 1 FROM contribution_reports WHERE contribution_id = $1', [id])).toEqual([]);
      expect(await h.db.query("SELECT 1 FROM events WHERE initiative_id = 'retention' AND type = 'contribution'")).toEqual([]);
      // The public sees the post without the name it no longer keeps.
      const [item] = (await list('retention')).items;
      expect(item!.payload).toEqual({ text: '[anonymised]' });
    });
  });
});
