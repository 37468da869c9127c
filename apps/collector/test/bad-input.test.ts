import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@participe/core/schemas';
import * as z from 'zod/mini';
import { allowedOrigin, countRows, demoInitiative, drivers, envelope, startHarness, type Harness } from './support/harness.js';

const url = `/v1/initiatives/${demoInitiative}/contributions`;
const json = { 'content-type': 'application/json', origin: allowedOrigin };
const validPayload = { answer: 'yes', page: 'https://www.quebec.ca/transport' };

interface BadRequest {
  name: string;
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  url?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  code: string;
  /** A path the issues must name, when the refusal is about one field. */
  path?: string;
  /** The issue's machine code there (what the widgets and the console word). */
  issue?: string;
}

const body = (value: unknown) => JSON.stringify(value);

const cases: BadRequest[] = [
  { name: 'malformed JSON', body: '{"initiative": ', status: 400, code: 'bad_request' },
  { name: 'empty JSON body', body: '', status: 400, code: 'bad_request' },
  { name: 'a JSON array', body: '[]', status: 400, code: 'validation_failed' },
  { name: 'text/plain (a CORS "simple" request)', headers: { 'content-type': 'text/plain', origin: allowedOrigin }, body: body(envelope()), status: 415, code: 'unsupported_media_type' },
  { name: 'a form post', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: allowedOrigin }, body: 'a=1', status: 415, code: 'unsupported_media_type' },
  { name: 'a body over the limit', body: body(envelope({ payload: { ...validPayload, comment: 'x'.repeat(70_000) } })), status: 413, code: 'payload_too_large' },
  { name: 'an unknown envelope field', body: body({ ...envelope(), extra: true }), status: 400, code: 'validation_failed', path: '(root)', issue: 'unrecognized_keys' },
  { name: 'an unknown payload field', body: body(envelope({ payload: { ...validPayload, email: 'a@b.c' } })), status: 400, code: 'validation_failed', path: 'payload', issue: 'unrecognized_keys' },
  { name: 'a number for the language', body: body({ ...envelope(), language: 3 }), status: 400, code: 'validation_failed', path: 'language', issue: 'invalid_value' },
  { name: 'an unknown language', body: body({ ...envelope(), language: 'de' }), status: 400, code: 'validation_failed', path: 'language', issue: 'invalid_value' },
  { name: 'an idempotency key that is not a UUID', body: body({ ...envelope(), idempotencyKey: '1' }), status: 400, code: 'validation_failed', path: 'idempotencyKey', issue: 'invalid_format' },
  { name: 'a missing participant', body: body({ ...envelope(), participant: undefined }), status: 400, code: 'validation_failed', path: 'participant', issue: 'invalid_type' },
  { name: 'another initiative in the body than in the URL', body: body(envelope({ initiative: 'autre-chose' })), status: 400, code: 'validation_failed', path: 'initiative', issue: 'invalid_value' },
  { name: 'another type than the initiative', body: body(envelope({ type: 'survey' })), status: 400, code: 'validation_failed', path: 'type', issue: 'invalid_value' },
  { name: 'the paper channel from the public API', body: body(envelope({ channel: 'paper' })), status: 400, code: 'validation_failed', path: 'channel', issue: 'invalid_value' },
  { name: 'an answer the definition does not offer', body: body(envelope({ payload: { ...validPayload, answer: 'maybe' } })), status: 400, code: 'validation_failed', path: 'payload.answer', issue: 'invalid_value' },
  { name: 'a comment longer than the definition allows', body: body(envelope({ payload: { ...validPayload, comment: 'x'.repeat(501) } })), status: 400, code: 'validation_failed', path: 'payload.comment', issue: 'too_big' },
  { name: 'a huge string field under the body limit', body: body(envelope({ payload: { ...validPayload, page: `https://www.quebec.ca/${'a'.repeat(40_000)}` } })), status: 400, code: 'validation_failed', path: 'payload.page', issue: 'too_big' },
  { name: 'a page address with a query string', body: body(envelope({ payload: { ...validPayload, page: 'https://www.quebec.ca/?email=a@b.c' } })), status: 400, code: 'validation_failed', path: 'payload.page', issue: 'query_or_fragment' },
  { name: 'a NUL character in a comment', body: body(envelope({ payload: { ...validPayload, comment: 'a\u0000b' } })), status: 400, code: 'validation_failed', path: 'payload.comment', issue: 'nul_character' },
  { name: 'a body nested too deeply', body: body(envelope({ payload: { ...validPayload, comment: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) } })), status: 400, code: 'validation_failed', path: 'payload.comment', issue: 'too_deep' },
  { name: 'a prototype-poisoning key', body: '{"__proto__": {"admin": true}}', status: 400, code: 'bad_request' },
  { name: 'a malformed initiative id', url: '/v1/initiatives/NOT_A_SLUG/contributions', body: body(envelope()), status: 404, code: 'not_found' },
  { name: 'an unknown initiative', url: '/v1/initiatives/inconnue/contributions', body: body(envelope({ initiative: 'inconnue' })), status: 404, code: 'not_found' },
  { name: 'a malformed id when reading', method: 'GET', url: '/v1/initiatives/Bad..Id', status: 400, code: 'validation_failed', path: 'path.id', issue: 'invalid_format' },
  { name: 'a bad lastEventId', method: 'GET', url: `/v1/initiatives/${demoInitiative}/events?lastEventId=abc`, status: 400, code: 'validation_failed', path: 'query.lastEventId', issue: 'invalid_format' },
  { name: 'an unknown query parameter', method: 'GET', url: `/v1/initiatives/${demoInitiative}/events?since=1`, status: 400, code: 'validation_failed', path: 'query', issue: 'unrecognized_keys' },
  { name: 'an unknown route', method: 'GET', url: '/v1/nothing-here', status: 404, code: 'not_found' },
  { name: 'a method the route does not have', method: 'DELETE', url: `/v1/initiatives/${demoInitiative}`, status: 404, code: 'not_found' },
];

