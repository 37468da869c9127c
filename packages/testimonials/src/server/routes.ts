// The wall's own routes: published testimonials by service, and the per-service summary. Reports,
// the organisation's replies and marks, corrections and moderation are the collector's generic
// routes for public contributions (see apps/collector/README.md, "Public contributions").
import * as z from 'zod/mini';
import { RouteProblem, type PublicContributionsKit, type RouteKit, type TypeRoute } from '@participe/core/server';
import { TestimonialPage, TestimonialQuery, TestimonialSummary, type TestimonialsDefinition } from '../schema.js';
import { serviceSummary, wallPage, type WallPosition } from './queries.js';

/** The collector lends this to every type whose manifest shows contributions: the wall is one. */
function publicKit(kit: RouteKit): PublicContributionsKit {
  if (!kit.contributions) throw new Error('the testimonial wall shows contributions: the collector must lend it its public-contributions kit');
  return kit.contributions;
}

const encodeCursor = (position: WallPosition) => btoa(JSON.stringify(position)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A cursor this route returned, or undefined. */
function decodeCursor(cursor: string): WallPosition | undefined {
  try {
    const parts: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    const valid = Array.isArray(parts) && parts.length === 2 && typeof parts[0] === 'string' && !Number.isNaN(Date.parse(parts[0])) && z.safeParse(z.uuid(), parts[1]).success;
    return valid ? (parts as unknown as WallPosition) : undefined;
  } catch {
    return undefined;
  }
}

const wall: TypeRoute<TestimonialsDefinition> = {
  method: 'GET',
  path: 'testimonials',
  access: 'public',
  summary: 'Published testimonials, newest first, with the organisation’s reply and marks; optionally of one service',
  schema: { querystring: TestimonialQuery, response: TestimonialPage },
  async handle({ query, initiative }, kit) {
    const { service, cursor, limit = 12 } = query as z.output<typeof TestimonialQuery>;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) throw new RouteProblem(400, 'bad_request', 'This cursor was not returned by a previous page: start again without it.');
    const contributions = publicKit(kit);
    const page = await wallPage(kit.db, { initiativeId: initiative.id, visible: contributions.visibleWhere('c'), service, after, limit });
    return { items: await contributions.load(kit.db, page.ids), nextCursor: page.next && encodeCursor(page.next), total: page.total };
  },
};

const summary: TypeRoute<TestimonialsDefinition> = {
  method: 'GET',
  path: 'testimonials/summary',
  access: 'public',
  summary: 'Per service: how many testimonials were approved (whatever their visibility), how many rated, the mean rating',
  schema: { response: TestimonialSummary },
  async handle({ initiative }, kit) {
    return { services: await serviceSummary(kit.db, initiative.id, initiative.definition.services.map((service) => service.id)) };
  },
};

/** The same summary for the console, whatever its origin. */
const staffSummary: TypeRoute<TestimonialsDefinition> = { ...summary, access: 'contributions:read', summary: 'Per-service summary of approved testimonials (the console’s results)' };

/** The same wall for the console's replies view, whatever its origin. */
const staffWall: TypeRoute<TestimonialsDefinition> = { ...wall, access: 'contributions:read', summary: 'Published testimonials with replies and marks (the console’s replies view)' };

export const testimonialsRoutes: readonly TypeRoute<TestimonialsDefinition>[] = [wall, summary, staffWall, staffSummary];
