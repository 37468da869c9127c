import { createHash, randomBytes } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { ServerFacet } from '@participe/core/server';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.js';
import type { AppContext } from './context.js';
import { openDataRoutes, publicReportRoutes } from './routes/public/reports.js';
import { initiativeCors } from './http/cors.js';
import { sharedRateLimitStore } from './http/shared-rate-limits.js';
import { sharedSecret } from './storage/secrets.js';
import { defaultStreamLimits, StreamLimits } from './http/stream-limits.js';
import { defaultTimeouts } from './http/timeouts.js';
import type { Database } from './storage/database.js';
import { ApiProblem, installErrorHandlers, sendFrameworkError, sendNotFound } from './http/errors.js';
import { installJsonBodyParser } from './http/json-body.js';
import { GroupCommit } from './domain/group-commit.js';
import { InitiativeCache } from './domain/initiative-cache.js';
import { LiveHub } from './domain/live.js';
import { publicEventRoutes } from './routes/public/events.js';
import { publicInitiativeRoutes } from './routes/public/initiatives.js';
import { publicMyContributionRoutes } from './routes/public/my-contributions.js';
import { publicContributionRoutes } from './routes/public/public-contributions.js';
import { staffRoutes } from './routes/staff/index.js';
import { staticRoutes } from './routes/static.js';
import { systemRoutes } from './routes/system.js';
import { mountPublicTypeRoutes } from './slices/routes.js';
import { serverTypes } from './types.js';
import { validatorCompiler } from './http/validation.js';


const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export interface AppDependencies {
  /** Opened and migrated by the caller, which also closes it after `app.close()`. */
  db: Database;
  now?: () => Date;
  /** Where log lines go (standard output by default); tests read them. */
  logStream?: { write(line: string): void };
  /** Whose own routes to mount: the registered types (tests mount a type of their own). */
  types?: readonly ServerFacet[];
}

/**
 * Builds the collector: plugins first (docs, security headers, rate limits), then routes. Binds no
 * port, so tests drive it with `inject()`; `server.ts` boots it.
 */
export async function buildApp(config: AppConfig, { db, now = () => new Date(), logStream, types = serverTypes }: AppDependencies) {
  const timeouts = config.timeouts ?? defaultTimeouts;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    // Slow clients cannot hold connections: headers, the whole request, and an idle socket each have a deadline.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs) },
    // A malformed or overlong URL is refused before routing: with an `ApiError` body too.
    frameworkErrors: sendFrameworkError,
    // A number of hops becomes "trust the nearest n proxies", as Fastify documents it.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // No addresses, headers, query strings or bodies in logs: they can identify a person.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (request) => ({ method: request.method, url: request.url.split('?')[0] }),
        res: (reply) => ({ statusCode: reply.statusCode }),
      },
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body (which browsers send without a preflight) is refused with 415.
  app.removeContentTypeParser('text/plain');
  // Strict UTF-8, no text PostgreSQL cannot store, bounded nesting: refused here with a 400, not as a 500 later.
  installJsonBodyParser(app);
  installErrorHandlers(app);

  const initiatives = new InitiativeCache(db);
  const hub = new LiveHub(db, app.log, (id) => initiatives.forget(id));
  const ctx: AppContext = { db, hub, initiatives, commits: new GroupCommit(db), config, now, streams: new Set(), streamLimits: new StreamLimits(config.streamLimits ?? defaultStreamLimits), types };
  await hub.start();
  app.addHook('preClose', async () => {
    for (const close of [...ctx.streams]) close();
  });
  app.addHook('onClose', async () => hub.stop());

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Participe collector',
        description: 'Public API for Participe widgets and staff API for the console. Staff routes need `Authorization: Bearer <token>`.',
        version: '1.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'public', description: 'Used by widgets on ministry pages; no cookies, CORS per initiative' },
        { name: 'staff', description: 'Used by the console and scripts; bearer token, scoped to one organisation' },
        { name: 'system', description: 'Health and documentation' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyHelmet, { global: true });
  // Counters are keyed by a salted hash: client addresses are neither logged nor kept in clear. The
  // salt is the same on every process of this collector, so that they can count together; read once,
  // when first needed (while the database does not answer, a salt of this process stands in).
  const localSalt = randomBytes(32);
  let sharedSalt: Promise<Buffer> | undefined;
  const addressSalt = () =>
    (sharedSalt ??= sharedSecret(db, 'rate-limit-key').catch(() => {
      sharedSalt = undefined;
      return localSalt;
    }));
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    // After CORS (onRequest), so that a widget can read the 429 and its Retry-After; before parsing bodies.
    hook: 'preParsing',
    keyGenerator: async (request) => createHash('sha256').update(await addressSalt()).update(request.ip).digest('base64url'),
    // Static files are cached public scripts and pages, not an abuse target worth a counter.
    allowList: (request) => request.url.startsWith('/widgets/') || request.url.startsWith('/console/'),
    errorResponseBuilder: (_request, context) =>
      new ApiProblem(429, 'rate_limited', `Too many requests: try again in ${context.after}.`),
    // On PostgreSQL several processes may serve one site: they count together, in the database.
    // (A PGlite directory belongs to one process: its counters stay in memory.) Should the database
    // not answer, the request goes on to meet the same outage where it is handled.
    ...(db.driver === 'postgres' && { store: sharedRateLimitStore(db), skipOnError: true }),
  });
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, sendNotFound);

  await app.register(systemRoutes, ctx);
  await app.register(async (publicApi) => {
    await publicApi.register(fastifyCors, { delegator: initiativeCors(initiatives) });
    publicApi.decorateRequest('initiativeLookup', null);
    await publicApi.register(publicInitiativeRoutes, ctx);
    await publicApi.register(publicMyContributionRoutes, ctx);
    await publicApi.register(publicEventRoutes, ctx);
    await publicApi.register(publicContributionRoutes, ctx);
    await publicApi.register(publicReportRoutes, ctx);
    mountPublicTypeRoutes(publicApi, ctx, types);
  });
  await app.register(openDataRoutes, ctx);
  await app.register(staffRoutes, ctx);
  await staticRoutes(app, config);

  return app;
}

export type CollectorApp = Awaited<ReturnType<typeof buildApp>>;
