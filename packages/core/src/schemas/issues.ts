import type * as z from 'zod/mini';
import type { Issue } from './errors.js';

type ZodIssue = z.core.$ZodIssue;

/** `definition.questions[2].label.fr` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * A short English sentence per issue. zod/mini ships no message locale (it would weigh on every
 * widget bundle), so the few issue kinds our schemas raise are worded here.
 */
function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of ${list(issue.values)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${list(issue.keys)}`;
    case 'invalid_union':
      return issue.discriminator ? `unknown ${issue.discriminator}` : 'does not match any allowed shape';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message;
  }
}

/** Issues a person can act on: where the problem is, and what is expected there. */
export function toIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describe(issue) }));
}

/** One line per issue, for consoles and error panels. */
export const issuesToText = (issues: readonly Issue[]) => issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