describe.each(drivers)('bad input on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  it.each(cases)('refuses $name with $status $code, storing nothing', async (bad) => {
    const before = await countRows(h.db, 'contributions');
    const response = await h.app.inject({
      method: bad.method ?? 'POST',
      url: bad.url ?? url,
      headers: bad.method === 'GET' || bad.method === 'DELETE' ? { origin: allowedOrigin } : (bad.headers ?? json),
      ...(bad.body === undefined ? {} : { payload: bad.body }),
    });
    expect(response.statusCode, response.body).toBe(bad.status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const error = z.parse(ApiError, response.json());
    expect(error.code).toBe(bad.code);
    expect(error.message.length).toBeGreaterThan(10);
    if (bad.path) expect(error.issues?.map((issue) => issue.path)).toContainEqual(expect.stringContaining(bad.path));
    if (bad.issue) expect(error.issues).toContainEqual(expect.objectContaining({ path: expect.stringContaining(bad.path!), code: bad.issue }));
    expect(await countRows(h.db, 'contributions')).toBe(before);
  });

  it('says what is wrong, field by field: a code with its figures, and the same in English', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url,
      headers: json,
      payload: body({ ...envelope(), language: 'de', extra: 1 }),
    });
    const { issues } = z.parse(ApiError, response.json());
    expect(issues).toContainEqual({ path: 'language', code: 'invalid_value', params: { values: ['fr', 'en'] }, message: 'must be one of "fr", "en"' });
    expect(issues).toContainEqual({ path: '(root)', code: 'unrecognized_keys', params: { keys: ['extra'] }, message: 'unknown field "extra"' });
  });

  it('gives each figure a message needs: the comment limit of this initiative', async () => {
    const response = await h.app.inject({ method: 'POST', url, headers: json, payload: body(envelope({ payload: { ...validPayload, comment: 'x'.repeat(501) } })) });
    expect(z.parse(ApiError, response.json()).issues).toEqual([
      { path: 'payload.comment', code: 'too_big', params: { maximum: 500, origin: 'string' }, message: 'must be at most 500 characters' },
    ]);
  });

  it('readable 4xx bodies still carry CORS headers, so the widget can show why', async () => {
    const response = await h.app.inject({ method: 'POST', url, headers: json, payload: '{' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['access-control-allow-origin']).toBe(allowedOrigin);
  });
});
