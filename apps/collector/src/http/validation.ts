import type { FastifySchemaCompiler } from 'fastify';
import { toIssues } from '@participe/core/schemas';
import * as zc from 'zod/v4/core';
import { RequestValidationError } from './errors.js';

const partNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'headers' };

/**
 * Validates requests with the route's zod (mini) schema and reports issues with readable paths,
 * worded by core's `toIssues` like every other validation message the collector sends.
 */
export const validatorCompiler: FastifySchemaCompiler<zc.$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = zc.safeParse(schema, data);
    if (result.success) return { value: result.data };
    const part = partNames[httpPart ?? 'body'] ?? 'body';
    return { error: new RequestValidationError(part, toIssues(result.error.issues, part === 'body' ? [] : [part])) };
  };
