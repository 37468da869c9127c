// The SQL of the idea board's own table (votes) and of its lists: counts always derived from the
// vote rows, sorts in SQL, French and English full-text search (the same on PGlite and PostgreSQL).
import type { Queryable } from '@participe/core/server';
import { noVotes, type IdeaSort, type IdeaVotes, type VoteModel } from '../schema.js';

/** What one vote says for trending: +1 for support and "for", -1 against, -1 to +1 for 1 to 5 stars. */
const strength = (model: VoteModel) => (model === 'stars' ? '((v.value - 3) / 2.0)' : 'v.value');

/** Votes lose half their weight in trending every two days. */
const HALF_LIFE_SECONDS = 2 * 86_400;

/** Per-idea counts of one initiative's votes, as a subquery aliased `v` then `counts`. */
const countsSql = (model: VoteModel, referenceParam: string) => `SELECT v.idea_id, count(*)::int AS voters,
    count(*) FILTER (WHERE v.value > 0)::int AS up, count(*) FILTER (WHERE v.value < 0)::int AS down,
    round(avg(v.value)::numeric, 2)::float8 AS average,
    sum(${strength(model)} * power(0.5, extract(epoch FROM (${referenceParam}::timestamptz - v.voted_at)) / ${HALF_LIFE_SECONDS}))::float8 AS trend
  FROM idea_board_votes v WHERE v.initiative_id = $1 GROUP BY v.idea_id`;

/**
 * The score an idea is sorted by, higher first. Top: supports; for minus against; the average
 * rating (ties: more ratings first), folded into one number so that pages can be cut by a cursor.
 */
function scoreSql(model: VoteModel, sort: IdeaSort): string {
  if (sort === 'newest') return '0::float8';
  if (sort === 'trending') return 'coalesce(counts.trend, 0)::float8';
  if (model === 'support') return 'coalesce(counts.voters, 0)::float8';
  if (model === 'up-down') return '(coalesce(counts.up, 0) - coalesce(counts.down, 0))::float8';
  return '(coalesce(counts.average, 0) * 1000000 + coalesce(counts.voters, 0))::float8';
}

const toVotes = (row: Record<string, unknown> | undefined, model: VoteModel): IdeaVotes =>
  row
    ? { voters: Number(row.voters), up: Number(row.up), down: Number(row.down), average: model === 'stars' && row.average != null ? Number(row.average) : null }
    : noVotes;

/** The text configuration of an idea's language: its words are stemmed as that language's. */
const configOf = (alias: string) => `(CASE ${alias}.language WHEN 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END)`;

/** An idea's searchable text, title weighing most, accents folded (`idea_board_fold`). */
const documentOf = (alias: string) =>
  `setweight(to_tsvector(${configOf(alias)}, idea_board_fold(coalesce(${alias}.payload->>'title', ''))), 'A') ||
   setweight(to_tsvector(${configOf(alias)}, idea_board_fold(coalesce(${alias}.payload->>'description', '') || ' ' || coalesce(${alias}.payload->>'text', ''))), 'D')`;

/** Votes of these ideas, by id (every id present; no votes: zeroes). */
export async function voteCounts(db: Queryable, initiativeId: string, model: VoteModel, ideaIds: readonly string[]): Promise<Map<string, IdeaVotes>> {
  const rows = ideaIds.length
    ? await db.query(
        `SELECT idea_id::text AS idea_id, count(*)::int AS voters, count(*) FILTER (WHERE value > 0)::int AS up,
           count(*) FILTER (WHERE value < 0)::int AS down, round(avg(value)::numeric, 2)::float8 AS average
         FROM idea_board_votes WHERE initiative_id = $1 AND idea_id = ANY($2::uuid[]) GROUP BY idea_id`,
        [initiativeId, ideaIds],
      )
    : [];
  const byId = new Map(rows.map((row) => [String(row.idea_id), row]));
  return new Map(ideaIds.map((id) => [id, toVotes(byId.get(id), model)]));
}

