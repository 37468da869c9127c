// The idea board's own routes: its list (sorted by votes, searched), similar ideas, votes, and the
// merge of duplicates. Reports, official answers, corrections and the discussion wall's list are
// the collector's generic routes for public contributions (see apps/collector/README.md).
import * as z from 'zod/mini';
import { availability, ParticipantRequest, type PublicContribution } from '@participe/core/schemas';
import { RouteProblem, type PublicContributionsKit, type RouteKit, type ServerInitiative, type TypeRoute } from '@participe/core/server';
import {
  allowedVotes,
  Idea,
  IdeaPage,
  IdeaQuery,
  MergeRequest,
  MergeResult,
  MyVotes,
  SimilarIdeas,
  SimilarQuery,
  VoteRequest,
  VoteResult,
  type IdeaBoardDefinition,
  type IdeaVotes,
} from '../schema.js';
import { currentVote, deleteVote, moveVotes, participantVotes, putVote, rankedIdeas, similarIdeas, voteCounts, votableIdea } from './queries.js';

type Initiative = ServerInitiative<IdeaBoardDefinition>;

/** The live event telling every viewer an idea's counts changed. */
export const VOTES_EVENT = 'idea-votes';

const IdeaParams = z.strictObject({ ideaId: z.uuid() });

/** The collector lends this to every type whose manifest shows contributions: the idea board is one. */
function publicKit(kit: RouteKit): PublicContributionsKit {
  if (!kit.contributions) throw new Error('the idea board shows contributions: the collector must lend it its public-contributions kit');
  return kit.contributions;
}

/** Decodes a list cursor: [score, received at, id, reference time]. */
function decodeCursor(cursor: string): string[] | undefined {
  try {
    const parts: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    const valid =
      Array.isArray(parts) &&
      parts.length === 4 &&
      parts.every((part) => typeof part === 'string') &&
      Number.isFinite(Number(parts[0])) &&
      !Number.isNaN(Date.parse(parts[1] as string)) &&
      z.safeParse(z.uuid(), parts[2]).success &&
      !Number.isNaN(Date.parse(parts[3] as string));
    return valid ? (parts as string[]) : undefined;
  } catch {
    return undefined;
  }
}

const encodeCursor = (parts: readonly string[]) => btoa(JSON.stringify(parts)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Ideas with their counts, in the order of `ids`. */
async function withVotes(kit: RouteKit, initiative: Initiative, ids: readonly string[]): Promise<Idea[]> {
  const items: PublicContribution[] = await publicKit(kit).load(kit.db, ids);
  const counts = await voteCounts(kit.db, initiative.id, initiative.definition.voteModel, items.map((item) => item.id));
  return items.map((item) => ({ ...item, votes: counts.get(item.id)! }));
}

/** Votes are taken in ideas mode only, while the initiative is open. */
function refuseVotesNow(initiative: Initiative, now: Date): void {
  if (initiative.definition.mode !== 'ideas') throw new RouteProblem(409, 'votes_not_taken', 'This board holds a discussion: it takes no votes.');
  const { opensAt, closesAt } = initiative.settings;
  const state = availability({ status: initiative.status, opensAt, closesAt }, now);
  if (state === 'closed') throw new RouteProblem(409, 'initiative_closed', 'This initiative is closed: it no longer takes votes.');
  if (state === 'upcoming') throw new RouteProblem(409, 'initiative_not_open', 'This initiative is not open yet.');
}

const votesLeft = (initiative: Initiative, used: number) => (initiative.definition.voteLimit === undefined ? null : Math.max(0, initiative.definition.voteLimit - used));

const list: TypeRoute<IdeaBoardDefinition> = {
  method: 'GET',
  path: 'ideas',
  access: 'public',
  summary: 'Public ideas with their votes: most supported, newest or trending; by category or thread; searched',
  schema: { querystring: IdeaQuery, response: IdeaPage },
  async handle({ initiative, query, now }, kit) {
    const { sort = initiative.definition.mode === 'ideas' ? 'top' : 'newest', category, topic, q, cursor, limit = 20 } = query as z.output<typeof IdeaQuery>;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) throw new RouteProblem(400, 'bad_request', 'This cursor was not returned by a previous page: start again without it.');
    const page = await rankedIdeas(kit.db, {
      initiativeId: initiative.id,
      visible: publicKit(kit).visibleWhere('c'),
      model: initiative.definition.voteModel,
      sort,
      category,
      topic,
      q,
      limit,
      after,
      now,
    });
    return { items: await withVotes(kit, initiative, page.ids), nextCursor: page.next && encodeCursor(page.next), total: page.total };
  },
};

