// The Q&A's routes as the collector answers them, in memory: for browser tests and stories (core's
// fake collector routes an initiative's other paths here, see `FakeCollectorOptions.routes`).
import type { ContributionEnvelope, OfficialResponse } from '@participe/core/schemas';
import type { QaInitiative, Question } from '../src/manifest.js';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const uuid = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let sequence = 0;

/** A question as the collector lists it. */
export function sampleQuestion(question: string, changes: Partial<Question> & { name?: string } = {}): Question {
  sequence += 1;
  const { name, ...rest } = changes;
  return {
    id: uuid(sequence),
    language: 'fr',
    receivedAt: new Date(Date.UTC(2026, 2, 4, 19, sequence)).toISOString(),
    byOrganisation: false,
    editedAt: null,
    payload: { question, ...(name && { name }) },
    response: null,
    votes: 0,
    pinned: false,
    ...rest,
  };
}

export const answered = (fr?: string, en?: string): OfficialResponse => ({ status: 'answered', text: fr && en ? { fr, en } : null, duplicateOf: null, respondedAt: '2026-03-05T01:00:00.000Z' });

/** The example session's questions: pinned and popular, answered in writing, a new one. */
export function exampleQuestions(): Question[] {
  return [
    sampleQuestion('Quand les travaux de la route 132 commenceront-ils\u202f?', { name: 'Jeanne', votes: 12, pinned: true }),
    sampleQuestion('Les documents de la séance seront-ils publiés en ligne\u202f?', { votes: 7, response: answered('Oui, dès demain sur le site du Ministère.', 'Yes, from tomorrow on the Ministry’s website.') }),
    sampleQuestion('Comment participer si je ne peux pas me déplacer\u202f?', { name: 'Marc', votes: 2 }),
  ];
}

/** The id of the last live event the list includes (the element resumes the stream after it). */
export const LIST_EVENT_ID = '41';

export interface FakeQa {
  routes(request: Request, initiative: string, path: string, stored: readonly ContributionEnvelope[]): Promise<Response | undefined>;
  votes: Array<{ question: string; participant: string; vote: boolean }>;
  requests: string[];
}

/** A session in memory for `initiatives` (by id): the list sorted like the collector's, upvotes, a quiet live stream. */
export function fakeQa(initiatives: Record<string, QaInitiative>, items: Question[] = exampleQuestions()): FakeQa {
  const list = [...items];
  const voted = new Map<string, Set<string>>();
  const qa: FakeQa = {
    votes: [],
    requests: [],
    async routes(request, id, path) {
      if (!initiatives[id]) return undefined;
      const url = new URL(request.url);
      qa.requests.push(`${request.method} ${path}${url.search}`);
      // Live updates: a stream that stays open and quiet (tests send events through a stand-in EventSource).
      if (request.method === 'GET' && path === 'events') {
        const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode(': connected\n\n')) });
        return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
      }
      if (request.method === 'GET' && path === 'questions') {
        const sorted = url.searchParams.get('sort') === 'newest' ? [...list].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)) : [...list].sort((a, b) => b.votes - a.votes);
        return json(200, { items: sorted, lastEventId: LIST_EVENT_ID });
      }
      if (request.method === 'POST' && path === 'questions/my-votes') {
        const { participant } = (await request.json()) as { participant: string };
        return json(200, { questions: [...(voted.get(participant) ?? [])] });
      }
      const vote = /^questions\/([^/]+)\/vote$/.exec(path);
      if (request.method === 'POST' && vote) {
        const { participant, vote: wanted } = (await request.json()) as { participant: string; vote: boolean };
        qa.votes.push({ question: vote[1]!, participant, vote: wanted });
        const item = list.find((candidate) => candidate.id === vote[1]);
        if (!item) return json(404, { code: 'not_found', message: 'No such question.' });
        const mine = voted.get(participant) ?? new Set<string>();
        if (wanted && !mine.has(item.id)) item.votes += 1;
        if (!wanted && mine.has(item.id)) item.votes -= 1;
        if (wanted) mine.add(item.id);
        else mine.delete(item.id);
        voted.set(participant, mine);
        return json(200, { question: item.id, votes: item.votes, voted: wanted });
      }
      return undefined;
    },
  };
  return qa;
}

/** How `my-contributions` answers for a participant who asked `questions`: all awaiting moderation (404 when none). */
export function pendingQuestions(questions: readonly string[], initiative = 'questions-en-direct') {
  return (_route: string, _participant: string) => {
    const body = {
      initiative,
      contributions: questions.map((question, index) => ({ id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`, receivedAt: '2026-03-04T19:30:00.000Z', channel: 'web', language: 'fr', moderationState: 'pending', payload: { question } })),
    };
    return new Response(JSON.stringify(questions.length ? body : { code: 'not_found', message: 'None.' }), { status: questions.length ? 200 : 404, headers: { 'content-type': 'application/json' } });
  };
}
