// The idea board's own tables and routes, on PGlite and PostgreSQL: votes (one per participant and
// idea, changeable, withdrawable, three models), the per-participant limit under concurrent
// requests, forged participant ids, ideas that take no votes, merging duplicates with exact
// counts, sorting, full-text search in French and English, similar ideas, export and isolation.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectionCorpus } from '@participe/core/testing';
import { participantHash } from '../src/security/hash.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';
import { boardId, boardOrigin, eventsOf, idea, ideas, lastEventId, moderate, openBoard, propose, publishedIdea, report, vote } from './support/idea-board.js';

describe.each(drivers)('the idea board on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const voteRows = async (ideaId: string) => h.db.query<{ participant_hash: string; value: number }>('SELECT participant_hash, value FROM idea_board_votes WHERE idea_id = $1', [ideaId]);

  describe('votes', () => {
    it('keeps one vote per participant and idea: a repeat changes nothing, counts come from rows', async () => {
      const id = await publishedIdea(h, idea('Un formulaire de moins'));
      const participant = randomUUID();
      const first = await vote(h, id, participant, 1);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ idea: id, votes: { voters: 1, up: 1, down: 0, average: null }, mine: 1, votesLeft: 4 });
      const again = await vote(h, id, participant, 1);
      expect(again.json()).toMatchObject({ votes: { voters: 1 }, mine: 1, votesLeft: 4 });
      // Racing repeats of the same vote store one row.
      await Promise.all(Array.from({ length: 8 }, () => vote(h, id, participant, 1)));
      expect(await voteRows(id)).toHaveLength(1);
      await vote(h, id, randomUUID(), 1);
      expect((await ideas(h)).items.find((item) => item.id === id)?.votes).toEqual({ voters: 2, up: 2, down: 0, average: null });
    });

    it('withdraws a vote (value null), which gives it back', async () => {
      const id = await publishedIdea(h, idea('Retirer son appui'));
      const participant = randomUUID();
      await vote(h, id, participant, 1);
      const withdrawn = await vote(h, id, participant, null);
      expect(withdrawn.json()).toEqual({ idea: id, votes: { voters: 0, up: 0, down: 0, average: null }, mine: null, votesLeft: 5 });
      expect(await voteRows(id)).toHaveLength(0);
      // Withdrawing what was never cast is harmless.
      expect((await vote(h, id, participant, null)).statusCode).toBe(200);
    });

    it('takes only the values of the board’s vote model', async () => {
      const id = await publishedIdea(h, idea('Valeurs permises'));
      for (const value of [-1, 2, 5, 0, 6, 1.5]) {
        const refused = await vote(h, id, randomUUID(), value);
        expect(refused.statusCode, `value ${value}`).toBe(400);
        expect(refused.json().code).toBe('validation_failed');
      }
      expect(await voteRows(id)).toHaveLength(0);
    });

    it('counts for and against (up-down), changes a vote, and sorts by their difference', async () => {
      await openBoard(h, 'pour-contre', { voteModel: 'up-down' });
      const [a, b] = [await propose(h, idea('Idée A'), { initiative: 'pour-contre' }), await propose(h, idea('Idée B'), { initiative: 'pour-contre' })];
      const [p1, p2, p3] = [randomUUID(), randomUUID(), randomUUID()];
      await vote(h, a, p1, 1, 'pour-contre');
      await vote(h, a, p2, -1, 'pour-contre');
      await vote(h, a, p3, -1, 'pour-contre');
      await vote(h, b, p1, 1, 'pour-contre');
      const changed = await vote(h, a, p3, 1, 'pour-contre');
      expect(changed.json().votes).toEqual({ voters: 3, up: 2, down: 1, average: null });
      // A, 2 for 1 against, before B, 1 for (B is newer: a tie would put it first).
      await vote(h, a, randomUUID(), 1, 'pour-contre');
      const list = await ideas(h, '?sort=top', 'pour-contre');
      expect(list.items.map((item) => item.id)).toEqual([a, b]);
    });

    it('rates from 1 to 5 (stars): the average to two decimals, best first', async () => {
      await openBoard(h, 'etoiles', { voteModel: 'stars' });
      const [a, b, c] = [
        await propose(h, idea('Étoiles A'), { initiative: 'etoiles' }),
        await propose(h, idea('Étoiles B'), { initiative: 'etoiles' }),
        await propose(h, idea('Étoiles C'), { initiative: 'etoiles' }),
      ];
      for (const value of [5, 4, 4]) await vote(h, a, randomUUID(), value, 'etoiles');
      await vote(h, b, randomUUID(), 5, 'etoiles');
      const last = await vote(h, c, randomUUID(), 2, 'etoiles');
      expect(last.json().votes).toEqual({ voters: 1, up: 1, down: 0, average: 2 });
      const list = await ideas(h, '', 'etoiles');
      expect(list.items.map((item) => [item.id, item.votes.average])).toEqual([
        [b, 5],
        [a, 4.33],
        [c, 2],
      ]);
    });

    it('refuses a vote on an idea the public does not see: pending, rejected, hidden after reports, unknown', async () => {
      const pending = await propose(h, idea('En attente'));
      const rejected = await propose(h, idea('Refusée'));
      await moderate(h, boardId, rejected, 'rejected', 'Hors sujet.');
      const hidden = await publishedIdea(h, idea('Signalée'));
      for (let i = 0; i < 3; i++) await report(h, hidden, randomUUID());
      for (const id of [pending, rejected, hidden, randomUUID()]) {
        const refused = await vote(h, id, randomUUID(), 1);
        expect(refused.statusCode, id).toBe(404);
        expect(refused.json().code).toBe('not_found');
      }
      expect(await voteRows(hidden)).toHaveLength(0);
    });

    it('refuses votes once the board is closed, and before it opens', async () => {
      await openBoard(h, 'fermee', {});
      const id = await propose(h, idea('Avant la fermeture'), { initiative: 'fermee' });
      await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/fermee/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
      const closed = await vote(h, id, randomUUID(), 1, 'fermee');
      expect(closed.statusCode).toBe(409);
      expect(closed.json().code).toBe('initiative_closed');
      await openBoard(h, 'a-venir', {}, { opensAt: '2027-01-01T00:00:00Z' });
      const upcoming = await vote(h, randomUUID(), randomUUID(), 1, 'a-venir');
      expect(upcoming.statusCode).toBe(409);
      expect(upcoming.json().code).toBe('initiative_not_open');
    });

    it('refuses votes on a discussion', async () => {
      const refused = await vote(h, randomUUID(), randomUUID(), 1, 'consultation-transport');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('votes_not_taken');
    });
  });

  describe('the vote limit', () => {
    it('holds under concurrent requests: exactly `voteLimit` of many racing votes pass', async () => {
      await openBoard(h, 'limite', { voteLimit: 3 });
      const targets = [];
      for (let i = 0; i < 12; i++) targets.push(await propose(h, idea(`Limite ${i}`), { initiative: 'limite' }));
      const participant = randomUUID();
      const answers = await Promise.all(targets.map((id) => vote(h, id, participant, 1, 'limite')));
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses.filter((status) => status === 200)).toHaveLength(3);
      expect(statuses.filter((status) => status === 409)).toHaveLength(9);
      expect(answers.find((answer) => answer.statusCode === 409)!.json().code).toBe('vote_limit_reached');
      const [row] = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM idea_board_votes WHERE initiative_id = $1 AND participant_hash = $2', [
        'limite',
        participantHash('limite', participant),
      ]);
      expect(Number(row!.n)).toBe(3);
      // Changing a vote already cast is not a new one; withdrawing one frees a vote.
      const cast = targets.filter((_, index) => answers[index]!.statusCode === 200);
      expect((await vote(h, cast[0]!, participant, 1, 'limite')).json().votesLeft).toBe(0);
      expect((await vote(h, cast[0]!, participant, null, 'limite')).json().votesLeft).toBe(1);
      const free = targets.find((id) => !cast.includes(id))!;
      expect((await vote(h, free, participant, 1, 'limite')).json()).toMatchObject({ mine: 1, votesLeft: 0 });
      const mine = await h.app.inject({ method: 'POST', url: '/v1/initiatives/limite/my-votes', headers: { origin: boardOrigin }, payload: { participant } });
      expect(mine.json()).toEqual({ votes: { [cast[1]!]: 1, [cast[2]!]: 1, [free]: 1 }, votesLeft: 0 });
    });

    it('gives a vote back when its idea is hidden or rejected', async () => {
      await openBoard(h, 'limite-rendue', { voteLimit: 1 });
      const [a, b] = [await propose(h, idea('Rendue A'), { initiative: 'limite-rendue' }), await propose(h, idea('Rendue B'), { initiative: 'limite-rendue' })];
      const participant = randomUUID();
      await vote(h, a, participant, 1, 'limite-rendue');
      expect((await vote(h, b, participant, 1, 'limite-rendue')).statusCode).toBe(409);
      await moderate(h, 'limite-rendue', a, 'rejected');
      expect((await vote(h, b, participant, 1, 'limite-rendue')).json()).toMatchObject({ mine: 1, votesLeft: 0 });
    });
  });

  describe('participant ids', () => {
    it('refuses ids that are not random UUIDs, in the body, without storing anything', async () => {
      const id = await publishedIdea(h, idea('Identifiants'));
      for (const participant of ['', 'moi', '1', '00000000-0000-0000-0000-00000000000g', 42, null, { id: randomUUID() }]) {
        const refused = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/ideas/${id}/vote`, headers: { origin: boardOrigin }, payload: { participant, value: 1 } });
        expect(refused.statusCode, JSON.stringify(participant)).toBe(400);
        expect(refused.json().issues[0].path).toBe('participant');
      }
      const extra = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/ideas/${id}/vote`, headers: { origin: boardOrigin }, payload: { participant: randomUUID(), value: 1, voter: 'x' } });
      expect(extra.statusCode).toBe(400);
      expect(await voteRows(id)).toHaveLength(0);
    });

    it('stores only the pseudonym, one per initiative; the same id in capitals is the same participant', async () => {
      const id = await publishedIdea(h, idea('Pseudonymes'));
      const participant = randomUUID();
      await vote(h, id, participant, 1);
      await vote(h, id, participant.toUpperCase(), 1);
      const rows = await voteRows(id);
      expect(rows).toEqual([{ participant_hash: participantHash(boardId, participant), value: 1 }]);
      const everything = JSON.stringify(await h.db.query('SELECT * FROM idea_board_votes'));
      expect(everything).not.toContain(participant);
      // The same id on another board is another, unrelated participant.
      expect(participantHash('pour-contre', participant)).not.toBe(rows[0]!.participant_hash);
    });

    it('shows a participant only their own votes', async () => {
      const id = await publishedIdea(h, idea('Mes votes'));
      const [mine, theirs] = [randomUUID(), randomUUID()];
      await vote(h, id, theirs, 1);
      const read = (participant: string) => h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/my-votes`, headers: { origin: boardOrigin }, payload: { participant } });
      expect((await read(mine)).json()).toEqual({ votes: {}, votesLeft: 5 });
      expect((await read(theirs)).json().votes).toEqual({ [id]: 1 });
      expect((await h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/my-votes`, headers: { origin: 'https://ailleurs.example' }, payload: { participant: mine } })).statusCode).toBe(403);
    });

    it('deletes a participant’s votes with their contributions when they ask', async () => {
      const id = await publishedIdea(h, idea('Effacer mes votes'));
      const participant = randomUUID();
      await propose(h, idea('Mon idée à effacer'), { participant });
      await vote(h, id, participant, 1);
      const deleted = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${boardId}/my-contributions/deletion`, headers: { origin: boardOrigin }, payload: { participant } });
      expect(deleted.statusCode).toBe(200);
      expect(await voteRows(id)).toHaveLength(0);
    });
  });

  describe('merging duplicates', () => {
    it('moves the votes to the idea kept without counting anyone twice, answers "duplicate" with a link, and stops votes on it', async () => {
      const [kept, duplicate] = [await publishedIdea(h, idea('Idée gardée')), await publishedIdea(h, idea('Idée en double'))];
      const [p1, p2, p3, p4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      for (const participant of [p1, p2, p3]) await vote(h, duplicate, participant, 1);
      for (const participant of [p3, p4]) await vote(h, kept, participant, 1);
      const before = await lastEventId(h);
      const merged = await h.app.inject({
        method: 'POST',
        url: `/v1/staff/initiatives/${boardId}/ideas/${duplicate}/merge`,
        headers: bearer(h.tokens.demo.moderator),
        payload: { into: kept, text: { fr: 'Même idée que celle-ci.', en: 'Same idea as this one.' } },
      });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json()).toEqual({ kept, merged: duplicate, moved: 2, dropped: 1 });
      const list = await ideas(h);
      const find = (id: string) => list.items.find((item) => item.id === id)!;
      expect(find(kept).votes.voters).toBe(4);
      expect(find(duplicate).votes.voters).toBe(0);
      expect(find(duplicate).response).toMatchObject({ status: 'duplicate', duplicateOf: kept, text: { fr: 'Même idée que celle-ci.', en: 'Same idea as this one.' } });
      expect((await voteRows(kept)).map((row) => row.participant_hash).sort()).toEqual([p1, p2, p3, p4].map((p) => participantHash(boardId, p)).sort());
      const refused = await vote(h, duplicate, randomUUID(), 1);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('idea_merged');
      const events = await eventsOf(h, boardId, before);
      expect(events.filter((event) => event.type === 'idea-votes').map((event) => event.data)).toEqual(
        expect.arrayContaining([
          { idea: duplicate, votes: { voters: 0, up: 0, down: 0, average: null } },
          { idea: kept, votes: { voters: 4, up: 4, down: 0, average: null } },
        ]),
      );
      const audit = await h.db.query<{ details: unknown }>("SELECT details FROM audit_log WHERE action = 'idea.merge' AND target_id = $1", [duplicate]);
      expect(audit).toEqual([{ details: { moved: 2, dropped: 1 } }]);
    });

    it('keeps counts exact when votes race a merge', async () => {
      const [kept, duplicate] = [await publishedIdea(h, idea('Gardée sous charge')), await publishedIdea(h, idea('Double sous charge'))];
      const voters = Array.from({ length: 20 }, () => randomUUID());
      for (const participant of voters.slice(0, 10)) await vote(h, kept, participant, 1);
      const racing = voters.map((participant) => vote(h, duplicate, participant, 1));
      const merge = h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${boardId}/ideas/${duplicate}/merge`, headers: bearer(h.tokens.demo.moderator), payload: { into: kept } });
      await Promise.all([...racing, merge]);
      const rowsKept = await voteRows(kept);
      const rowsDuplicate = await voteRows(duplicate);
      expect(rowsDuplicate).toHaveLength(0);
      // Votes on the duplicate either came before the merge (moved, or dropped for those who had
      // voted on the idea kept) or after it (refused): everyone counts once on the idea kept.
      const answers = await Promise.all(racing);
      const newcomers = voters.slice(10).filter((_, index) => answers[10 + index]!.statusCode === 200);
      expect(answers.every((answer) => answer.statusCode === 200 || answer.json().code === 'idea_merged')).toBe(true);
      expect(rowsKept.map((row) => row.participant_hash).sort()).toEqual([...voters.slice(0, 10), ...newcomers].map((p) => participantHash(boardId, p)).sort());
    });

    it('refuses merging an idea into itself, into a duplicate, or across boards and organisations', async () => {
      const [a, b, c] = [await publishedIdea(h, idea('Fusion A')), await publishedIdea(h, idea('Fusion B')), await publishedIdea(h, idea('Fusion C'))];
      const merge = (from: string, into: string, token = h.tokens.demo.moderator, initiative = boardId) =>
        h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${initiative}/ideas/${from}/merge`, headers: bearer(token), payload: { into } });
      expect((await merge(a, a)).statusCode).toBe(400);
      expect((await merge(a, b)).statusCode).toBe(200);
      expect((await merge(c, a)).json().code).toBe('idea_merged');
      const elsewhere = await propose(h, idea('Ailleurs'), { initiative: 'pour-contre' });
      expect((await merge(c, elsewhere)).statusCode).toBe(404);
      expect((await merge(c, b, h.tokens.other.admin)).statusCode).toBe(404);
      expect((await merge(c, b, h.tokens.demo.analyst)).statusCode).toBe(403);
      // A merged idea merged again: ideas merged into it follow to the new idea kept.
      expect((await merge(b, c)).statusCode).toBe(200);
      const list = await ideas(h);
      expect(list.items.find((item) => item.id === a)!.response).toMatchObject({ duplicateOf: c });
    });
  });

  describe('lists', () => {
    let sorted: { old: string; popular: string; recent: string };
    beforeAll(async () => {
      await openBoard(h, 'tri', {}, { moderation: 'none' });
      const at = (title: string) => propose(h, idea(title), { initiative: 'tri' });
      const old = await at('Ancienne idée');
      const popular = await at('Idée populaire');
      const recent = await at('Idée récente');
      for (let i = 0; i < 3; i++) await vote(h, popular, randomUUID(), 1, 'tri');
      await vote(h, old, randomUUID(), 1, 'tri');
      // Two old votes: trending weighs them less than one vote of today.
      await h.db.query(`UPDATE idea_board_votes SET voted_at = now() - interval '20 days' WHERE idea_id = $1`, [popular]);
      await vote(h, recent, randomUUID(), 1, 'tri');
      sorted = { old, popular, recent };
    });

    it('sorts by most supported, newest, and trending (recent votes weigh more)', async () => {
      const order = async (sort: string) => (await ideas(h, `?sort=${sort}`, 'tri')).items.map((item) => item.id);
      expect(await order('top')).toEqual([sorted.popular, sorted.recent, sorted.old]);
      expect(await order('newest')).toEqual([sorted.recent, sorted.popular, sorted.old]);
      expect((await order('trending'))[0]).toBe(sorted.recent);
    });

    it('pages with a cursor, every idea once, in every sort', async () => {
      for (let i = 0; i < 7; i++) await propose(h, idea(`Page ${i}`), { initiative: 'tri' });
      for (const sort of ['top', 'newest', 'trending']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await ideas(h, `?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, 'tri');
          expect(page.total).toBe(10);
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, sort).toHaveLength(10);
        expect(new Set(seen).size).toBe(10);
      }
      const bad = await h.app.inject({ method: 'GET', url: '/v1/initiatives/tri/ideas?cursor=bm9wZQ' });
      expect(bad.statusCode).toBe(400);
    });

    it('filters by category', async () => {
      await propose(h, idea('Au comptoir', 'Plus de comptoirs le samedi.', 'comptoirs'), { initiative: 'tri' });
      const counters = await ideas(h, '?category=comptoirs', 'tri');
      expect(counters.items.map((item) => item.payload.title)).toEqual(['Au comptoir']);
      expect(counters.total).toBe(1);
    });

    it('searches titles and descriptions in French and English: stems, accents, several words', async () => {
      await openBoard(h, 'recherche', {}, { moderation: 'none' });
      const at = (title: string, description: string, language: 'fr' | 'en' = 'fr') => propose(h, idea(title, description), { initiative: 'recherche', language });
      const bikes = await at('Des pistes cyclables protégées', 'Séparer les vélos des autos sur les boulevards.');
      const bus = await at('Plus d’autobus le soir', 'Des passages toutes les dix minutes.');
      const english = await at('Protected bike lanes', 'Separate cyclists from cars on the boulevards.', 'en');
      const search = async (q: string) => (await ideas(h, `?q=${encodeURIComponent(q)}&sort=newest`, 'recherche')).items.map((item) => item.id);
      expect(await search('piste cyclable')).toEqual([bikes]);
      expect(await search('velos')).toEqual([bikes]);
      expect(await search('AUTOBUS')).toEqual([bus]);
      expect(await search('lane')).toEqual([english]);
      expect(await search('boulevards')).toEqual([english, bikes]);
      expect(await search('métro')).toEqual([]);
      // Search syntax and hostile text are words, never errors.
      for (const q of ['"pistes', '-', 'a & b | !c', '(((', ':*', "'; DROP TABLE contributions; --", ...injectionCorpus.slice(0, 20)]) {
        const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/recherche/ideas?q=${encodeURIComponent(q.slice(0, 200) || 'x')}` });
        expect(response.statusCode, q).toBe(200);
      }
    });

    it('suggests similar ideas while a title is typed (word prefixes, best first, duplicates left out)', async () => {
      const similar = async (q: string) => {
        const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/recherche/similar-ideas?q=${encodeURIComponent(q)}` });
        expect(response.statusCode, response.body).toBe(200);
        return (response.json() as { items: Array<{ title: string }> }).items.map((item) => item.title);
      };
      expect((await similar('Pistes cycl'))[0]).toBe('Des pistes cyclables protégées');
      expect(await similar('plus de bus et de velos')).toEqual(expect.arrayContaining(['Des pistes cyclables protégées']));
      expect(await similar('bike')).toEqual(['Protected bike lanes']);
      expect(await similar('zzz qqq')).toEqual([]);
      for (const q of ['&|!', '::::', "' OR 1=1 --", '<script>alert(1)</script>']) {
        expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/recherche/similar-ideas?q=${encodeURIComponent(q)}` })).statusCode, q).toBe(200);
      }
      // Too short to suggest anything yet.
      expect((await h.app.inject({ method: 'GET', url: '/v1/initiatives/recherche/similar-ideas?q=ab' })).json()).toEqual({ items: [] });
      expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/recherche/similar-ideas?q=${'a'.repeat(201)}` })).statusCode).toBe(400);
    });

    it('returns citizen text as given (the injection corpus), never interpreted', async () => {
      await openBoard(h, 'injection', {}, { moderation: 'none' });
      const texts = injectionCorpus.slice(0, 12);
      for (const text of texts) await propose(h, idea(text.slice(0, 120), text.slice(0, 2000)), { initiative: 'injection' });
      const list = await ideas(h, '?limit=50', 'injection');
      expect(list.items.map((item) => item.payload.title).sort()).toEqual(texts.map((text) => text.slice(0, 120).trim()).sort());
    });
  });

  it('exports ideas with their counts, status and answers, in French and English', async () => {
    await openBoard(h, 'export', {}, { moderation: 'none' });
    const id = await propose(h, idea('=Idée exportée', 'Avec une formule.'), { initiative: 'export' });
    await vote(h, id, randomUUID(), 1, 'export');
    await vote(h, id, randomUUID(), 1, 'export');
    await h.app.inject({
      method: 'PUT',
      url: `/v1/staff/initiatives/export/contributions/${id}/response`,
      headers: bearer(h.tokens.demo.moderator),
      payload: { status: 'accepted', text: { fr: 'Nous le ferons.', en: 'We will do it.' } },
    });
    const csv = async (lang: string) => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/export/export?format=csv&lang=${lang}`, headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode).toBe(200);
      return parse(response.body.slice(1), { columns: true }) as Array<Record<string, string>>;
    };
    const [fr] = await csv('fr');
    expect(fr).toMatchObject({ Titre: "'=Idée exportée", Catégorie: 'Services en ligne', Appuis: '2', Statut: 'Retenue', 'Réponse (français)': 'Nous le ferons.', 'Réponse (anglais)': 'We will do it.' });
    const [en] = await csv('en');
    expect(en).toMatchObject({ Title: "'=Idée exportée", Category: 'Online services', Supports: '2', Status: 'Accepted' });
  });

  it('answers only for the board’s own organisation, and as missing elsewhere', async () => {
    const id = await publishedIdea(h, idea('Isolement'));
    const other = h.tokens.other.admin;
    for (const [method, url, payload] of [
      ['POST', `/v1/staff/initiatives/${boardId}/ideas/${id}/merge`, { into: randomUUID() }],
      ['PUT', `/v1/staff/initiatives/${boardId}/contributions/${id}/response`, { status: 'accepted' }],
      ['PUT', `/v1/staff/initiatives/${boardId}/contributions/${id}/payload`, { payload: idea('Piratée') }],
      ['POST', `/v1/staff/initiatives/${boardId}/contributions/${id}/moderation`, { state: 'rejected' }],
      ['GET', `/v1/staff/initiatives/${boardId}/topics`, undefined],
    ] as const) {
      const response = await h.app.inject({ method, url, headers: bearer(other), ...(payload && { payload }) });
      expect(response.statusCode, url).toBe(404);
    }
    // The public side names no organisation: another board's idea is simply not on this board.
    const elsewhere = await propose(h, idea('Sur une autre planche'), { initiative: 'pour-contre' });
    expect((await vote(h, elsewhere, randomUUID(), 1)).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: `/v1/initiatives/${boardId}/ideas/${elsewhere}` })).statusCode).toBe(404);
  });
});
