// The SQL of the Q&A's own tables: upvotes (counts always derived from rows) and the pin.
import type { Queryable } from '@participe/core/server';
import type { QuestionSort } from '../schema.js';

/** Votes of these questions, by id (every id present; none: 0). */
export async function voteCounts(db: Queryable, initiativeId: string, questionIds: readonly string[]): Promise<Map<string, number>> {
  const rows = questionIds.length
    ? await db.query<{ id: string; votes: number }>(
        `SELECT question_id::text AS id, count(*)::int AS votes FROM qa_votes WHERE initiative_id = $1 AND question_id = ANY($2::uuid[]) GROUP BY question_id`,
        [initiativeId, questionIds],
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, Number(row.votes)]));
  return new Map(questionIds.map((id) => [id, byId.get(id) ?? 0]));
}

/** The question pinned now, if any. */
export async function pinnedQuestion(db: Queryable, initiativeId: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>('SELECT question_id::text AS id FROM qa_pins WHERE initiative_id = $1', [initiativeId]);
  return row?.id ?? null;
}

/**
 * Ids of every public question not merged into another, most voted (ties: oldest first) or
 * newest first. An event holds a few hundred questions: one list, no pages.
 */
export async function rankedQuestions(db: Queryable, initiativeId: string, visible: string, sort: QuestionSort): Promise<string[]> {
  const order = sort === 'top' ? 'coalesce(v.votes, 0) DESC, c.received_at ASC, c.id' : 'c.received_at DESC, c.id';
  const rows = await db.query<{ id: string }>(
    `SELECT c.id::text AS id FROM contributions c
     LEFT JOIN (SELECT question_id, count(*) AS votes FROM qa_votes WHERE initiative_id = $1 GROUP BY question_id) v ON v.question_id = c.id
     WHERE c.initiative_id = $1 AND ${visible}
       AND NOT EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = c.id AND r.status = 'duplicate')
     ORDER BY ${order} LIMIT 2000`,
    [initiativeId],
  );
  return rows.map((row) => row.id);
}

/** Whether the public may vote on this question: shown, and not merged into another. */
export async function votableQuestion(tx: Queryable, initiativeId: string, visible: string, id: string): Promise<'missing' | 'duplicate' | 'votable'> {
  // A share lock: a merge (which locks both rows for update) waits for this vote, or this vote for it.
  const [row] = await tx.query(`SELECT c.id FROM contributions c WHERE c.initiative_id = $1 AND c.id = $2 AND ${visible} FOR SHARE OF c`, [initiativeId, id]);
  if (!row) return 'missing';
  const [response] = await tx.query<{ status: string }>('SELECT status FROM contribution_responses WHERE contribution_id = $1', [id]);
  return response?.status === 'duplicate' ? 'duplicate' : 'votable';
}

/** Adds or withdraws one participant's upvote; true when something changed. */
export async function setVote(tx: Queryable, initiativeId: string, questionId: string, participantHash: string, vote: boolean): Promise<boolean> {
  const rows = vote
    ? await tx.query(
        `INSERT INTO qa_votes (question_id, initiative_id, participant_hash) VALUES ($1, $2, $3) ON CONFLICT (question_id, participant_hash) DO NOTHING RETURNING 1`,
        [questionId, initiativeId, participantHash],
      )
    : await tx.query('DELETE FROM qa_votes WHERE question_id = $1 AND participant_hash = $2 RETURNING 1', [questionId, participantHash]);
  return rows.length > 0;
}

/** The questions a participant upvoted that the public still sees. */
export async function participantVotes(db: Queryable, initiativeId: string, visible: string, participantHash: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT v.question_id::text AS id FROM qa_votes v JOIN contributions c ON c.id = v.question_id
     WHERE v.initiative_id = $1 AND v.participant_hash = $2 AND ${visible}`,
    [initiativeId, participantHash],
  );
  return rows.map((row) => row.id);
}

/**
 * Moves a duplicate's votes to the question kept: a participant who voted for both keeps one vote,
 * so nobody counts twice. Returns how many moved and how many were dropped.
 */
export async function moveVotes(tx: Queryable, initiativeId: string, from: string, into: string): Promise<{ moved: number; dropped: number }> {
  const moved = await tx.query(
    `INSERT INTO qa_votes (question_id, initiative_id, participant_hash, voted_at)
     SELECT $3, initiative_id, participant_hash, voted_at FROM qa_votes WHERE initiative_id = $1 AND question_id = $2
     ON CONFLICT (question_id, participant_hash) DO NOTHING RETURNING 1`,
    [initiativeId, from, into],
  );
  const removed = await tx.query('DELETE FROM qa_votes WHERE initiative_id = $1 AND question_id = $2 RETURNING 1', [initiativeId, from]);
  return { moved: moved.length, dropped: removed.length - moved.length };
}

/** Pins `questionId` (replacing any other), or unpins it; the question pinned afterwards. */
export async function setPin(tx: Queryable, initiativeId: string, questionId: string, pinned: boolean): Promise<string | null> {
  if (pinned) {
    await tx.query(
      `INSERT INTO qa_pins (initiative_id, question_id) VALUES ($1, $2) ON CONFLICT (initiative_id) DO UPDATE SET question_id = EXCLUDED.question_id, pinned_at = now()`,
      [initiativeId, questionId],
    );
    return questionId;
  }
  await tx.query('DELETE FROM qa_pins WHERE initiative_id = $1 AND question_id = $2', [initiativeId, questionId]);
  return pinnedQuestion(tx, initiativeId);
}

/** Every vote a participant cast on the initiative (they asked for their data to be deleted). */
export async function deleteParticipantVotes(tx: Queryable, initiativeId: string, participantHash: string): Promise<void> {
  await tx.query('DELETE FROM qa_votes WHERE initiative_id = $1 AND participant_hash = $2', [initiativeId, participantHash]);
}