const one: TypeRoute<IdeaBoardDefinition> = {
  method: 'GET',
  path: 'ideas/:ideaId',
  access: 'public',
  summary: 'One public idea with its votes (404 when it is not public)',
  schema: { params: IdeaParams, response: Idea },
  async handle({ initiative, params }, kit) {
    const [idea] = await withVotes(kit, initiative, [(params as z.output<typeof IdeaParams>).ideaId]);
    if (!idea) throw new RouteProblem(404, 'not_found', 'This board shows no idea with this id.');
    return idea;
  },
};

const similar: TypeRoute<IdeaBoardDefinition> = {
  method: 'GET',
  path: 'similar-ideas',
  access: 'public',
  summary: 'Public ideas sharing words with a title being typed (French and English full-text search), best first',
  schema: { querystring: SimilarQuery, response: SimilarIdeas },
  async handle({ initiative, query }, kit) {
    const { q = '', topic } = query as z.output<typeof SimilarQuery>;
    if (q.trim().length < 3) return { items: [] };
    const ids = await similarIdeas(kit.db, initiative.id, publicKit(kit).visibleWhere('c'), q.trim(), topic);
    const ideas = await withVotes(kit, initiative, ids);
    return { items: ideas.map((idea) => ({ id: idea.id, title: String((idea.payload as { title?: unknown }).title ?? ''), votes: idea.votes })) };
  },
};

const vote: TypeRoute<IdeaBoardDefinition> = {
  method: 'POST',
  path: 'ideas/:ideaId/vote',
  access: 'public',
  summary: 'Vote on an idea, change the vote, or withdraw it (value null); one vote per participant and idea',
  schema: { params: IdeaParams, body: VoteRequest, response: VoteResult },
  async handle({ initiative, params, body, now }, kit) {
    const { ideaId: idea } = params as z.output<typeof IdeaParams>;
    const { participant, value } = body as VoteRequest;
    refuseVotesNow(initiative, now);
    const { voteModel } = initiative.definition;
    if (value !== null && !allowedVotes(voteModel).includes(value)) {
      throw new RouteProblem(400, 'validation_failed', `This board takes ${allowedVotes(voteModel).join(', ')} as votes (or null to withdraw one).`);
    }
    // Only the pseudonym is stored and locked on: never the id the browser holds.
    const voter = kit.participantHash(participant);
    const visible = publicKit(kit).visibleWhere('c');
    return kit.db.transaction(async (tx) => {
      // One participant's votes one after another, so that racing votes cannot both pass the limit.
      await kit.lock(tx, `votes:${voter}`);
      const state = await votableIdea(tx, initiative.id, visible, idea);
      if (state === 'missing') throw new RouteProblem(404, 'not_found', 'This board shows no idea with this id.');
      if (state === 'duplicate') throw new RouteProblem(409, 'idea_merged', 'This idea is a duplicate: vote on the idea it duplicates.');
      const before = await currentVote(tx, idea, voter);
      const mine = await participantVotes(tx, initiative.id, visible, voter);
      const limit = initiative.definition.voteLimit;
      if (value !== null && before === null && limit !== undefined && mine.size >= limit) {
        throw new RouteProblem(409, 'vote_limit_reached', `Each participant may vote on ${limit} ideas: withdraw a vote to vote on this one.`);
      }
      if (value === null) await deleteVote(tx, idea, voter);
      else if (value !== before) await putVote(tx, initiative.id, idea, voter, value);
      const votes: IdeaVotes = (await voteCounts(tx, initiative.id, voteModel, [idea])).get(idea)!;
      if (value !== before) await kit.publish(tx, VOTES_EVENT, { idea, votes });
      const used = mine.size + (before === null && value !== null ? 1 : 0) - (before !== null && value === null ? 1 : 0);
      return { idea, votes, mine: value, votesLeft: votesLeft(initiative, used) };
    });
  },
};

