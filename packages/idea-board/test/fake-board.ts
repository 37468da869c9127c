// The idea board's routes as the collector answers them, in memory: for browser tests and stories
// (core's fake collector routes an initiative's other paths here, see `FakeCollectorOptions.routes`).
import type { ContributionEnvelope, OfficialResponse } from '@participe/core/schemas';
import { allowedVotes, noVotes, type Idea, type IdeaBoardInitiative, type IdeaVotes, type VoteModel } from '../src/manifest.js';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const uuid = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let sequence = 0;

/** An idea (or post) as the collector lists it. */
export function sampleIdea(payload: Record<string, unknown>, changes: Partial<Idea> = {}): Idea {
  sequence += 1;
  return {
    id: uuid(sequence),
    language: 'fr',
    receivedAt: new Date(Date.UTC(2026, 2, 1 + sequence, 14)).toISOString(),
    byOrganisation: false,
    editedAt: null,
    payload,
    response: null,
    votes: noVotes,
    ...changes,
  };
}

export const answered = (status: string, fr?: string, en?: string, duplicateOf: string | null = null): OfficialResponse => ({
  status,
  text: fr && en ? { fr, en } : null,
  duplicateOf,
  respondedAt: '2026-04-02T15:00:00.000Z',
});

/** Ideas of the example board: popular and answered, in progress, a duplicate of the first, a new one. */
export function exampleIdeas(): Idea[] {
  const accounts = sampleIdea(
    { title: 'Un seul compte pour tous les services', description: 'Se connecter une fois pour toutes les démarches du Ministère.', category: 'en-ligne' },
    {
      votes: { voters: 42, up: 42, down: 0, average: null },
      response: answered('accepted', 'Nous l’intégrerons au portail en 2027.', 'We will add it to the portal in 2027.'),
    },
  );
  return [
    accounts,
    sampleIdea(
      { title: 'Prendre rendez-vous au comptoir en ligne', description: 'Éviter l’attente en choisissant son heure.', category: 'comptoirs' },
      { votes: { voters: 17, up: 17, down: 0, average: null }, response: answered('in-progress', 'Un projet pilote commence à Québec.', 'A pilot starts in Québec City.'), editedAt: '2026-03-20T10:00:00.000Z' },
    ),
    sampleIdea(
      { title: 'Une seule connexion', description: 'Ne plus créer un compte par service.', category: 'en-ligne' },
      { votes: noVotes, response: answered('duplicate', undefined, undefined, accounts.id) },
    ),
    sampleIdea({ title: 'Des lettres en langage clair', description: 'Dire en une phrase ce que je dois faire, et avant quand.', category: 'formulaires' }, { votes: { voters: 3, up: 3, down: 0, average: null } }),
  ];
}

/** Posts of the example discussion, one of the organisation. */
export function examplePosts(): Idea[] {
  return [
    sampleIdea({ text: 'Qu’est-ce qui vous ferait prendre l’autobus plus souvent ?', topic: 'frequence' }, { byOrganisation: true }),
    sampleIdea({ text: 'Un passage toutes les dix minutes le soir.', name: 'Léa', topic: 'frequence' }),
    sampleIdea({ text: 'Des abribus chauffés en hiver.', topic: 'frequence' }, { language: 'fr' }),
  ];
}

export interface FakeBoardOptions {
  items?: Idea[];
  /** How votes answer: as the collector would (default), or refused with this error code. */
  voteRefusal?: { status: number; code: string };
  /** Votes already cast by every participant (as `my-votes` answers). */
  myVotes?: Record<string, number>;
}

/** What the fake saw: votes and reports sent. */
export interface FakeBoard {
  routes(request: Request, initiative: string, path: string, stored: readonly ContributionEnvelope[]): Promise<Response | undefined>;
  votes: Array<{ idea: string; participant: string; value: number | null }>;
  reports: Array<{ id: string; participant: string; reason: string }>;
  requests: string[];
}

/**
 * A board in memory for `initiatives` (by id): lists sorted and filtered like the collector's,
 * votes with the initiative's model and limit, similar ideas by shared words, reports.
 */
