import type { FastifySchemaCompiler } from 'fastify';
import { toIssues } from '@participe/core/schemas';
import * as zc from 'zod/v4/core';
import { RequestValidationError } from './errors.js';
import { unstorable } from './json-body.js';

const partNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'headers' };

/**
 * Validates requests with the route's zod (mini) schema and reports issues with readable paths,
 * worded by core's `toIssues` like every other validation message the collector sends.
 */
export const validatorCompiler: FastifySchemaCompiler<zc.$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // Query strings and path segments are decoded text too: what PostgreSQL cannot hold (NUL, lone
    // surrogates) is refused here, as the JSON body reader does for bodies, rather than fail in SQL.
    if ((httpPart === 'querystring' || httpPart === 'params') && data && typeof data === 'object') {
      const part = partNames[httpPart]!;
      const issues = Object.entries(data as Record<string, unknown>).flatMap(([name, value]) => {
        const problem = typeof value === 'string' ? unstorable(value) : undefined;
        return problem ? [{ path: `${part}.${name}`, code: problem.code, message: problem.message }] : [];
      });
      if (issues.length) return { error: new RequestValidationError(part, issues) };
    }
    const result = zc.safeParse(schema, data);
    if (result.success) return { value: result.data };
    const part = partNames[httpPart ?? 'body'] ?? 'body';
    return { error: new RequestValidationError(part, toIssues(result.error.issues, part === 'body' ? [] : [part])) };
  };