export interface IdeaListing {
  initiativeId: string;
  /** The collector's condition for public contributions (on alias `c`). */
  visible: string;
  model: VoteModel;
  sort: IdeaSort;
  category?: string | undefined;
  topic?: string | undefined;
  q?: string | undefined;
  limit: number;
  /** Where the previous page ended: [score, received at, id, reference time]. */
  after?: readonly string[] | undefined;
  now: Date;
}

/**
 * Ids of one page of public ideas in the order asked, and how many match. Trending is computed at
 * one reference time per listing (kept in the cursor), so that later pages continue the same order.
 */
export async function rankedIdeas(db: Queryable, listing: IdeaListing): Promise<{ ids: string[]; next: string[] | null; total: number }> {
  const reference = listing.after?.[3] ?? listing.now.toISOString();
  const params: unknown[] = [listing.initiativeId, reference];
  const conditions = ['c.initiative_id = $1', listing.visible];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (listing.category) add((p) => `c.payload->>'category' = ${p}`, listing.category);
  if (listing.topic) add((p) => `c.payload->>'topic' = ${p}`, listing.topic);
  if (listing.q) add((p) => `(${documentOf('c')}) @@ websearch_to_tsquery(${configOf('c')}, idea_board_fold(${p}))`, listing.q);
  const ranked = `SELECT c.id::text AS id, c.received_at, ${scoreSql(listing.model, listing.sort)} AS score
    FROM contributions c LEFT JOIN (${countsSql(listing.model, '$2')}) counts ON counts.idea_id = c.id
    WHERE ${conditions.join(' AND ')}`;
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (${ranked}) s`, params);
  let after = '';
  if (listing.after) {
    params.push(listing.after[0], listing.after[1], listing.after[2]);
    const n = params.length;
    after = `WHERE (s.score, s.received_at, s.id::uuid) < ($${n - 2}::float8, $${n - 1}::timestamptz, $${n}::uuid)`;
  }
  params.push(listing.limit + 1);
  const rows = await db.query<{ id: string; received_at: Date; score: number }>(
    `SELECT s.id, s.received_at, s.score FROM (${ranked}) s ${after} ORDER BY s.score DESC, s.received_at DESC, s.id::uuid DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, listing.limit);
  const last = page.at(-1);
  const next = rows.length > listing.limit && last ? [String(last.score), new Date(last.received_at).toISOString(), last.id, reference] : null;
  return { ids: page.map((row) => row.id), next, total: Number(count?.total ?? 0) };
}

/** Words of a title being typed, each as a prefix: "pistes cycl" → `pistes:* | cycl:*` (letters and digits only). */
export function prefixQuery(text: string): string | undefined {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(' | ') : undefined;
}

/**
 * Public ideas sharing words with a title being typed, best match first (title words weigh most);
 * duplicates left out (their original is the one to support).
 */
export async function similarIdeas(db: Queryable, initiativeId: string, visible: string, text: string, topic: string | undefined, limit = 5): Promise<string[]> {
  const query = prefixQuery(text);
  if (!query) return [];
  const params: unknown[] = [initiativeId, query, limit];
  let topicCondition = '';
  if (topic) {
    params.push(topic);
    topicCondition = ` AND c.payload->>'topic' = $4`;
  }
  const rows = await db.query<{ id: string }>(
    `SELECT c.id::text AS id FROM (
       SELECT c.id, c.received_at, ts_rank(${documentOf('c')}, to_tsquery(${configOf('c')}, idea_board_fold($2))) AS rank
       FROM contributions c
       WHERE c.initiative_id = $1 AND ${visible}${topicCondition}
         AND NOT EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = c.id AND r.status = 'duplicate')
         AND (${documentOf('c')}) @@ to_tsquery(${configOf('c')}, idea_board_fold($2))
     ) c ORDER BY c.rank DESC, c.received_at DESC LIMIT $3`,
    params,
  );
  return rows.map((row) => row.id);
}

