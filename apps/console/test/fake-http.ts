import type { ApiError, Issue } from '@participe/core/schemas';

// Answers shaped like the collector's: JSON bodies, and refusals as `ApiError` (code, message, issues).

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const refuse = (status: number, code: ApiError['code'], message: string, issues?: Issue[]) => json(status, { code, message, ...(issues && { issues }) });