const myVotes: TypeRoute<IdeaBoardDefinition> = {
  method: 'POST',
  path: 'my-votes',
  access: 'public',
  summary: 'A participant’s votes on ideas still shown, and how many they may still cast (the id in the body, never the URL)',
  schema: { body: ParticipantRequest, response: MyVotes },
  async handle({ initiative, body }, kit) {
    const voter = kit.participantHash((body as ParticipantRequest).participant);
    const mine = await participantVotes(kit.db, initiative.id, publicKit(kit).visibleWhere('c'), voter);
    return { votes: Object.fromEntries(mine), votesLeft: votesLeft(initiative, mine.size) };
  },
};

const merge: TypeRoute<IdeaBoardDefinition> = {
  method: 'POST',
  path: 'ideas/:ideaId/merge',
  access: 'contributions:moderate',
  summary: 'Merge a duplicate into the idea kept: its votes move there (never twice), it is answered "duplicate" with a link',
  schema: { params: IdeaParams, body: MergeRequest, response: MergeResult },
  async handle({ initiative, params, body }, kit) {
    const { ideaId: idea } = params as z.output<typeof IdeaParams>;
    const { into, text } = body as MergeRequest;
    if (idea === into) throw new RouteProblem(400, 'validation_failed', 'An idea cannot be merged into itself.');
    return kit.db.transaction(async (tx) => {
      // Both rows locked, in a fixed order: votes on either wait (they take a share lock), merges never deadlock.
      const rows = await tx.query<{ id: string; status: string | null }>(
        `SELECT c.id::text AS id, (SELECT r.status FROM contribution_responses r WHERE r.contribution_id = c.id) AS status
         FROM contributions c WHERE c.initiative_id = $1 AND c.id = ANY($2::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
        [initiative.id, [idea, into]],
      );
      if (rows.length !== 2) throw new RouteProblem(404, 'not_found', 'This initiative has no such ideas.');
      if (rows.find((row) => row.id === into)?.status === 'duplicate') {
        throw new RouteProblem(409, 'idea_merged', 'The idea to keep is itself a duplicate: merge into the idea it duplicates.');
      }
      const { moved, dropped } = await moveVotes(tx, initiative.id, idea, into);
      await publicKit(kit).respond(tx, idea, { status: 'duplicate', duplicateOf: into, ...(text && { text }) });
      // Ideas merged into this one earlier now point at the idea kept (no chains of duplicates).
      const earlier = await tx.query<{ id: string }>(
        `SELECT contribution_id::text AS id FROM contribution_responses WHERE initiative_id = $1 AND duplicate_of = $2 AND contribution_id <> $2`,
        [initiative.id, idea],
      );
      for (const { id } of earlier) await publicKit(kit).respond(tx, id, { status: 'duplicate', duplicateOf: into });
      const counts = await voteCounts(tx, initiative.id, initiative.definition.voteModel, [idea, into]);
      for (const id of [idea, into]) await kit.publish(tx, VOTES_EVENT, { idea: id, votes: counts.get(id) });
      await kit.audit(tx, 'idea.merge', { type: 'contribution', id: idea }, { moved, dropped });
      return { kept: into, merged: idea, moved, dropped };
    });
  },
};

/** The same list for staff, whatever the console's origin: the answers view sorts by support to answer the most wanted first. */
const staffList: TypeRoute<IdeaBoardDefinition> = { ...list, access: 'contributions:read', summary: 'Ideas shown publicly with their votes and answers (the console’s answers view)' };

export const ideaBoardRoutes: readonly TypeRoute<IdeaBoardDefinition>[] = [list, one, similar, vote, myVotes, merge, staffList];
