import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issuesToText, toIssues } from '@participe/core/schemas';
import { canadaLikeReasons, PageFeedbackDefinition, pageFeedbackPayload, PageFeedbackResults } from '../src/manifest.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};

describe('page-feedback payload', () => {
  const schema = pageFeedbackPayload({ commentMaxLength: 10, reasons: canadaLikeReasons });
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

describe('page-feedback reasons for "No"', () => {
  const schema = pageFeedbackPayload({ commentMaxLength: 10, reasons: canadaLikeReasons });
  const codes = (payload: unknown) => issuesOf(schema, payload).map(({ path, code }) => ({ path, code }));

  it('accepts one of the listed reasons with "no", or none', () => {
    expect(z.parse(schema, { answer: 'no', reason: 'pas-a-jour', page: 'https://x.ca/' }).reason).toBe('pas-a-jour');
    expect(issuesOf(schema, { answer: 'no', page: 'https://x.ca/' })).toEqual([]);
  });

  it('refuses an unknown reason, and any reason with "yes", each with its own code', () => {
    expect(codes({ answer: 'no', reason: 'inventee', page: 'https://x.ca/' })).toEqual([{ path: 'reason', code: 'unknown_reason' }]);
    expect(codes({ answer: 'yes', reason: 'pas-a-jour', page: 'https://x.ca/' })).toEqual([{ path: 'reason', code: 'reason_with_yes' }]);
  });

  it('refuses every reason when the definition lists none', () => {
    const none = pageFeedbackPayload({ commentMaxLength: 10, reasons: [] });
    expect(issuesOf(none, { answer: 'no', reason: 'pas-a-jour', page: 'https://x.ca/' }).map((issue) => issue.code)).toEqual(['unknown_reason']);
  });
});

describe('page-feedback definition', () => {
  const reason = (id: string) => ({ id, label: { fr: `Raison ${id}`, en: `Reason ${id}` } });

  it('offers no reasons by default', () => {
    expect(z.parse(PageFeedbackDefinition, {})).toEqual({ commentMaxLength: 500, reasons: [] });
  });

  it('accepts Canada.ca-like reasons, bilingual, with slug ids', () => {
    expect(z.parse(PageFeedbackDefinition, { reasons: canadaLikeReasons }).reasons).toHaveLength(5);
  });

  it('refuses duplicate ids with a coded issue naming the id', () => {
    const issues = issuesOf(PageFeedbackDefinition, { reasons: [reason('a'), reason('b'), reason('a')] });
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([{ path: 'reasons', code: 'duplicate_reason', params: { id: 'a' } }]);
  });

  it.each([
    ['too many reasons', { reasons: Array.from({ length: 9 }, (_, index) => reason(`r${index}`)) }, 'reasons: must have at most 8 item'],
    ['a label in one language only', { reasons: [{ id: 'a', label: { fr: 'Seulement en français' } }] }, 'reasons[0].label.en'],
    ['an id that is not a slug', { reasons: [{ ...reason('a'), id: 'Pas Un Id' }] }, 'reasons[0].id: must be lowercase letters'],
  ])('refuses %s', (_name, definition, expected) => {
    expect(issuesToText(issuesOf(PageFeedbackDefinition, definition))).toContain(expected);
  });
});

describe('page-feedback results', () => {
  it('counts reasons by id', () => {
    const results = { initiative: 'a', type: 'page-feedback', total: 3, answers: { yes: 1, no: 2 }, reasons: [{ id: 'pas-a-jour', count: 1 }] };
    expect(z.parse(PageFeedbackResults, results)).toEqual(results);
    expect(z.safeParse(PageFeedbackResults, { ...results, reasons: [{ id: 'pas-a-jour', count: -1 }] }).success).toBe(false);
  });
});
