// The bad-input corpus: thousands of requests generated from the contribution fixtures of every
// initiative type and from the routes the app serves, with a fixed seed. Each case says what a
// correct collector answers; the suite checks that, plus "never a 5xx, nothing stored".
import { type ContributionFixture } from '../support/types.js';
import { ContributionEnvelope, formatPath, type ErrorCode, type InitiativeType } from '@participe/core/schemas';
import { initiativeTypes, facetOf } from '../../src/slices/registry.js';
import * as z from 'zod/mini';
import { MAX_JSON_DEPTH } from '../../src/http/json-body.js';
import { injectionCorpus } from '@participe/core/testing';
import type { Random, ServedRoute } from './support.js';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface AbuseCase {
  category: string;
  name: string;
  method: Method;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Statuses a correct collector may answer. */
  status: readonly number[];
  /** Error codes it may give (any, when absent). */
  codes?: readonly ErrorCode[];
  /** Field the issues must point at (or next to), when the refusal is `validation_failed`. */
  near?: ReadonlyArray<string | number>;
  /** The answer must not let another site's page read it. */
  noCors?: boolean;
}

/** One initiative type as the corpus sees it: its fixture and the seeded initiatives of each state. */
export interface TypeTarget {
  type: InitiativeType;
  fixture: ContributionFixture;
  /** Seeded, open, allowing `origin`. */
  open: string;
  draft: string;
  closed: string;
  upcoming: string;
  origin: string;
  /** A contribution already stored under this key (payload `fixture.payloads[0]`, participant below). */
  storedKey: string;
  storedParticipant: string;
}

export interface CorpusContext {
  random: Random;
  targets: TypeTarget[];
  /** Every route the app serves (see `servedRoutes`). */
  routes: ServedRoute[];
  /**
   * Query (and header) parameters each route declares, with their schema, from the app's OpenAPI
   * document (`GET /v1/initiatives/{id}/events` → `lastEventId`, `last-event-id`).
   */
  queryParameters: Map<string, DeclaredParameter[]>;
  /** A token allowed everything, for routes behind sign-in (their bodies are what is tested). */
  adminToken: string;
  bodyLimit: number;
  /** The type a route serves, when it serves one type only (its own routes); others serve every type. */
  typeOf(url: string): string | undefined;
}

/** A query or header parameter as OpenAPI declares it. */
export interface DeclaredParameter {
  in: string;
  name: string;
  schema?: { type?: string; enum?: string[]; pattern?: string; minLength?: number; maxLength?: number };
}

/** The value as the route receives it (percent-decoded where it decodes), and whether its declared schema refuses it. */
function refusedBy(parameter: DeclaredParameter, raw: string): boolean {
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    // Kept as sent, as the query parser does.
  }
  const schema = parameter.schema ?? {};
  const length = value.length;
  return (
    value.includes('\u0000') ||
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value) ||
    (schema.enum !== undefined && !schema.enum.includes(value)) ||
    (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) ||
    (schema.minLength !== undefined && length < schema.minLength) ||
    (schema.maxLength !== undefined && length > schema.maxLength)
  );
}

type Path = Array<string | number>;
type Json = unknown;

const clone = <T>(value: T): T => structuredClone(value);

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = clone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}

function deleteAt(root: Json, path: Path): Json {
  const copy = clone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (Array.isArray(node)) node.splice(last as number, 1);
  else delete node[last];
  return copy;
}

/** Every path in a JSON value, containers included, root first. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

const valueAt = (root: Json, path: Path): Json => path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root);
const objectPaths = (value: Json) => pathsOf(value).filter((path) => { const v = valueAt(value, path); return v !== null && typeof v === 'object' && !Array.isArray(v); });
const stringPaths = (value: Json) => pathsOf(value).filter((path) => typeof valueAt(value, path) === 'string');

const VALUE_MARK = '\u0001value-mark\u0001';
const MEMBER_MARK = '\u0001member-mark\u0001';

/** The JSON text of `root` with `rawValue` (any text, even invalid JSON) at `path`. */
function rawAt(root: Json, path: Path, rawValue: string): string {
  return JSON.stringify(setAt(root, path, VALUE_MARK)).replace(JSON.stringify(VALUE_MARK), () => rawValue);
}

