import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError, ErrorCode, Issue } from '@participe/core/schemas';
import { RouteProblem } from '@participe/core/server';

/** A refusal the collector means to send: its status, code and message reach the caller as they are. */
export class ApiProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

export const notFound = (message = 'Not found.') => new ApiProblem(404, 'not_found', message);
export const forbidden = (message = 'Your role does not allow this action.') => new ApiProblem(403, 'forbidden', message);
export const invalid = (message: string, issues: Issue[]) => new ApiProblem(400, 'validation_failed', message, issues);

/** Request schema failures, raised by our validator compiler with readable issues. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: Issue[],
  ) {
    super(`The request ${part} is invalid.`);
    this.name = 'RequestValidationError';
  }
}

/** Fastify's own 4xx errors, given our codes and wording (they never carry internals). */
const fastifyRefusals: Record<string, { code: ErrorCode; message: string } | undefined> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send the body as application/json.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The request body is not valid JSON (or holds a forbidden __proto__ or constructor key).' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: 'The request body is empty; send a JSON object.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_ERR_BAD_URL: { code: 'bad_request', message: 'The address is not valid: check its percent-encoding.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'bad_request', message: 'A part of the address is too long.' },
};

function toApiError(error: FastifyError | Error, request: FastifyRequest): { status: number; body: ApiError } {
  if (error instanceof ApiProblem) {
    return { status: error.statusCode, body: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
  }
  // A type's route refusing in its own words (its codes are its own, documented with its routes).
  if (error instanceof RouteProblem && error.status >= 400 && error.status < 500) {
    return { status: error.status, body: { code: error.code as ErrorCode, message: error.message } };
  }
  if (error instanceof RequestValidationError) {
    return { status: 400, body: { code: 'validation_failed', message: error.message, issues: error.issues } };
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  const known = 'code' in error && typeof error.code === 'string' ? fastifyRefusals[error.code] : undefined;
  if (known) return { status, body: known };
  if (status === 429) return { status, body: { code: 'rate_limited', message: 'Too many requests: wait a moment and try again.' } };
  if (error instanceof SyntaxError && status === 400) {
    return { status, body: { code: 'bad_request', message: 'The request body is not valid JSON.' } };
  }
  if (status >= 400 && status < 500) {
    // Remaining Fastify refusals (bad headers, prototype poisoning): their messages describe the request only.
    request.log.info({ code: 'code' in error ? error.code : undefined }, 'request refused');
    return { status, body: { code: status === 404 ? 'not_found' : 'bad_request', message: error.message } };
  }
  request.log.error({ err: error }, 'request failed');
  return { status: 500, body: { code: 'internal', message: 'Internal error' } };
}

/** Every refusal and failure leaves as an `ApiError` body; a 5xx never says more than "Internal error". */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toApiError(error, request);
    // The body is written by hand: the route's response schema may not list this status.
    return reply.code(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
  });
}

/**
 * Errors Fastify raises while routing, before any hook (a malformed percent-encoding, an overlong
 * path segment): without this they would leave in Fastify's own format instead of an `ApiError`.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toApiError(error, request);
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const body: ApiError = { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}.` };
  return reply.code(404).type('application/json; charset=utf-8').send(body);
}