/** Locks the idea's row against a merge, and says whether it is public and open to votes (not a duplicate). */
export async function votableIdea(tx: Queryable, initiativeId: string, visible: string, id: string): Promise<'votable' | 'missing' | 'duplicate'> {
  const locked = await tx.query(`SELECT c.id FROM contributions c WHERE c.initiative_id = $1 AND c.id = $2 AND ${visible} FOR SHARE OF c`, [initiativeId, id]);
  if (!locked.length) return 'missing';
  // A statement of its own, after the lock: it sees a merge that committed while this one waited.
  const [response] = await tx.query<{ status: string }>('SELECT status FROM contribution_responses WHERE contribution_id = $1', [id]);
  return response?.status === 'duplicate' ? 'duplicate' : 'votable';
}

export async function currentVote(tx: Queryable, ideaId: string, participantHash: string): Promise<number | null> {
  const [row] = await tx.query<{ value: number }>('SELECT value FROM idea_board_votes WHERE idea_id = $1 AND participant_hash = $2', [ideaId, participantHash]);
  return row ? Number(row.value) : null;
}

/** A participant's votes on ideas the public still sees (a hidden or rejected idea gives its vote back). */
export async function participantVotes(db: Queryable, initiativeId: string, visible: string, participantHash: string): Promise<Map<string, number>> {
  const rows = await db.query<{ idea_id: string; value: number }>(
    `SELECT v.idea_id::text AS idea_id, v.value FROM idea_board_votes v JOIN contributions c ON c.id = v.idea_id
     WHERE v.initiative_id = $1 AND v.participant_hash = $2 AND ${visible}`,
    [initiativeId, participantHash],
  );
  return new Map(rows.map((row) => [row.idea_id, Number(row.value)]));
}

export async function putVote(tx: Queryable, initiativeId: string, ideaId: string, participantHash: string, value: number): Promise<void> {
  await tx.query(
    `INSERT INTO idea_board_votes (idea_id, initiative_id, participant_hash, value) VALUES ($1, $2, $3, $4)
     ON CONFLICT (idea_id, participant_hash) DO UPDATE SET value = EXCLUDED.value, voted_at = now()`,
    [ideaId, initiativeId, participantHash, value],
  );
}

export async function deleteVote(tx: Queryable, ideaId: string, participantHash: string): Promise<void> {
  await tx.query('DELETE FROM idea_board_votes WHERE idea_id = $1 AND participant_hash = $2', [ideaId, participantHash]);
}

/**
 * Moves a duplicate's votes to the idea kept: a participant who voted on both keeps only the vote
 * on the idea kept, so nobody counts twice. Returns how many moved and how many were dropped.
 */
export async function moveVotes(tx: Queryable, initiativeId: string, from: string, into: string): Promise<{ moved: number; dropped: number }> {
  const moved = await tx.query(
    `INSERT INTO idea_board_votes (idea_id, initiative_id, participant_hash, value, voted_at)
     SELECT $3, initiative_id, participant_hash, value, voted_at FROM idea_board_votes WHERE initiative_id = $1 AND idea_id = $2
     ON CONFLICT (idea_id, participant_hash) DO NOTHING RETURNING participant_hash`,
    [initiativeId, from, into],
  );
  const removed = await tx.query('DELETE FROM idea_board_votes WHERE initiative_id = $1 AND idea_id = $2 RETURNING participant_hash', [initiativeId, from]);
  return { moved: moved.length, dropped: removed.length - moved.length };
}

/** Every vote a participant cast on the initiative (they asked for their data to be deleted). */
export async function deleteParticipantVotes(tx: Queryable, initiativeId: string, participantHash: string): Promise<void> {
  await tx.query('DELETE FROM idea_board_votes WHERE initiative_id = $1 AND participant_hash = $2', [initiativeId, participantHash]);
}