/** The JSON text of `root` with a raw member (`"key": value` text) added to the object at `path`. */
function rawMember(root: Json, path: Path, member: string): string {
  const object = { ...(valueAt(root, path) as object), [MEMBER_MARK]: 0 };
  return JSON.stringify(setAt(root, path, object)).replace(`${JSON.stringify(MEMBER_MARK)}:0`, () => member);
}

/** The bytes of `root` with `bytes` spliced into the string at `path`. */
function bytesInString(root: Json, path: Path, bytes: number[]): Buffer {
  const [before, after] = JSON.stringify(setAt(root, path, `a${VALUE_MARK}b`)).split(JSON.stringify(VALUE_MARK).slice(1, -1));
  return Buffer.concat([Buffer.from(before!), Buffer.from(bytes), Buffer.from(after!)]);
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** What a web contribution looks like when everything about it is right. */
function envelopeFor(target: TypeTarget, payload: Json, random: Random, overrides: Record<string, Json> = {}) {
  return {
    initiative: target.open,
    type: target.type,
    payload,
    idempotencyKey: random.uuid(),
    participant: random.uuid(),
    channel: 'web',
    language: random.pick(['fr', 'en']),
    ...overrides,
  };
}

/**
 * Would the collector take this body as a web contribution to `target.open`? Core's own schemas
 * decide (the collector uses the same), so that a mutation that happens to stay valid (an empty
 * optional comment, say) is left out of a corpus that must be refused.
 */
function acceptable(target: TypeTarget, body: Json): boolean {
  const envelope = z.safeParse(ContributionEnvelope, body);
  if (!envelope.success) return false;
  const { initiative, type, channel, payload } = envelope.data;
  if (initiative !== target.open || type !== target.type || channel !== 'web') return false;
  const schemas = facetOf(target.type)!.manifest;
  const definition = z.parse(schemas.definition, target.fixture.initiative['definition']);
  try {
    return z.safeParse(schemas.payload(definition), payload).success;
  } catch {
    // The schemas themselves failed on it: the collector must refuse it (not fail with a 500).
    return false;
  }
}

/** JSON values of every kind, and values that are valid somewhere (a date, an email, a choice) but wrong elsewhere. */
const replacements: Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0.0001, 2 ** 53 + 1, '', ' ', 'x', '0', 'true', 'null', [], [null], ['x'], [[]], {}, { x: 1 }, { choices: null }, { choices: 'x' }, { other: 1 },
  '2026-02-30', '2026-01-01', 'personne@example.org', 'H2X 1Y4', 'yes', 'no', 'https://www.quebec.ca/', 'javascript:alert(1)', 'data:text/html,x', 'fr', 'web', 'paper',
  '00000000-0000-0000-0000-000000000000', 'not-a-uuid', 'constructor', '__proto__', 'toString', ...initiativeTypes,
];
/** Number literals JSON allows but JavaScript turns into Infinity, zero or an imprecise value. */
const rawNumbers = ['1e400', '-1e400', '1e-400', '9'.repeat(400), '0.' + '0'.repeat(500) + '1', '-0'];
/** Field names: prototype lookalikes, injections, unicode, empty, long. */
const strangeKeys = [
  'extra', 'admin', 'role', 'organisation', 'id', 'receivedAt', 'moderationState', 'enteredBy', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  '', ' ', 'é', '\u202e', '\u{1F600}', 'a'.repeat(2000), '$where', "'; DROP TABLE contributions; --", '../../etc/passwd', '<script>', 'answers', 'payload', 'comment', 'other',
];

