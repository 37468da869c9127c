import type * as z from 'zod/mini';
import type { Issue, IssueParam, IssueParams } from './errors.js';

type ZodIssue = z.core.$ZodIssue;

/** `definition.questions[2].label.fr` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * A short English sentence per issue, for API users and logs. zod/mini ships no message locale (it
 * would weigh on every widget bundle), so the few issue kinds our schemas raise are worded here.
 */
function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // A required field of any type (`z.unknown()`) that is missing.
      return issue.expected === 'nonoptional' ? 'is required' : `expected ${issue.expected}`;
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
    case 'invalid_key':
      return issue.issues[0] ? `not an allowed field name: ${describe(issue.issues[0])}` : 'not an allowed field name';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message;
  }
}

const isFigure = (value: unknown): value is Exclude<IssueParam, readonly unknown[]> =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A value as JSON can carry it (a bigint bound becomes a number; anything else, text). */
const figure = (value: unknown) => (isFigure(value) ? value : typeof value === 'bigint' ? Number(value) : String(value));

/** The params a custom check passed, without its code and without anything JSON cannot carry as a figure. */
function customParams(params: Record<string, unknown>): IssueParams | undefined {
  const out: Record<string, IssueParam> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'code' || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map(figure) : figure(value);
  }
  return Object.keys(out).length ? out : undefined;
}

/** A bound with its origin (`string`: characters, `array`: items, `number`…); `inclusive` and `exact` only when they say something. */
const bound = (name: 'minimum' | 'maximum', issue: { minimum?: number | bigint; maximum?: number | bigint; origin: string; inclusive?: boolean; exact?: boolean }) => ({
  [name]: Number(issue[name]),
  origin: issue.origin,
  ...(issue.inclusive === false && { inclusive: false }),
  ...(issue.exact && { exact: true }),
});

/**
 * The machine code of an issue and the figures its wording needs. zod's own codes pass through;
 * a custom check names its code in its params (see `coded`), or stays `custom` (worded by its
 * English message only).
 */
function codeOf(issue: ZodIssue): { code: string; params?: IssueParams } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.code, params: { expected: issue.expected } };
    case 'too_small':
      return { code: issue.code, params: bound('minimum', issue) };
    case 'too_big':
      return { code: issue.code, params: bound('maximum', issue) };
    case 'invalid_format':
      return { code: issue.code, params: { format: issue.format } };
    case 'invalid_value':
      return { code: issue.code, params: { values: issue.values.map(figure) } };
    case 'unrecognized_keys':
      return { code: issue.code, params: { keys: [...issue.keys] } };
    case 'invalid_union':
      return issue.discriminator
        ? { code: issue.code, params: { discriminator: issue.discriminator, ...('options' in issue && issue.options && { options: issue.options.map(figure) }) } }
        : { code: issue.code };
    case 'not_multiple_of':
      return { code: issue.code, params: { divisor: Number(issue.divisor) } };
    case 'custom': {
      const own = issue.params?.['code'];
      if (typeof own !== 'string') return { code: 'custom' };
      const params = customParams(issue.params!);
      return params ? { code: own, params } : { code: own };
    }
    default:
      return { code: issue.code };
  }
}

/** Issues a person can act on: where the problem is, its code and figures, and the same in English. */
export function toIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), ...codeOf(issue), message: describe(issue) }));
}

/** One line per issue, for consoles and error panels. */
export const issuesToText = (issues: readonly Issue[]) => issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
