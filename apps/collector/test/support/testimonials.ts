import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { testimonialsExample, type TestimonialsDefinitionInput, type TestimonialsPayload } from '@participe/testimonials/manifest';
import type { ContributionEnvelope } from '@participe/core/schemas';
import { bearer, type Harness } from './harness.js';

/** The example wall: pre-moderated, three services, ratings offered. */
export const wallId = testimonialsExample.id;
export const wallOrigin = testimonialsExample.allowedOrigins[0]!;

export const story = (text: string, overrides: Partial<TestimonialsPayload> = {}): TestimonialsPayload => ({ text, service: 'permis', visibility: 'public', ...overrides });

/** Shares a testimonial as the widget does; returns its id. */
export async function share(h: Harness, payload: unknown, initiative = wallId): Promise<string> {
  const body: ContributionEnvelope = { initiative, type: 'testimonials', payload, idempotencyKey: randomUUID(), participant: randomUUID(), channel: 'web', language: 'fr' };
  const response = await h.app.inject({ method: 'POST', url: `/v1/initiatives/${initiative}/contributions`, headers: { origin: wallOrigin }, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

const staff = (h: Harness, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown, token = h.tokens.demo.moderator) =>
  h.app.inject({ method, url: url ? `/v1/staff/initiatives/${url}` : '/v1/staff/initiatives', headers: bearer(token), ...(payload !== undefined && { payload: payload as Record<string, unknown> }) });

/** A moderator publishes (or rejects) a testimonial; 204 expected. */
export async function moderate(h: Harness, id: string, state: 'approved' | 'rejected', initiative = wallId, reason?: string) {
  const response = await staff(h, 'POST', `${initiative}/contributions/${id}/moderation`, { state, ...(reason && { reason }) });
  expect(response.statusCode, response.body).toBe(204);
}

/** A moderator edits the public text (removing personal details), then publishes it. */
export async function editAndPublish(h: Harness, id: string, payload: TestimonialsPayload, initiative = wallId) {
  const edited = await staff(h, 'PUT', `${initiative}/contributions/${id}/payload`, { payload });
  expect(edited.statusCode, edited.body).toBe(200);
  await moderate(h, id, 'approved', initiative);
}

export const reply = (h: Harness, id: string, body: Record<string, unknown>, token = h.tokens.demo.moderator, initiative = wallId) =>
  staff(h, 'PUT', `${initiative}/contributions/${id}/response`, body, token);

export async function wall(h: Harness, query = '', initiative = wallId) {
  const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${initiative}/testimonials${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Array<{ id: string; payload: Record<string, unknown>; editedAt: string | null; response: { status: string; text: { fr: string; en: string } | null } | null }>; nextCursor: string | null; total: number };
}

export async function summary(h: Harness, initiative = wallId) {
  const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${initiative}/testimonials/summary` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { services: Array<{ service: string; count: number; rated: number; average: number | null }> }).services;
}

/** Creates and opens another wall of the demo organisation, with its own definition. */
export async function openWall(h: Harness, id: string, definition: Partial<TestimonialsDefinitionInput> = {}, overrides: Record<string, unknown> = {}): Promise<void> {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = testimonialsExample;
  const created = await staff(h, 'POST', '', { ...settings, id, ...overrides, definition: { ...testimonialsExample.definition, ...definition } }, h.tokens.demo.editor);
  expect(created.statusCode, created.body).toBe(201);
  const opened = await staff(h, 'POST', `${id}/status`, { status: 'open' }, h.tokens.demo.editor);
  expect(opened.statusCode, opened.body).toBe(200);
}
