// The live Q&A on PGlite and PostgreSQL: questions awaiting moderation shown to their author only,
// approval, the per-participant limit under racing posts, one upvote per participant, merging
// duplicates so votes add up, pinning, answers (after the event too), a closed event refusing
// questions and votes, live resumption from Last-Event-ID under concurrent staff changes, and two
// collector processes on one PostgreSQL delivering each other's events.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qaExample, type QaDefinitionInput, type QuestionList } from '@participe/qa/manifest';
import type { ContributionEnvelope } from '@participe/core/schemas';
import { buildApp } from '../src/app.js';
import { openPostgres } from '../src/storage/postgres.js';
import { bearer, drivers, startHarness, testConfig, type Harness } from './support/harness.js';
import { StreamReader } from './support/stream.js';

const eventId = qaExample.id;
const origin = qaExample.allowedOrigins[0]!;

describe.each(drivers)('the live Q&A on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver, { heartbeatMs: 200 });
  });
  afterAll(() => h?.close());

  const moderator = () => bearer(h.tokens.demo.moderator);
  const post = (question: string, overrides: Partial<ContributionEnvelope> & { name?: string } = {}) => {
    const { name, ...envelope } = overrides;
    const body: ContributionEnvelope = {
      initiative: eventId,
      type: 'qa',
      payload: { question, ...(name && { name }) },
      idempotencyKey: randomUUID(),
      participant: randomUUID(),
      channel: 'web',
      language: 'fr',
      ...envelope,
    };
    return h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin }, payload: body });
  };
  const posted = async (question: string, overrides: Parameters<typeof post>[1] = {}) => {
    const response = await post(question, overrides);
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const moderate = (id: string, state: 'approved' | 'rejected', initiative = eventId) =>
    h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${initiative}/contributions/${id}/moderation`, headers: moderator(), payload: { state } });
  const approved = async (question: string, overrides: Parameters<typeof post>[1] = {}) => {
    const id = await posted(question, overrides);
    const response = await moderate(id, 'approved', overrides.initiative);
    expect(response.statusCode, response.body).toBe(204);
    return id;
  };
  const questions = async (query = '', initiative = eventId) => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${initiative}/questions${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as QuestionList;
  };
  const vote = (id: string, participant: string, wanted = true, initiative = eventId) =>
    h.app.inject({ method: 'POST', url: `/v1/initiatives/${initiative}/questions/${id}/vote`, headers: { origin }, payload: { participant, vote: wanted } });
  const answer = (id: string, body: Record<string, unknown>, initiative = eventId) =>
    h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${initiative}/contributions/${id}/response`, headers: moderator(), payload: body });
  const pin = (id: string, pinned: boolean) => h.app.inject({ method: 'PUT', url: `/v1/staff/initiatives/${eventId}/questions/${id}/pin`, headers: moderator(), payload: { pinned } });
  const merge = (id: string, into: string) => h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${eventId}/questions/${id}/merge`, headers: moderator(), payload: { into } });
  const voteRows = async (id: string) => h.db.query('SELECT participant_hash FROM qa_votes WHERE question_id = $1', [id]);
  const openStream = async (headers: Record<string, string> = {}, app = h.app) => {
    const response = await app.inject({ method: 'GET', url: `/v1/initiatives/${eventId}/events`, headers, payloadAsStream: true });
    expect(response.statusCode).toBe(200);
    const reader = new StreamReader(response.stream());
    await reader.until((r) => r.text.includes(': connected'));
    return reader;
  };
  const committedAfter = (afterId: string) =>
    h.db.query<{ id: string }>('SELECT id::text AS id FROM events WHERE initiative_id = $1 AND id > $2::bigint ORDER BY id', [eventId, afterId]);

  /** Another event of the demo organisation, open, with its own definition. */
  async function openEvent(id: string, definition: QaDefinitionInput = {}): Promise<void> {
    const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = qaExample;
    const created = await h.app.inject({
      method: 'POST',
      url: '/v1/staff/initiatives',
      headers: bearer(h.tokens.demo.editor),
      payload: { ...settings, id, definition: { ...qaExample.definition, ...definition } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    expect(opened.statusCode, opened.body).toBe(200);
  }

  it('shows a question to its author only until a moderator approves it', async () => {
    const participant = randomUUID();
    const id = await posted('Quand la route sera-t-elle rouverte\u202f?', { participant, name: 'Jeanne' });
    expect((await questions()).items.map((item) => item.id)).not.toContain(id);
    const mine = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${eventId}/my-contributions`, headers: { origin }, payload: { participant } });
    expect(mine.json().contributions).toEqual([expect.objectContaining({ id, moderationState: 'pending', payload: { question: 'Quand la route sera-t-elle rouverte\u202f?', name: 'Jeanne' } })]);

    const before = (await questions()).lastEventId;
    expect((await moderate(id, 'approved')).statusCode).toBe(204);
    const list = await questions();
    expect(list.items.find((item) => item.id === id)).toMatchObject({ payload: { question: 'Quand la route sera-t-elle rouverte\u202f?', name: 'Jeanne' }, votes: 0, pinned: false, response: null });
    expect(BigInt(list.lastEventId)).toBeGreaterThan(BigInt(before));
    const [event] = await h.db.query<{ type: string; data: { item: { id: string } } }>('SELECT type, data FROM events WHERE id = $1::bigint', [list.lastEventId]);
    expect(event).toMatchObject({ type: 'contribution', data: { item: { id } } });

    // Dismissed: never shown.
    const dismissed = await posted('Hors sujet');
    expect((await moderate(dismissed, 'rejected')).statusCode).toBe(204);
    expect((await questions()).items.map((item) => item.id)).not.toContain(dismissed);
  });

  it('takes at most the event’s number of questions from one participant, racing posts included', async () => {
    await openEvent('limite-questions', { questionsPerParticipant: 3 });
    const participant = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, (_, n) => post(`Question ${n}`, { initiative: 'limite-questions', participant })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(refused.map((r) => r.statusCode)).toEqual([409, 409, 409, 409, 409]);
    expect(refused[0]!.json().code).toBe('participant_limit_reached');
    const [row] = await h.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM contributions WHERE initiative_id = 'limite-questions'`);
    expect(row!.count).toBe(3);
    // Another participant still may; staff entries are never refused.
    expect((await post('Une autre personne', { initiative: 'limite-questions' })).statusCode).toBe(201);
  });

  it('counts one upvote per participant and question, racing repeats included; withdraws it', async () => {
    const id = await approved('Les documents seront-ils publiés\u202f?');
    const participant = randomUUID();
    const votes = await Promise.all(Array.from({ length: 8 }, () => vote(id, participant)));
    for (const response of votes) expect(response.json()).toEqual({ question: id, votes: 1, voted: true });
    expect(await voteRows(id)).toHaveLength(1);
    await vote(id, randomUUID());
    expect((await questions()).items.find((item) => item.id === id)?.votes).toBe(2);
    const mine = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${eventId}/questions/my-votes`, headers: { origin }, payload: { participant } });
    expect(mine.json()).toEqual({ questions: [id] });
    expect((await vote(id, participant, false)).json()).toEqual({ question: id, votes: 1, voted: false });
    // A question awaiting moderation takes no votes (it is not shown).
    const pending = await posted('Pas encore approuvée');
    expect((await vote(pending, participant)).statusCode).toBe(404);
  });

  it('sorts by most voted (ties: oldest first) or newest', async () => {
    await openEvent('tri', { questionsPerParticipant: 50 });
    const a = await approved('A', { initiative: 'tri' });
    const b = await approved('B', { initiative: 'tri' });
    const c = await approved('C', { initiative: 'tri' });
    for (const participant of [randomUUID(), randomUUID()]) await vote(c, participant, true, 'tri');
    await vote(b, randomUUID(), true, 'tri');
    expect((await questions('?sort=top', 'tri')).items.map((item) => item.id)).toEqual([c, b, a]);
    expect((await questions('?sort=newest', 'tri')).items.map((item) => item.id)).toEqual([c, b, a]);
    const bad = await h.app.inject({ method: 'GET', url: `/v1/initiatives/tri/questions?sort=random` });
    expect(bad.statusCode).toBe(400);
  });

  it('merges a duplicate into the question kept: votes add up, nobody counts twice', async () => {
    const kept = await approved('Quel est le calendrier des travaux\u202f?');
    const duplicate = await approved('Quand commencent les travaux\u202f?');
    const [p1, p2, p3] = [randomUUID(), randomUUID(), randomUUID()];
    await vote(duplicate, p1);
    await vote(duplicate, p2);
    await vote(kept, p2);
    await vote(kept, p3);
    const merged = await merge(duplicate, kept);
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toEqual({ kept, merged: duplicate, moved: 1, dropped: 1 });
    const list = await questions();
    expect(list.items.find((item) => item.id === kept)?.votes).toBe(3);
    expect(list.items.map((item) => item.id)).not.toContain(duplicate);
    expect((await vote(duplicate, randomUUID())).json().code).toBe('question_merged');
    expect((await merge(kept, kept)).statusCode).toBe(400);
    expect((await merge(kept, duplicate)).json().code).toBe('question_merged');
    // Analysts read, they do not merge.
    const analyst = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${eventId}/questions/${kept}/merge`, headers: bearer(h.tokens.demo.analyst), payload: { into: duplicate } });
    expect(analyst.statusCode).toBe(403);
  });

  it('pins one question at a time, and answers in both languages', async () => {
    const first = await approved('Première');
    const second = await approved('Deuxième');
    expect((await pin(first, true)).json()).toEqual({ pinned: first });
    expect((await pin(second, true)).json()).toEqual({ pinned: second });
    let list = await questions();
    expect(list.items.filter((item) => item.pinned).map((item) => item.id)).toEqual([second]);
    expect((await pin(second, false)).json()).toEqual({ pinned: null });
    const pending = await posted('En attente');
    expect((await pin(pending, true)).statusCode).toBe(404);
    // Another event's question, or none: not found, pinned or not.
    for (const pinned of [true, false]) expect((await pin(randomUUID(), pinned)).statusCode).toBe(404);

    const text = { fr: 'Les travaux commencent en mai.', en: 'Work starts in May.' };
    expect((await answer(first, { status: 'answered', text })).statusCode).toBe(200);
    list = await questions();
    expect(list.items.find((item) => item.id === first)?.response).toMatchObject({ status: 'answered', text });
    expect((await answer(first, { status: 'accepted' })).statusCode).toBe(400);
  });

  it('refuses questions and votes once closed, and still takes follow-up answers', async () => {
    await openEvent('seance-terminee');
    const id = await approved('Avant la fin', { initiative: 'seance-terminee' });
    const unanswered = await approved('Restée sans réponse', { initiative: 'seance-terminee', participant: randomUUID() });
    const closed = await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/seance-terminee/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
    expect(closed.statusCode).toBe(200);
    const refused = await post('Trop tard', { initiative: 'seance-terminee' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('initiative_closed');
    expect((await vote(id, randomUUID(), true, 'seance-terminee')).json().code).toBe('initiative_closed');
    const followUp = await answer(id, { status: 'answered', text: { fr: 'Réponse écrite après la séance.', en: 'Written answer after the session.' } }, 'seance-terminee');
    expect(followUp.statusCode).toBe(200);
    const archive = await questions('', 'seance-terminee');
    expect(archive.items.map((item) => [item.id, item.response?.status ?? null])).toEqual([
      [id, 'answered'],
      [unanswered, null],
    ]);
  });

  it('exports a readable record with votes and answers, and counts results', async () => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${eventId}/export?format=csv&lang=en`, headers: bearer(h.tokens.demo.analyst) });
    expect(response.statusCode, response.body).toBe(200);
    const rows = parse(response.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['Question', 'Name', 'Votes', 'Status', 'Answer (French)', 'Answer (English)']));
    expect(rows.find((row) => row.Question === 'Quel est le calendrier des travaux\u202f?')).toMatchObject({ Votes: '3' });
    expect(rows.find((row) => row.Question === 'Quand commencent les travaux\u202f?')).toMatchObject({ Votes: '0', Status: 'Merged' });
    const results = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${eventId}/results`, headers: bearer(h.tokens.demo.analyst) });
    expect(results.statusCode, results.body).toBe(200);
    expect(results.json()).toMatchObject({ type: 'qa', answered: 1 });
    expect(results.json().votes).toBeGreaterThan(0);
  });

  it('resumes a viewer from Last-Event-ID with exactly what it missed, in order, under concurrent staff changes', async () => {
    const pending = await Promise.all(Array.from({ length: 6 }, (_, n) => posted(`Question simultanée ${n}`, { participant: randomUUID() })));
    const shown = await approved('Question déjà visible', { participant: randomUUID() });
    const stayed = await openStream();
    const start = (await questions()).lastEventId;
    const leaving = await openStream({ 'last-event-id': start });
    // The leaving viewer drops after the first change it sees.
    expect((await pin(shown, true)).statusCode).toBe(200);
    await leaving.until((r) => r.events.length >= 1);
    leaving.close();
    const seen = leaving.events.at(-1)!.id;

    // Moderators and voters act at once, on one initiative.
    await Promise.all([
      ...pending.map((id) => moderate(id, 'approved')),
      ...Array.from({ length: 6 }, () => vote(shown, randomUUID())),
      pin(shown, false),
      answer(shown, { status: 'answered' }),
    ]);
    const committed = (await committedAfter(seen)).map((row) => row.id);
    expect(committed.length).toBeGreaterThanOrEqual(14);

    const resumed = await openStream({ 'last-event-id': seen });
    await resumed.until((r) => r.events.length >= committed.length);
    expect(resumed.events.map((event) => event.id)).toEqual(committed);
    // The viewer that stayed saw the same events, in the same order, with no gap.
    await stayed.until((r) => r.events.filter((event) => BigInt(event.id) > BigInt(seen)).length >= committed.length);
    expect(stayed.events.filter((event) => BigInt(event.id) > BigInt(seen)).map((event) => event.id)).toEqual(committed);
    const all = stayed.events.map((event) => BigInt(event.id));
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(all).size).toBe(all.length);
    resumed.close();
    stayed.close();
  });

  // Only PostgreSQL is shared between processes; PGlite belongs to one.
  if (driver === 'postgres') it('shows a viewer on one collector process a question approved on another', async () => {
    const [row] = await h.db.query<{ db: string }>('SELECT current_database() AS db');
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${row!.db}`;
    const secondDb = await openPostgres(url.href);
    const second = await buildApp(testConfig(), { db: secondDb });
    try {
      const viewer = await openStream({}, second);
      const id = await posted('Vue depuis un autre processus\u202f?');
      expect((await moderate(id, 'approved')).statusCode).toBe(204);
      await viewer.until((r) => r.events.some((event) => event.event === 'contribution' && (event.data as { item?: { id: string } }).item?.id === id));
      // And the other way: a vote on the second process reaches a viewer of the first.
      const first = await openStream();
      const voted = await second.inject({ method: 'POST', url: `/v1/initiatives/${eventId}/questions/${id}/vote`, headers: { origin }, payload: { participant: randomUUID(), vote: true } });
      expect(voted.statusCode, voted.body).toBe(200);
      await first.until((r) => r.events.some((event) => event.event === 'qa-votes' && (event.data as { question: string }).question === id));
      viewer.close();
      first.close();
    } finally {
      await second.close();
      await secondDb.close();
    }
  });
});
