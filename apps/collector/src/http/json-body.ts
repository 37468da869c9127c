import type { FastifyInstance } from 'fastify';
import { formatPath, type Issue } from '@participe/core/schemas';
import { ApiProblem, invalid } from './errors.js';

/**
 * Deeper than any real request (a survey condition nested a dozen times is about 30 levels).
 * Recursive code (schemas, canonical hashing) must never meet a body nested 30,000 levels deep.
 */
export const MAX_JSON_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that PostgreSQL (and so PGlite) cannot keep in `jsonb` or `text`: the NUL character and
 * unpaired UTF-16 surrogates (`"\ud800"` is valid JSON). Without this check they reach the
 * database and fail there, as a 500 after the request was otherwise accepted.
 */
export function unstorable(text: string): { code: 'nul_character' | 'unpaired_surrogate'; message: string } | undefined {
  if (text.includes('\u0000')) return { code: 'nul_character', message: 'must not contain the NUL character (\\u0000)' };
  if (loneSurrogate.test(text)) return { code: 'unpaired_surrogate', message: 'must be valid Unicode: it holds an unpaired surrogate (\\ud800–\\udfff)' };
  return undefined;
}

/** Every problem of the parsed body that no schema can see, walked without recursion. */
function bodyIssues(body: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: body, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = unstorable(value);
      if (problem) issues.push({ path: formatPath(path), ...problem });
    } else if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_JSON_DEPTH) {
        issues.push({ path: formatPath(path), code: 'too_deep', params: { maximum: MAX_JSON_DEPTH }, message: `nests deeper than ${MAX_JSON_DEPTH} levels` });
        continue;
      }
      const isArray = Array.isArray(value);
      for (const [key, item] of Object.entries(value)) {
        const problem = isArray ? undefined : unstorable(key);
        if (problem) issues.push({ path: formatPath(path), code: problem.code, params: { key: true }, message: `a field name ${problem.message}` });
        stack.push({ value: item, path: [...path, isArray ? Number(key) : key] });
      }
    }
  }
  return issues;
}

/**
 * Fastify's JSON parser (same limits, same refusal of `__proto__` and `constructor.prototype`
 * keys), preceded by strict UTF-8 decoding and followed by the checks above, so that every body a
 * route sees can be validated by recursive schemas and stored as it is.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    let text: string;
    try {
      text = utf8.decode(raw as Buffer);
    } catch {
      done(new ApiProblem(400, 'bad_request', 'The request body is not valid UTF-8.'), undefined);
      return;
    }
    parseJson(request, text, (error, body) => {
      if (error) return done(error, undefined);
      const issues = bodyIssues(body);
      if (issues.length > 0) return done(invalid('The request body holds something no field can take.', issues), undefined);
      done(null, body);
    });
  });
}
