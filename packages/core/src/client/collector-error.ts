import type { ErrorCode, Issue } from '../schemas/errors.js';

/** Reasons that never come from the collector itself (`withdrawn`: the citizen deleted their answers before it was delivered). */
export type ClientErrorCode = 'network' | 'invalid_response' | 'withdrawn';

/** A refused or failed call to the collector, with the reason a widget can show. */
export class CollectorError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'CollectorError';
  }

  /** Reads the collector's error body; anything else (a proxy's HTML page) becomes a generic error. */
  static async fromResponse(response: Response): Promise<CollectorError> {
    const body = (await response.json().catch(() => undefined)) as { code?: unknown; message?: unknown; issues?: unknown } | undefined;
    if (typeof body?.code === 'string' && typeof body.message === 'string') {
      const issues = Array.isArray(body.issues) ? body.issues.flatMap(readIssue) : [];
      return new CollectorError(body.message, response.status, body.code as ErrorCode, issues);
    }
    return new CollectorError(`The collector answered ${response.status}.`, response.status, response.status >= 500 ? 'internal' : 'bad_request');
  }

  static network(cause: unknown): CollectorError {
    const error = new CollectorError('The collector could not be reached.', 0, 'network');
    error.cause = cause;
    return error;
  }

  /** True when trying again later may succeed: no answer, an unreadable answer, overload, or a server fault. */
  get retryable(): boolean {
    return this.status === 0 || this.code === 'invalid_response' || this.status === 408 || this.status === 425 || this.status === 429 || this.status >= 500;
  }
}

// The client checks the collector's answers by hand: the schema library stays out of widget bundles.
// An issue without a code (an older collector) becomes `custom`, worded by its English message;
// params are checked where they are worded (`wordIssue`).
function readIssue(value: unknown): Issue[] {
  const { path, code, params, message } = (value ?? {}) as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string' ? [{ path, code: typeof code === 'string' ? code : 'custom', params: params as Issue['params'], message }] : [];
}
