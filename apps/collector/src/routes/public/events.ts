import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { ApiError } from '@participe/core/schemas';
import type { AppContext } from '../../context.js';
import { requestedInitiative } from '../../http/cors.js';
import { addressKey } from '../../http/addresses.js';
import { ApiProblem, notFound } from '../../http/errors.js';
import { eventsAfter, sseFrame, type LiveEvent } from '../../storage/events.js';
import { InitiativeParams } from './initiatives.js';

const REPLAY_PAGE = 500;

const EventId = z.string().check(z.regex(/^\d{1,18}$/, 'must be the id of an event received earlier'));

/**
 * Server-sent events of one initiative: `initiative` when staff change its status or settings,
 * `results` when they publish or withdraw results. Each event's `id:` is its row in `events`, so a
 * viewer that reconnects (Last-Event-ID header, or `lastEventId` when a new stream is opened)
 * receives what it missed.
 */
export const publicEventRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, hub, initiatives, config, streams, streamLimits }) => {
  app.get(
    '/v1/initiatives/:id/events',
    {
      schema: {
        summary: 'Live updates of an initiative (text/event-stream)',
        tags: ['public'],
        params: InitiativeParams,
        querystring: z.strictObject({ lastEventId: z.optional(EventId) }),
        headers: z.object({ 'last-event-id': z.optional(EventId) }),
        response: {
          200: { description: 'An endless stream of events', content: { 'text/event-stream': { schema: z.string() } } },
          400: ApiError,
          404: ApiError,
          429: ApiError,
        },
      },
      // A stream is one request that lasts: it must not count against the per-minute budget forever.
      config: { rateLimit: { max: Math.max(10, Math.ceil(config.rateLimitPerMinute / 5)), timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const initiative = await requestedInitiative(request, initiatives);
      if (!initiative) throw notFound('No published initiative has this id.');
      const resumeAfter = request.headers['last-event-id'] ?? request.query.lastEventId;
      const release = streamLimits.enter(addressKey(request.ip));
      if (!release) {
        reply.header('retry-after', '30');
        throw new ApiProblem(429, 'rate_limited', 'Too many live streams are open: try again in 30 seconds.');
      }

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 3000\n: connected\n\n');

      let lastSent = BigInt(resumeAfter ?? 0);
      const send = (event: LiveEvent) => {
        if (BigInt(event.id) <= lastSent) return;
        lastSent = BigInt(event.id);
        raw.write(sseFrame(event));
      };

      // Subscribe first and hold live events while the replay runs, so none falls in between.
      let held: LiveEvent[] | undefined = [];
      const unsubscribe = hub.subscribe(initiative.id, (event) => (held ? held.push(event) : send(event)));
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), config.heartbeatMs);
      // Streams do not last for ever: the browser reconnects with Last-Event-ID and misses nothing.
      const lifetime = setTimeout(() => close(), streamLimits.settings.lifetimeMs);
      const close = () => {
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        release();
        unsubscribe();
        streams.delete(close);
        if (!raw.writableEnded) raw.end();
      };
      streams.add(close);
      raw.on('close', close);

      try {
        // Page by page, however long the viewer was away.
        for (let after = resumeAfter, page: LiveEvent[] = []; after !== undefined; after = page.length === REPLAY_PAGE ? page.at(-1)!.id : undefined) {
          page = await eventsAfter(db, initiative.id, after, REPLAY_PAGE);
          for (const event of page) send(event);
        }
      } catch (error) {
        request.log.warn({ err: error }, 'could not replay live events');
      }
      for (const event of held) send(event);
      held = undefined;
    },
  );
};
