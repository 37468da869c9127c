import { delimiter, resolve } from 'node:path';
import * as z from 'zod/mini';
import { issuesToText, toIssues } from '@participe/core/schemas';
import { defaultConsoleDir, defaultWidgetDirs } from './paths.js';
import type { SignInThrottle } from './storage/sign-in-throttle.js';
import type { StreamLimitSettings } from './http/stream-limits.js';
import type { Timeouts } from './http/timeouts.js';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Everything `buildApp` needs besides its storage: no port, no database address. */
export interface AppConfig {
  logLevel: LogLevel;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Requests per minute and per client address, on every rate-limited route. */
  rateLimitPerMinute: number;
  /** Sign-in attempts per minute and per client address. */
  signInRateLimitPerMinute: number;
  /** Failed sign-ins per account before growing delays (`defaultSignInThrottle` when absent). */
  signInThrottle?: SignInThrottle;
  /**
   * Requests per minute and per client address to a participant's own contributions (read,
   * delete); 30 when absent. The participant id cannot be guessed; this keeps anyone from trying.
   */
  selfServiceRateLimitPerMinute?: number;
  /**
   * Which proxies may say who the client is (`X-Forwarded-For`): none (`false`), the nearest n, or
   * these addresses/CIDRs. Never "any": a client could then pick its own rate-limit key.
   */
  trustProxy: false | number | string[];
  consoleDir: string;
  widgetDirs: string[];
  /** Interval of the comment lines that keep idle live streams open through proxies. */
  heartbeatMs: number;
  /** How long a console sign-in lasts. */
  sessionTtlMs: number;
  /** Live streams open at once per address and in all, and their lifetime (`defaultStreamLimits` when absent). */
  streamLimits?: StreamLimitSettings;
  /** Connection and request deadlines (`defaultTimeouts` when absent). */
  timeouts?: Timeouts;
}

export interface Config extends AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  /** Origins the demo seed lets embed its examples (the demo site's own, whatever its port). */
  demoOrigins: string[];
  /** Minutes between runs of the retention job (`src/domain/retention.ts`); 0: never on its own (run `node dist/retention-once.js` from a scheduler). */
  retentionIntervalMinutes: number;
  /** Where the outbox sends email (`smtp://user:pass@host:587`); none: messages go to the log and the console's outbox view. */
  smtpUrl: string | undefined;
  /** The sender address of outgoing email. */
  mailFrom: string;
}

const integerText = (min: number, max: number, unit = '') =>
  z.string().check(
    z.refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, `must be a whole number from ${min} to ${max}${unit}`),
  );

const flag = z.enum(['0', '1', 'true', 'false']);

/** Environment variables the collector reads; every value arrives as text. */
const Environment = z.object({
  PORT: z.optional(integerText(1, 65_535)),
  HOST: z.optional(z.string().check(z.minLength(1))),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user@host:5432/database')),
  ),
  PARTICIPE_DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  PARTICIPE_LOG_LEVEL: z.optional(z.enum(logLevels)),
  PARTICIPE_BODY_LIMIT: z.optional(integerText(1024, 10_485_760, ' (bytes)')),
  PARTICIPE_RATE_LIMIT: z.optional(integerText(1, 1_000_000, ' (requests per minute)')),
  PARTICIPE_TRUST_PROXY: z.optional(
    z.string().check(
      z.refine(
        (value) => value.trim().toLowerCase() !== 'true',
        'true is refused: it would let any client choose its address (and its rate-limit key) through X-Forwarded-For; give the number of proxies in front (1) or their addresses (10.0.0.5, 10.1.0.0/16)',
      ),
      z.regex(
        /^(?:true|false|\d{1,2}|[0-9a-f.:/]+(?:\s*,\s*[0-9a-f.:/]+)*)$/i,
        'must be false, a number of proxy hops, or a comma-separated list of proxy addresses',
      ),
    ),
  ),
  PARTICIPE_CONSOLE_DIR: z.optional(z.string().check(z.minLength(1))),
  PARTICIPE_WIDGETS_DIR: z.optional(z.string().check(z.minLength(1))),
  PARTICIPE_SEED_DEMO: z.optional(flag),
  PARTICIPE_DEMO_ORIGINS: z.optional(
    z.string().check(z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\s*,\s*https?:\/\/[a-z0-9.-]+(?::\d{1,5})?)*$/, 'must be origins such as http://localhost:4173, separated by commas')),
  ),
  PARTICIPE_SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\/\S+$/, 'must be an SMTP URL such as smtp://user:password@mail.example.ca:587'))),
  PARTICIPE_MAIL_FROM: z.optional(z.string().check(z.regex(/^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/, 'must be an address such as participe@example.ca or "Participe <participe@example.ca>"'))),
  PARTICIPE_RETENTION_INTERVAL_MINUTES: z.optional(integerText(0, 10_080, ' (minutes; 0 turns the scheduled job off)')),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function trustProxyFrom(value: string | undefined): AppConfig['trustProxy'] {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((address) => address.trim());
}

/**
 * Reads and checks the environment. Empty variables count as unset. Throws a `ConfigError`
 * that names every bad variable and what it must be.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = z.safeParse(Environment, present);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${issuesToText(toIssues(parsed.error.issues))}`);
  }
  const vars = parsed.data;
  return {
    port: Number(vars.PORT ?? 4000),
    host: vars.HOST ?? '127.0.0.1',
    databaseUrl: vars.DATABASE_URL,
    dataDir: resolve(cwd, vars.PARTICIPE_DATA_DIR ?? '.data/collector'),
    logLevel: vars.PARTICIPE_LOG_LEVEL ?? 'info',
    bodyLimit: Number(vars.PARTICIPE_BODY_LIMIT ?? 65_536),
    rateLimitPerMinute: Number(vars.PARTICIPE_RATE_LIMIT ?? 300),
    signInRateLimitPerMinute: 10,
    selfServiceRateLimitPerMinute: 30,
    trustProxy: trustProxyFrom(vars.PARTICIPE_TRUST_PROXY),
    consoleDir: vars.PARTICIPE_CONSOLE_DIR ? resolve(cwd, vars.PARTICIPE_CONSOLE_DIR) : defaultConsoleDir,
    widgetDirs: vars.PARTICIPE_WIDGETS_DIR
      ? vars.PARTICIPE_WIDGETS_DIR.split(delimiter).filter(Boolean).map((dir) => resolve(cwd, dir))
      : defaultWidgetDirs(),
    heartbeatMs: 15_000,
    sessionTtlMs: 12 * 3_600_000,
    seedDemo: vars.PARTICIPE_SEED_DEMO === '1' || vars.PARTICIPE_SEED_DEMO === 'true',
    demoOrigins: vars.PARTICIPE_DEMO_ORIGINS?.split(',').map((origin) => origin.trim()) ?? [],
    retentionIntervalMinutes: Number(vars.PARTICIPE_RETENTION_INTERVAL_MINUTES ?? 60),
    smtpUrl: vars.PARTICIPE_SMTP_URL,
    mailFrom: vars.PARTICIPE_MAIL_FROM ?? 'Participe <no-reply@localhost>',
  };
}
