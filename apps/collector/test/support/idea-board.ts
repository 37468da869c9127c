import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { discussionExample, ideaBoardExample, type IdeaBoardDefinitionInput, type IdeaPayload } from '@participe/idea-board/manifest';
import type { ContributionEnvelope, ModerationState } from '@participe/core/schemas';
import { bearer, type Harness } from './harness.js';

/** The example board (pre-moderated, support votes, five each) and the example discussion (post-moderated, three threads). */
export const boardId = ideaBoardExample.id;
export const discussionId = discussionExample.id;
export const boardOrigin = ideaBoardExample.allowedOrigins[0]!;

export function ideaEnvelope(payload: unknown, overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope {
  return {
    initiative: boardId,
    type: 'idea-board',
    payload,
    idempotencyKey: randomUUID(),
    participant: randomUUID(),
    channel: 'web',
    language: 'fr',
    ...overrides,
  };
}

export const idea = (title: string, description = `${title}, en détail.`, category = 'en-ligne'): IdeaPayload => ({ title, description, category });

/** Posts a contribution as the widget does; returns its id. */
export async function propose(h: Harness, payload: unknown, overrides: Partial<ContributionEnvelope> = {}): Promise<string> {
  const body = ideaEnvelope(payload, overrides);
  const response = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${body.initiative}/contributions`, headers: { origin: boardOrigin }, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

export async function moderate(h: Harness, initiative: string, id: string, state: ModerationState, reason?: string, token = h.tokens.demo.moderator) {
  return h.app.inject({
    method: 'POST',
    url: `/v1/staff/initiatives/${initiative}/contributions/${id}/moderation`,
    headers: bearer(token),
    payload: { state, ...(reason && { reason }) },
  });
}

/** Proposes and approves: an idea everyone sees. */
export async function publishedIdea(h: Harness, payload: unknown, overrides: Partial<ContributionEnvelope> = {}): Promise<string> {
  const id = await propose(h, payload, overrides);
  const approved = await moderate(h, overrides.initiative ?? boardId, id, 'approved');
  expect(approved.statusCode, approved.body).toBe(204);
  return id;
}

export const vote = (h: Harness, id: string, participant: string, value: number | null, initiative = boardId) =>
  h.app.inject({ method: 'POST', url: `/v1/initiatives/${initiative}/ideas/${id}/vote`, headers: { origin: boardOrigin }, payload: { participant, value } });

export const report = (h: Harness, id: string, participant: string, reason = 'offensive', initiative = boardId) =>
  h.app.inject({ method: 'POST', url: `/v1/initiatives/${initiative}/public-contributions/${id}/reports`, headers: { origin: boardOrigin }, payload: { participant, reason } });

export async function ideas(h: Harness, query = '', initiative = boardId) {
  const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${initiative}/ideas${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Array<{ id: string; payload: Record<string, unknown>; votes: { voters: number; up: number; down: number; average: number | null }; response: unknown }>; nextCursor: string | null; total: number };
}

/** Creates and opens another board of the demo organisation, with its own definition. */
export async function openBoard(h: Harness, id: string, definition: IdeaBoardDefinitionInput, overrides: Record<string, unknown> = {}): Promise<void> {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = ideaBoardExample;
  const created = await h.app.inject({
    method: 'POST',
    url: '/v1/staff/initiatives',
    headers: bearer(h.tokens.demo.editor),
    payload: { ...settings, id, moderation: 'none', ...overrides, definition: { ...ideaBoardExample.definition, ...definition } },
  });
  expect(created.statusCode, created.body).toBe(201);
  const opened = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
  expect(opened.statusCode, opened.body).toBe(200);
}

/** Live events recorded for the initiative after `afterId`, oldest first. */
export async function eventsOf(h: Harness, initiative: string, afterId = '0') {
  return h.db.query<{ id: string; type: string; data: Record<string, unknown> }>('SELECT id::text AS id, type, data FROM events WHERE initiative_id = $1 AND id > $2::bigint ORDER BY id', [initiative, afterId]);
}

export async function lastEventId(h: Harness): Promise<string> {
  const [row] = await h.db.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM events');
  return row!.id;
}