const malformedSnippets = [
  '', ' ', '\n', 'null', 'true', '0', '"x"', '[]', '[{}]', '{', '}', '{"', '{"a"', '{"a":', '{"a":}', '{,}', '{"a":1,}', '[1,]', "{'a':1}", '{a:1}', '{"a":1}{"a":2}', '{"a":1} x',
  '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', '{"a":0x10}', '{"a":01}', '{"a":.5}', '{"a":+1}', '{"a":"\\x41"}', '{"a":"\\u12"}', '{"a":"\\"}', '{"a":"line\nbreak"}', '{"a":"tab\tinside"}',
  '{"a":1 /* comment */}', '// comment\n{}', '{"a":[1,2}', '{"a":{"b":1]}', '\u0000', '\uFEFF{}', '<?xml version="1.0"?><a/>', 'a=1&b=2', '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}', '{"a":1,"__proto__":null}',
];

const invalidUtf8: Array<[string, number[]]> = [
  ['0xFF byte', [0xff]],
  ['lone continuation byte', [0x80]],
  ['overlong slash', [0xc0, 0xaf]],
  ['encoded surrogate', [0xed, 0xa0, 0x80]],
  ['truncated sequence', [0xe2, 0x82]],
  ['five-byte sequence', [0xf8, 0x88, 0x80, 0x80, 0x80]],
  ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
];