export function fakeBoard(initiatives: Record<string, IdeaBoardInitiative>, options: FakeBoardOptions = {}): FakeBoard {
  const items = [...(options.items ?? [])];
  const cast = new Map<string, Map<string, number>>();
  const board: FakeBoard = {
    votes: [],
    reports: [],
    requests: [],
    async routes(request, id, path) {
      const initiative = initiatives[id];
      if (!initiative) return undefined;
      const url = new URL(request.url);
      board.requests.push(`${request.method} ${path}${url.search}`);
      const model: VoteModel = initiative.definition.voteModel;
      const mine = (participant: string) => cast.get(participant) ?? new Map(Object.entries(options.myVotes ?? {}));
      const votesLeft = (participant: string) => (initiative.definition.voteLimit === undefined ? null : Math.max(0, initiative.definition.voteLimit - mine(participant).size));
      // Live updates: core's fake answers them (an open, quiet stream).
      if (request.method === 'GET' && (path === 'ideas' || path === 'public-contributions')) {
        const params = url.searchParams;
        const topic = params.get('topic');
        const category = params.get('category');
        const q = params.get('q')?.toLowerCase();
        let list = items.filter((item) => {
          const payload = item.payload as { topic?: string; category?: string };
          return (!topic || payload.topic === topic) && (!category || payload.category === category) && (!q || JSON.stringify(payload).toLowerCase().includes(q));
        });
        if (params.get('sort') === 'top') list = [...list].sort((a, b) => b.votes.up - b.votes.down - (a.votes.up - a.votes.down));
        else list = [...list].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
        const start = Number(params.get('cursor') ?? 0);
        const limit = Number(params.get('limit') ?? 20);
        const page = list.slice(start, start + limit);
        return json(200, { items: page, nextCursor: start + limit < list.length ? String(start + limit) : null, total: list.length });
      }
      const one = /^ideas\/([^/]+)$/.exec(path);
      if (request.method === 'GET' && one) {
        const item = items.find((candidate) => candidate.id === one[1]);
        return item ? json(200, item) : json(404, { code: 'not_found', message: 'No such idea.' });
      }
      if (request.method === 'GET' && path === 'similar-ideas') {
        const words = (url.searchParams.get('q') ?? '').toLowerCase().split(/\W+/u).filter((word) => word.length >= 4);
        const found = items.filter((item) => words.some((word) => String((item.payload as { title?: string }).title ?? '').toLowerCase().includes(word)));
        return json(200, { items: found.slice(0, 5).map((item) => ({ id: item.id, title: (item.payload as { title: string }).title, votes: item.votes })) });
      }
      const voteMatch = /^ideas\/([^/]+)\/vote$/.exec(path);
      if (request.method === 'POST' && voteMatch) {
        const { participant, value } = (await request.json()) as { participant: string; value: number | null };
        board.votes.push({ idea: voteMatch[1]!, participant, value });
        if (options.voteRefusal) return json(options.voteRefusal.status, { code: options.voteRefusal.code, message: 'Refused.' });
        const item = items.find((candidate) => candidate.id === voteMatch[1]);
        if (!item) return json(404, { code: 'not_found', message: 'No such idea.' });
        if (value !== null && !allowedVotes(model).includes(value)) return json(400, { code: 'validation_failed', message: 'Bad value.' });
        const votes = new Map(mine(participant));
        const before = votes.get(item.id) ?? null;
        const limit = initiative.definition.voteLimit;
        if (value !== null && before === null && limit !== undefined && votes.size >= limit) return json(409, { code: 'vote_limit_reached', message: 'Limit.' });
        if (value === null) votes.delete(item.id);
        else votes.set(item.id, value);
        cast.set(participant, votes);
        const counts: IdeaVotes = { ...item.votes };
        const add = (vote: number | null, sign: 1 | -1) => {
          if (vote === null) return;
          counts.voters += sign;
          if (vote > 0) counts.up += sign;
          if (vote < 0) counts.down += sign;
        };
        add(before, -1);
        add(value, 1);
        if (model === 'stars') counts.average = counts.voters ? value ?? counts.average : null;
        item.votes = counts;
        return json(200, { idea: item.id, votes: counts, mine: value, votesLeft: votesLeft(participant) });
      }
      if (request.method === 'POST' && path === 'my-votes') {
        const { participant } = (await request.json()) as { participant: string };
        return json(200, { votes: Object.fromEntries(mine(participant)), votesLeft: votesLeft(participant) });
      }
      const reportMatch = /^public-contributions\/([^/]+)\/reports$/.exec(path);
      if (request.method === 'POST' && reportMatch) {
        const { participant, reason } = (await request.json()) as { participant: string; reason: string };
        board.reports.push({ id: reportMatch[1]!, participant, reason });
        return json(201, { reported: true });
      }
      return undefined;
    },
  };
  return board;
}
