import * as z from 'zod/mini';
import type { Issue } from './errors.js';
import { toIssues } from './issues.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Checks a value against a schema; on failure, says where and what is wrong. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown): Validation<T> {
  const result = z.safeParse(schema, value);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toIssues(result.error.issues) };
}
