import * as z from 'zod/mini';

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

export const Issue = z.strictObject({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;

/** Body of every 4xx and 5xx answer from the collector. */
export const ApiError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  issues: z.optional(z.array(Issue)),
});
export type ApiError = z.infer<typeof ApiError>;