const unstorableTexts: Array<[string, string]> = [
  ['NUL', 'a\u0000b'],
  ['only NUL', '\u0000'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', 'a\udc00b'],
  ['reversed pair', '\udc00\ud800'],
  ['trailing high surrogate', `${'x'.repeat(10)}\ud83d`],
];

const malformedSlugs = [
  'NOT_A_SLUG', 'A', 'a'.repeat(65), '-a', 'a-', 'a_b', '..', '%2e%2e', 'a%2Fb', '%2F', '%00', 'a%00', '%C3%A9t%C3%A9', '%E9', '%ZZ', '%', 'a%20b', '%3Cscript%3E',
  "'%3B%20DROP%20TABLE%20initiatives%3B--", '__proto__', '%F0%9F%98%80', 'a'.repeat(3000),
];
/** Valid slugs that name nothing (one looks like an Object.prototype member). */
const missingSlugs = ['inconnue', 'constructor', 'to-string', '0'];

function foreignOrigins(allowed: string): string[] {
  const url = new URL(allowed);
  const otherScheme = url.protocol === 'https:' ? 'http:' : 'https:';
  return [
    'https://evil.example',
    `${otherScheme}//${url.host}`,
    `${allowed}:8443`,
    `${allowed}.evil.example`,
    `${url.protocol}//evil${url.host}`,
    `${url.protocol}//evil.${url.host}`,
    allowed.toUpperCase(),
    `${allowed}/`,
    `${allowed}/page`,
    'null',
    'file://',
    '',
    `${allowed}, https://evil.example`,
    `https://evil.example, ${allowed}`,
    'http://localhost',
    'https://xn--qubec-bsa.ca',
  ];
}

const json = 'application/json';

/** Generates the corpus, grouped by category. */
export function generateCorpus(ctx: CorpusContext): AbuseCase[] {
  const { random, targets } = ctx;
  const cases: AbuseCase[] = [];
  const add = (c: AbuseCase) => cases.push(c);

  for (const target of targets) {
    const url = `/v1/initiatives/${target.open}/contributions`;
    const headers = { 'content-type': json, origin: target.origin };
    const contribution = (category: string, name: string, body: string | Buffer, expect: Pick<AbuseCase, 'status' | 'codes' | 'near'>) =>
      add({ category, name: `${target.type}: ${name}`, method: 'POST', url, headers, body, ...expect });
    const bases = target.fixture.payloads.map((payload) => envelopeFor(target, payload, random));

    // Malformed JSON: every text here fails JSON.parse, checked as generated.
    bases.forEach((base, index) => {
      const text = JSON.stringify(base);
      for (const cut of random.sample([...Array(text.length).keys()].slice(1), 25)) {
        contribution('malformed JSON', `payload ${index} cut at ${cut}`, text.slice(0, cut), { status: [400], codes: ['bad_request'] });
      }
      const structural = [...text].flatMap((char, position) => ('{}[]:,"'.includes(char) ? [position] : []));
      for (const position of random.sample(structural, 20)) {
        const deleted = text.slice(0, position) + text.slice(position + 1);
        if (!isJson(deleted)) contribution('malformed JSON', `payload ${index} without the ${text[position]} at ${position}`, deleted, { status: [400], codes: ['bad_request'] });
        const stray = random.pick(['{', '}', '[', ']', ',', ':', '"', "'", '\\', 'x', '\u0000']);
        const inserted = text.slice(0, position) + stray + text.slice(position);
        if (!isJson(inserted)) contribution('malformed JSON', `payload ${index} with ${JSON.stringify(stray)} at ${position}`, inserted, { status: [400], codes: ['bad_request'] });
      }
    });
    for (const snippet of malformedSnippets) {
      const refusal = isJson(snippet.replace(/^\uFEFF/, '')) && !snippet.includes('__proto__') && !snippet.includes('constructor')
        ? { status: [400], codes: ['validation_failed' as const] }
        : { status: [400], codes: ['bad_request' as const] };
      contribution('malformed JSON', `snippet ${JSON.stringify(snippet).slice(0, 40)}`, snippet, refusal);
    }

    // Wrong types and missing fields: every path of every valid payload, replaced or removed.
    bases.forEach((base, index) => {
      for (const path of pathsOf(base)) {
        const variants: Array<[string, string]> = random.sample(replacements, 14).map((value) => [JSON.stringify(value), JSON.stringify(setAt(base, path, value))]);
        variants.push(...random.sample(rawNumbers, 2).map((raw): [string, string] => [raw, rawAt(base, path, raw)]));
        if (path.length > 0) variants.push(['(removed)', JSON.stringify(deleteAt(base, path))]);
        for (const [label, text] of variants) {
          if (acceptable(target, JSON.parse(text))) continue;
          contribution('wrong types and missing fields', `payload ${index} ${formatPath(path)} = ${label.slice(0, 30)}`, text, {
            status: [400],
            codes: ['validation_failed'],
            near: path,
          });
        }
      }
    });

    // Huge values: over the body limit (413, before parsing) or under it (400 from the schemas).
    const base = bases[0]!;
    for (const path of stringPaths(base)) {
      const under = ctx.bodyLimit - JSON.stringify(base).length - 100;
      contribution('huge values', `${formatPath(path)} of ${under} ASCII characters`, JSON.stringify(setAt(base, path, 'x'.repeat(under))), { status: [400], codes: ['validation_failed'], near: path });
      contribution('huge values', `${formatPath(path)} of ${Math.floor(under / 2)} two-byte characters`, JSON.stringify(setAt(base, path, 'é'.repeat(Math.floor(under / 2)))), { status: [400], codes: ['validation_failed'], near: path });
      contribution('huge values', `${formatPath(path)} over the body limit`, JSON.stringify(setAt(base, path, 'x'.repeat(ctx.bodyLimit))), { status: [413], codes: ['payload_too_large'] });
      contribution('huge values', `${formatPath(path)} of three-byte characters over the body limit`, JSON.stringify(setAt(base, path, '€'.repeat(ctx.bodyLimit / 3 + 10))), { status: [413], codes: ['payload_too_large'] });
    }
    for (const path of random.sample(pathsOf(base).slice(1), 6)) {
      contribution('huge values', `${formatPath(path)} as an array of 20,000 items`, rawAt(base, path, `[${Array(20_000).fill('0').join(',')}]`), { status: [400], codes: ['validation_failed'], near: path });
      const keys = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i]));
      contribution('huge values', `${formatPath(path)} as an object of 3,000 fields`, JSON.stringify(setAt(base, path, keys)), { status: [400], codes: ['validation_failed'], near: path });
    }
    contribution('huge values', '1 MB body', JSON.stringify({ ...base, pad: 'x'.repeat(1_000_000) }), { status: [413], codes: ['payload_too_large'] });

    // Deep nesting, at the payload and at random containers: never a stack overflow.
    for (const path of [['payload'], ...random.sample(pathsOf(base).slice(1), 4)]) {
      for (const depth of [20, MAX_JSON_DEPTH - 2, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 200, 2_000, 20_000]) {
        const arrays = '['.repeat(depth) + ']'.repeat(depth);
        contribution('deep nesting', `${formatPath(path)} in ${depth} arrays`, rawAt(base, path, arrays), { status: [400], codes: ['validation_failed'], near: path });
        if (depth <= 10_000) {
          const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
          contribution('deep nesting', `${formatPath(path)} in ${depth} objects`, rawAt(base, path, objects), { status: [400], codes: ['validation_failed'], near: path });
        }
      }
    }

    // Unknown fields in every object, prototype keys included (refused by the parser, others by the schemas).
    bases.forEach((payloadBase, index) => {
      for (const path of objectPaths(payloadBase)) {
        for (const key of random.sample(strangeKeys, 12)) {
          const value = random.pick<Json>([1, 'x', null, {}, []]);
          const text = rawMember(payloadBase, path, `${JSON.stringify(key)}:${JSON.stringify(value)}`);
          if (acceptable(target, JSON.parse(text))) continue;
          contribution('unknown fields', `payload ${index} ${formatPath([...path, key]).slice(0, 60)}`, text, { status: [400], codes: ['validation_failed'], near: [...path, key] });
        }
        contribution('unknown fields', `payload ${index} __proto__ in ${formatPath(path)}`, rawMember(payloadBase, path, '"__proto__":{"admin":true}'), { status: [400], codes: ['bad_request'] });
        contribution('unknown fields', `payload ${index} constructor.prototype in ${formatPath(path)}`, rawMember(payloadBase, path, '"constructor":{"prototype":{"admin":true}}'), { status: [400], codes: ['bad_request'] });
      }
    });

    // Invalid Unicode: text PostgreSQL cannot store, and bytes that are not UTF-8.
    bases.forEach((payloadBase, index) => {
      for (const path of stringPaths(payloadBase)) {
        for (const [label, text] of unstorableTexts) {
          contribution('invalid unicode', `payload ${index} ${formatPath(path)}: ${label}`, JSON.stringify(setAt(payloadBase, path, text)), { status: [400], codes: ['validation_failed'], near: path });
        }
        for (const [label, bytes] of random.sample(invalidUtf8, 4)) {
          contribution('invalid unicode', `payload ${index} ${formatPath(path)}: ${label}`, bytesInString(payloadBase, path, bytes), { status: [400], codes: ['bad_request'] });
        }
      }
      for (const path of objectPaths(payloadBase)) {
        for (const [label, text] of unstorableTexts.slice(0, 3)) {
          contribution('invalid unicode', `payload ${index} field name with ${label} in ${formatPath(path)}`, rawMember(payloadBase, path, `${JSON.stringify(text)}:1`), { status: [400], codes: ['validation_failed'], near: path });
        }
      }
    });

    // Wrong or unavailable initiative: in the URL, in the body, or in a state that takes nothing.
    target.fixture.payloads.forEach((payload, index) => {
      const valid = (initiative: string) => JSON.stringify(envelopeFor(target, payload, random, { initiative }));
      const post = (name: string, id: string, body: string, expect: Pick<AbuseCase, 'status' | 'codes' | 'near'>) =>
        add({ category: 'wrong or unavailable initiative', name: `${target.type}: payload ${index} ${name}`, method: 'POST', url: `/v1/initiatives/${id}/contributions`, headers, body, ...expect });
      for (const slug of malformedSlugs) post(`to malformed id ${slug.slice(0, 30)}`, slug, valid(target.open), { status: [400, 404, 414] });
      for (const slug of missingSlugs) post(`to missing id ${slug}`, slug, valid(slug), { status: [404], codes: ['not_found'] });
      post('to a draft', target.draft, valid(target.draft), { status: [404], codes: ['not_found'] });
      post('to a closed initiative', target.closed, valid(target.closed), { status: [409], codes: ['initiative_closed'] });
      post('before it opens', target.upcoming, valid(target.upcoming), { status: [409], codes: ['initiative_not_open'] });
      post('naming another initiative than the URL', target.open, valid(target.closed), { status: [400], codes: ['validation_failed'], near: ['initiative'] });
      for (const other of targets.filter((t) => t.type !== target.type)) {
        post(`sent to a ${other.type} initiative`, other.open, JSON.stringify(envelopeFor(target, payload, random, { initiative: other.open })), { status: [400, 403], codes: ['validation_failed', 'origin_not_allowed'] });
      }
      for (const channel of ['paper', 'phone']) post(`on the ${channel} channel`, target.open, JSON.stringify(envelopeFor(target, payload, random, { channel })), { status: [400], codes: ['validation_failed'], near: ['channel'] });
    });

    // Wrong origin: refused before the body is looked at, and unreadable by the other site.
    for (const origin of foreignOrigins(target.origin)) {
      target.fixture.payloads.forEach((payload, index) => {
        add({
          category: 'wrong origin', name: `${target.type}: payload ${index} from ${JSON.stringify(origin)}`, method: 'POST', url, headers: { 'content-type': json, origin },
          body: JSON.stringify(envelopeFor(target, payload, random)), status: [403], codes: ['origin_not_allowed'], noCors: true,
        });
      });
      // Other sites are refused before their body is read: whatever they send, the answer is the same 403.
      for (const [label, contentType, body] of [
        ['malformed JSON', json, '{"initiative":'],
        ['text NUL', json, JSON.stringify({ x: '\u0000' })],
        ['a body over the limit', json, JSON.stringify({ x: 'x'.repeat(ctx.bodyLimit) })],
        ['text/plain', 'text/plain', '{}'],
        ['a form', 'application/x-www-form-urlencoded', 'a=1'],
      ] as const) {
        add({ category: 'wrong origin', name: `${target.type}: ${label} from ${JSON.stringify(origin)}`, method: 'POST', url, headers: { 'content-type': contentType, origin }, body, status: [403], codes: ['origin_not_allowed'], noCors: true });
      }
      add({
        category: 'wrong origin', name: `${target.type}: preflight from ${JSON.stringify(origin)}`, method: 'OPTIONS', url,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }, status: [204, 400, 403, 404], noCors: true,
      });
    }

    // Reused idempotency key with another body: 409, and the stored contribution stays as it was.
    const storedBody = (overrides: Record<string, Json>, payload: Json = target.fixture.payloads[0]) =>
      JSON.stringify(envelopeFor(target, payload, random, { idempotencyKey: target.storedKey, participant: target.storedParticipant, language: 'fr', ...overrides }));
    const conflict = { status: [409], codes: ['idempotency_conflict' as const] };
    target.fixture.payloads.slice(1).forEach((payload, index) => contribution('reused idempotency key', `with payload ${index + 1}`, storedBody({}, payload), conflict));
    contribution('reused idempotency key', 'in another language', storedBody({ language: 'en' }), conflict);
    contribution('reused idempotency key', 'from another participant', storedBody({ participant: random.uuid() }), conflict);
    for (const text of injectionCorpus) contribution('reused idempotency key', `with text ${JSON.stringify(text).slice(0, 30)}`, storedBody({}, target.fixture.withText(text)), conflict);
    for (const path of random.sample(pathsOf(target.fixture.payloads[0]).slice(1), 6)) {
      contribution('reused idempotency key', `with payload.${formatPath(path)} broken`, storedBody({}, setAt(target.fixture.payloads[0], path, { broken: true })), { status: [400, 409], codes: ['validation_failed', 'idempotency_conflict'] });
    }
    contribution('reused idempotency key', 'on the paper channel', storedBody({ channel: 'paper' }), { status: [400], codes: ['validation_failed'], near: ['channel'] });
    for (const key of ['', 'x', `${target.storedKey} `, target.storedKey.replace(/-/g, ''), `{${target.storedKey}}`]) {
      contribution('reused idempotency key', `key ${JSON.stringify(key)}`, storedBody({ idempotencyKey: key }), { status: [400], codes: ['validation_failed'], near: ['idempotencyKey'] });
    }
  }

  // Bodies that are not JSON, on every route that takes a body.
  const target = targets[0]!;
  const bodyRoutes = ctx.routes.filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method));
  const concrete = (url: string) =>
    url.replace(':id', target.open).replace(/:[A-Za-z]+Id/g, () => random.uuid()).replace('*', 'x');
  const headersFor = (route: ServedRoute, contentType?: string) => ({
    ...(contentType === undefined ? {} : { 'content-type': contentType }),
    origin: target.origin,
    ...(route.url.startsWith('/v1/staff/') && route.url !== '/v1/staff/sessions' ? { authorization: `Bearer ${ctx.adminToken}` } : {}),
  });
  const mediaTypes: Array<[string | undefined, string | Buffer]> = [
    ['text/plain', JSON.stringify(envelopeFor(target, target.fixture.payloads[0], random))],
    ['text/plain;charset=UTF-8', '{}'],
    ['application/x-www-form-urlencoded', 'initiative=x&type=survey'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
    ['application/xml', '<a/>'],
    ['text/html', '<img src=x onerror=alert(1)>'],
    ['application/jsonx', '{}'],
    ['application/json-patch+json', '[]'],
    ['application/csp-report', '{}'],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    [undefined, '{}'],
  ];
  for (const route of bodyRoutes) {
    // A route of one type is sent to that type's initiative (others answer 404 before reading the body).
    const own = targets.find((candidate) => candidate.type === ctx.typeOf(route.url)) ?? target;
    const url = concrete(route.url).replace(target.open, own.open);
    const send = (name: string, contentType: string | undefined, body: string | Buffer, expect: Pick<AbuseCase, 'status' | 'codes' | 'near'>) =>
      add({ category: 'not JSON', name: `${route.method} ${route.url}: ${name}`, method: route.method as Method, url, headers: headersFor(route, contentType), body, ...expect });
    for (const [contentType, body] of mediaTypes) send(`as ${contentType ?? 'no content type'}`, contentType, body, { status: [415], codes: ['unsupported_media_type'] });
    send('as UTF-16 JSON', 'application/json; charset=utf-16le', Buffer.from('{"a":"b"}', 'utf16le'), { status: [400], codes: ['bad_request'] });
    for (const snippet of random.sample(malformedSnippets.filter((s) => !isJson(s.replace(/^\uFEFF/, ''))), 10)) send(`malformed ${JSON.stringify(snippet).slice(0, 30)}`, json, snippet, { status: [400], codes: ['bad_request'] });
    for (const [label, text] of unstorableTexts) send(`a value with ${label}`, json, JSON.stringify({ label: text }), { status: [400], codes: ['validation_failed'], near: ['label'] });
    for (const [label, bytes] of invalidUtf8) send(label, json, bytesInString({ label: 'x' }, ['label'], bytes), { status: [400], codes: ['bad_request'] });
    for (const depth of [MAX_JSON_DEPTH + 1, 20_000]) send(`${depth} nested arrays`, json, rawAt({ x: 0 }, ['x'], '['.repeat(depth) + ']'.repeat(depth)), { status: [400], codes: ['validation_failed'], near: ['x'] });
    send('over the body limit', json, JSON.stringify({ x: 'x'.repeat(ctx.bodyLimit) }), { status: [413], codes: ['payload_too_large'] });
  }

  // Path parameters and query strings of every public read route (and the other methods on them).
  const readRoutes = ctx.routes.filter((route) => route.method === 'GET' && route.url.startsWith('/v1/initiatives/'));
  for (const route of readRoutes) {
    // Other path parameters (`:contributionId`, `:ideaId`) get an id nobody has.
    const at = (id: string) => route.url.replace(':id', id).replace(/:[A-Za-z]+Id/g, () => random.uuid());
    const read = (name: string, url: string, expect: Pick<AbuseCase, 'status' | 'codes'>, extra: Record<string, string> = {}) =>
      add({ category: 'public reads', name: `${route.url}: ${name}`, method: 'GET', url, headers: { origin: target.origin, ...extra }, ...expect });
    for (const slug of malformedSlugs) read(`malformed id ${slug.slice(0, 30)}`, at(slug), { status: [400, 404, 414] });
    for (const slug of missingSlugs) read(`missing id ${slug}`, at(slug), { status: [404], codes: ['not_found'] });
    for (const t of targets) read(`draft ${t.draft}`, at(t.draft), { status: [404], codes: ['not_found'] });
    const declared = ctx.queryParameters.get(route.url) ?? [];
    const query = declared.filter((parameter) => parameter.in === 'query');
    const headers = declared.filter((parameter) => parameter.in === 'header');
    // What the schema refuses is a 400; what it lets through (free text, a topic id) may be found or not, never a fault.
    const expectFor = (parameter: DeclaredParameter, value: string): Pick<AbuseCase, 'status' | 'codes'> =>
      refusedBy(parameter, value) ? { status: [400], codes: ['validation_failed'] } : { status: [200, 400, 404] };
    if (query.length > 0) {
      for (const t of targets) {
        for (const unknown of ['zzz=1', '__proto__=1', 'constructor[prototype][x]=1', `${query[0]!.name}=1&zzz=2`, `x=${'a'.repeat(4000)}`]) {
          read(`unknown parameter ${unknown.slice(0, 30)}`, `${at(t.open)}?${unknown}`, { status: [400], codes: ['validation_failed'] });
        }
        for (const parameter of query) {
          for (const value of ['', 'abc', '-1', '1.5', '1e3', '0x10', '1'.repeat(19), '%00', '%ZZ', '%ED%A0%80', '%EF%BC%91', `${'9'.repeat(18)}%00`, '[]', '{}']) {
            read(`${parameter.name}=${value}`, `${at(t.open)}?${parameter.name}=${value}`, expectFor(parameter, value));
          }
        }
        // Parameters the route reads from a header (Last-Event-ID).
        for (const parameter of headers) {
          for (const value of ['abc', '-1', '1'.repeat(19), ' ']) read(`${parameter.name} header ${JSON.stringify(value)}`, at(t.open), expectFor(parameter, value.trim() || value), { [parameter.name]: value });
        }
      }
    }
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      add({ category: 'public reads', name: `${method} ${route.url}`, method, url: at(target.open), headers: { origin: target.origin }, status: [404], codes: ['not_found'] });
    }
  }

  // Static files: nothing outside the console and widget folders, whatever the path says.
  for (const prefix of ['/console/', '/widgets/']) {
    for (const path of ['../secret.txt', '..%2fsecret.txt', '%2e%2e/secret.txt', '%2e%2e%2fsecret.txt', '....//secret.txt', '..\\secret.txt', '..%5csecret.txt', '%252e%252e/secret.txt', 'x/../../secret.txt', '/etc/passwd', '%00', 'index.html%00.js', '%ZZ', 'a'.repeat(5000)]) {
      add({ category: 'static files', name: `${prefix}${path.slice(0, 40)}`, method: 'GET', url: `${prefix}${path}`, headers: {}, status: [301, 302, 400, 403, 404] });
    }
  }
  return cases;
}
