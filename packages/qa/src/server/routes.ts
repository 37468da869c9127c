// The Q&A's own routes: the list of questions with votes and the pin, upvotes, merging duplicates
// and pinning. Approving, dismissing, correcting, answering and reports are the collector's generic
// routes for public contributions (see apps/collector/README.md).
import * as z from 'zod/mini';
import { availability, ParticipantRequest } from '@participe/core/schemas';
import { RouteProblem, type PublicContributionsKit, type RouteKit, type ServerInitiative, type TypeRoute } from '@participe/core/server';
import {
  MergeRequest,
  MergeResult,
  MyVotes,
  PinRequest,
  PinResult,
  QuestionList,
  QuestionQuery,
  VoteRequest,
  VoteResult,
  type QaDefinition,
  type Question,
} from '../schema.js';
import { moveVotes, participantVotes, pinnedQuestion, rankedQuestions, setPin, setVote, votableQuestion, voteCounts } from './queries.js';

type Initiative = ServerInitiative<QaDefinition>;

/** Live event: a question's vote count changed (`VotesEvent`). */
export const VOTES_EVENT = 'qa-votes';
/** Live event: the question pinned now (`PinEvent`). */
export const PIN_EVENT = 'qa-pin';

const QuestionParams = z.strictObject({ questionId: z.uuid() });

function publicKit(kit: RouteKit): PublicContributionsKit {
  if (!kit.contributions) throw new Error('the Q&A shows questions: the collector must lend it its public-contributions kit');
  return kit.contributions;
}

/** Questions with their votes and pin, in the order of `ids`. */
async function questionsOf(kit: RouteKit, initiative: Initiative, ids: readonly string[]): Promise<Question[]> {
  const items = await publicKit(kit).load(kit.db, ids);
  const [counts, pinned] = await Promise.all([voteCounts(kit.db, initiative.id, ids), pinnedQuestion(kit.db, initiative.id)]);
  return items.map((item) => ({ ...item, votes: counts.get(item.id) ?? 0, pinned: item.id === pinned }));
}

const list: TypeRoute<QaDefinition> = {
  method: 'GET',
  path: 'questions',
  access: 'public',
  summary: 'Every public question with its votes, most voted or newest first, and the live event id to resume from',
  schema: { querystring: QuestionQuery, response: QuestionList },
  async handle({ initiative, query }, kit) {
    const { sort = 'top' } = query as z.output<typeof QuestionQuery>;
    // Read first: every event up to it is already in what follows (see `RouteKit.lastEventId`).
    const lastEventId = await kit.lastEventId(kit.db);
    const ids = await rankedQuestions(kit.db, initiative.id, publicKit(kit).visibleWhere('c'), sort);
    return { items: await questionsOf(kit, initiative, ids), lastEventId };
  },
};

/** Votes are taken while the event is live. */
function refuseVotesNow(initiative: Initiative, now: Date): void {
  const { opensAt, closesAt } = initiative.settings;
  const state = availability({ status: initiative.status, opensAt, closesAt }, now);
  if (state === 'closed') throw new RouteProblem(409, 'initiative_closed', 'This event is over: it no longer takes votes.');
  if (state === 'upcoming') throw new RouteProblem(409, 'initiative_not_open', 'This event has not started yet.');
}

const vote: TypeRoute<QaDefinition> = {
  method: 'POST',
  path: 'questions/:questionId/vote',
  access: 'public',
  summary: 'Upvote a question (vote true) or withdraw the upvote (false); one per participant and question',
  schema: { params: QuestionParams, body: VoteRequest, response: VoteResult },
  async handle({ initiative, params, body, now }, kit) {
    const { questionId: question } = params as z.output<typeof QuestionParams>;
    const { participant, vote: wanted } = body as VoteRequest;
    refuseVotesNow(initiative, now);
    // Only the pseudonym is stored: never the id the browser holds.
    const voter = kit.participantHash(participant);
    const visible = publicKit(kit).visibleWhere('c');
    return kit.db.transaction(async (tx) => {
      const state = await votableQuestion(tx, initiative.id, visible, question);
      if (state === 'missing') throw new RouteProblem(404, 'not_found', 'This event shows no question with this id.');
      if (state === 'duplicate') throw new RouteProblem(409, 'question_merged', 'This question was merged into another: vote for that one.');
      const changed = await setVote(tx, initiative.id, question, voter, wanted);
      const votes = (await voteCounts(tx, initiative.id, [question])).get(question)!;
      if (changed) await kit.publish(tx, VOTES_EVENT, { question, votes });
      return { question, votes, voted: wanted };
    });
  },
};

