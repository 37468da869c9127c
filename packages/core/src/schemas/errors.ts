import * as z from 'zod/mini';
import { namedFormat } from './coded.js';

/** Machine-readable reasons a request was refused; widgets turn them into their own words. */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'not_found',
  'initiative_not_open',
  'initiative_closed',
  'origin_not_allowed',
  'idempotency_conflict',
  'already_participated',
  'participant_limit_reached',
  'anonymised',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

const figure = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A figure an issue's wording needs: a bound, a format's name, the values or keys concerned. */
export const IssueParam = z.union([figure, z.array(figure)]);
export type IssueParam = z.infer<typeof IssueParam>;
export type IssueParams = Readonly<Record<string, IssueParam>>;

/**
 * One field's problem. `code` is a machine code (`too_small`, `taken`, a type's own such as
 * `required`) and `params` the figures its wording needs (`{ minimum: 3, origin: 'string' }`):
 * each interface words issues from its own string tables by code. `message` says the same in
 * English, for API users and logs; no interface parses it.
 */
export const Issue = z.strictObject({
  path: z.string(),
  code: z.string().check(namedFormat('issue_code', /^[a-z][a-z0-9_]*$/, 'must be a code such as "too_small"')),
  params: z.optional(z.record(z.string(), IssueParam)),
  message: z.string(),
});
export type Issue = z.infer<typeof Issue>;

/** Body of every 4xx and 5xx answer from the collector. */
export const ApiError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  issues: z.optional(z.array(Issue)),
});
export type ApiError = z.infer<typeof ApiError>;
