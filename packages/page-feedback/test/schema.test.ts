import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issuesToText, toIssues } from '@participe/core/schemas';
import { pageFeedbackPayload } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('page-feedback payload', () => {
  const schema = pageFeedbackPayload({ commentMaxLength: 10 });
  it('accepts pages on intranet and local hosts', () => {
    expect(issuesOf(schema, { answer: 'yes', page: 'http://localhost:4173/vaccination.html' })).toEqual([]);
    expect(issuesOf(schema, { answer: 'yes', page: 'https://intranet/aide' })).toEqual([]);
  });
  it('accepts an answer with a trimmed comment', () => {
    expect(z.parse(schema, { answer: 'no', comment: '  trop long ', page: 'https://www.quebec.ca/a' }).comment).toBe('trop long');
  });
  it.each([
    ['an answer other than yes or no', { answer: 'maybe', page: 'https://x.ca/' }, 'answer: must be one of "yes", "no"'],
    ['a comment over the limit', { answer: 'no', comment: 'x'.repeat(11), page: 'https://x.ca/' }, 'comment: must be at most 10 characters'],
    ['a page with a query string', { answer: 'yes', page: 'https://x.ca/?email=a@b.c' }, 'page: must not contain a query string or fragment'],
    ['a page that is not http', { answer: 'yes', page: 'javascript:alert(1)' }, 'page: must be a web address (http or https)'],
    ['a missing page', { answer: 'yes' }, 'page: expected string'],
  ])('refuses %s', (_name, payload, expected) => {
    expect(issuesToText(issuesOf(schema, payload))).toContain(expected);
  });

  it('gives its own check a code of its own, and zod’s checks theirs', () => {
    const codes = (payload: unknown) => issuesOf(schema, payload).map(({ path, code, params }) => ({ path, code, ...(params && { params }) }));
    expect(codes({ answer: 'yes', page: 'https://x.ca/?email=a@b.c' })).toEqual([{ path: 'page', code: 'query_or_fragment' }]);
    expect(codes({ answer: 'yes', page: 'javascript:alert(1)' })).toEqual([{ path: 'page', code: 'invalid_format', params: { format: 'url' } }]);
    expect(codes({ answer: 'no', comment: 'x'.repeat(11), page: 'https://x.ca/' })).toEqual([{ path: 'comment', code: 'too_big', params: { maximum: 10, origin: 'string' } }]);
  });
});