const myVotes: TypeRoute<QaDefinition> = {
  method: 'POST',
  path: 'questions/my-votes',
  access: 'public',
  summary: 'The questions a participant upvoted (the id in the body, never the URL)',
  schema: { body: ParticipantRequest, response: MyVotes },
  async handle({ initiative, body }, kit) {
    const voter = kit.participantHash((body as ParticipantRequest).participant);
    return { questions: await participantVotes(kit.db, initiative.id, publicKit(kit).visibleWhere('c'), voter) };
  },
};

const merge: TypeRoute<QaDefinition> = {
  method: 'POST',
  path: 'questions/:questionId/merge',
  access: 'contributions:moderate',
  summary: 'Merge a duplicate into the question kept: its votes add up there (never twice), it is answered "duplicate"',
  schema: { params: QuestionParams, body: MergeRequest, response: MergeResult },
  async handle({ initiative, params, body }, kit) {
    const { questionId: question } = params as z.output<typeof QuestionParams>;
    const { into } = body as z.output<typeof MergeRequest>;
    if (question === into) throw new RouteProblem(400, 'validation_failed', 'A question cannot be merged into itself.');
    return kit.db.transaction(async (tx) => {
      // Both rows locked in a fixed order: votes on either wait (they take a share lock), merges never deadlock.
      const rows = await tx.query<{ id: string; status: string | null }>(
        `SELECT c.id::text AS id, (SELECT r.status FROM contribution_responses r WHERE r.contribution_id = c.id) AS status
         FROM contributions c WHERE c.initiative_id = $1 AND c.id = ANY($2::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
        [initiative.id, [question, into]],
      );
      if (rows.length !== 2) throw new RouteProblem(404, 'not_found', 'This event has no such questions.');
      if (rows.find((row) => row.id === into)?.status === 'duplicate') {
        throw new RouteProblem(409, 'question_merged', 'The question to keep was itself merged: merge into the question it was merged into.');
      }
      const { moved, dropped } = await moveVotes(tx, initiative.id, question, into);
      await publicKit(kit).respond(tx, question, { status: 'duplicate', duplicateOf: into });
      // Questions merged into this one earlier now point at the question kept (no chains).
      const earlier = await tx.query<{ id: string }>(
        `SELECT contribution_id::text AS id FROM contribution_responses WHERE initiative_id = $1 AND duplicate_of = $2 AND contribution_id <> $2`,
        [initiative.id, question],
      );
      for (const { id } of earlier) await publicKit(kit).respond(tx, id, { status: 'duplicate', duplicateOf: into });
      const counts = await voteCounts(tx, initiative.id, [question, into]);
      for (const id of [question, into]) await kit.publish(tx, VOTES_EVENT, { question: id, votes: counts.get(id) });
      // A merged question is no longer shown: it cannot stay pinned.
      if ((await pinnedQuestion(tx, initiative.id)) === question) await kit.publish(tx, PIN_EVENT, { pinned: await setPin(tx, initiative.id, question, false) });
      await kit.audit(tx, 'qa.merge', { type: 'contribution', id: question }, { moved, dropped });
      return { kept: into, merged: question, moved, dropped };
    });
  },
};

const pin: TypeRoute<QaDefinition> = {
  method: 'PUT',
  path: 'questions/:questionId/pin',
  access: 'contributions:moderate',
  summary: 'Pin a public question (the one answered now; it replaces any other) or unpin it',
  schema: { params: QuestionParams, body: PinRequest, response: PinResult },
  async handle({ initiative, params, body }, kit) {
    const { questionId: question } = params as z.output<typeof QuestionParams>;
    const { pinned } = body as z.output<typeof PinRequest>;
    return kit.db.transaction(async (tx) => {
      // Pinned: only a question the public sees. Unpinned: any question of this event (never another's).
      const [found] = pinned
        ? await publicKit(kit).load(tx, [question])
        : await tx.query('SELECT id FROM contributions WHERE initiative_id = $1 AND id = $2', [initiative.id, question]);
      if (!found) throw new RouteProblem(404, 'not_found', pinned ? 'Only a question the public sees can be pinned.' : 'This event has no such question.');
      const before = await pinnedQuestion(tx, initiative.id);
      const now = await setPin(tx, initiative.id, question, pinned);
      if (now !== before) {
        await kit.publish(tx, PIN_EVENT, { pinned: now });
        await kit.audit(tx, pinned ? 'qa.pin' : 'qa.unpin', { type: 'contribution', id: question });
      }
      return { pinned: now };
    });
  },
};

/** The same list for staff, whatever the console's origin (the animator's view). */
const staffList: TypeRoute<QaDefinition> = { ...list, access: 'contributions:read', summary: 'Public questions with votes, pin and answers (the console’s animator view)' };

export const qaRoutes: readonly TypeRoute<QaDefinition>[] = [list, vote, myVotes, merge, pin, staffList];
