import { demoOrganisation } from '@participe/core/fixtures';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import { ANONYMISED, ContributionQuery, payloadWhereEntries, ReportSettings, SignInRequest, StaffEntryRequest, validate, type Language, type Organisation, type ParticipantArrivals, type StaffContribution, type StaffInitiative, type StaffRole } from '@participe/core/schemas';
import { type SurveyDefinition } from '@participe/survey/manifest';
import { InitiativeSettingsInput, staffFacetOf } from '../src/type-registry.js';
import { can, type Permission } from '../src/permissions.js';
import { accessRequest } from './fake-access-requests.js';
import { analysisRoute, codingFilter, type FakeAnalysis } from './fake-analysis.js';
import { accountRoutes, type AccountRecord } from './fake-accounts.js';
import { json, refuse } from './fake-http.js';

// A stand-in for the collector's staff API, answering like `apps/collector/src/routes/staff/*`:
// same routes (access requests in `fake-access-requests.ts`), same schemas, same refusals (401,
// 403, 404 for another organisation's ids, 400 with issues). Tests install it as `fetch` and read
// what it received.

export const COLLECTOR = 'https://collector.test/';

export interface FakeAccount {
  email: string;
  password: string;
  role: StaffRole;
  organisation: Organisation;
}

export const demoAdmin: FakeAccount = { email: 'admin@ministere-demo.example', password: 'secret-password', role: 'admin', organisation: demoOrganisation };
export const otherOrganisation: Organisation = { id: 'ministere-autre', name: { fr: 'Ministère de l’Autre', en: 'Ministry of the Other' } };

export interface RecordedRequest {
  method: string;
  url: URL;
  authorization: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

const { organisation: _organisation, status: _status, resultsPublished: _published, ...exampleSettings } = pageFeedbackExample;

/** The seeded page-feedback initiative, as the staff API shows it. */
export function exampleInitiative(changes: Partial<StaffInitiative> = {}, organisation = demoOrganisation): StaffInitiative {
  return {
    settings: exampleSettings,
    organisation,
    status: 'open',
    availability: 'open',
    resultsPublished: false,
    contributionCount: 0,
    createdAt: '2026-01-05T14:00:00Z',
    updatedAt: '2026-01-05T14:00:00Z',
    ...changes,
  };
}

let sequence = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A participant's pseudonym as the collector shows it: a SHA-256 in hex (64 characters), here
 * made up from `n` by xorshift, so that each `n` gets its own and tests can name it.
 */
export function pseudonym(n: number): string {
  let state = Math.imul(n + 1, 2654435761) >>> 0;
  let hex = '';
  while (hex.length < 64) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    hex += state.toString(16).padStart(8, '0');
  }
  return hex;
}

/** A contribution of the example initiative; `n` orders them (higher is newer). */
export function contribution(n: number, changes: Partial<StaffContribution> = {}): StaffContribution {
  return {
    id: uuid(1000 + n),
    initiative: pageFeedbackExample.id,
    channel: 'web',
    language: 'fr',
    participant: pseudonym(n),
    payload: { answer: n % 2 ? 'yes' : 'no', comment: `Commentaire numéro ${n}`, page: 'https://www.quebec.ca/sante' },
    moderationState: 'approved',
    receivedAt: new Date(Date.UTC(2026, 1, 1, 12) + n * 3_600_000).toISOString(),
    enteredBy: null,
    ...changes,
  };
}

/** When the fixtures' retention periods ended. */
export const ANONYMISED_AT = '2026-04-01T04:00:00Z';

/**
 * A page-feedback contribution after its retention period, as the collector leaves it: the comment
 * replaced by core's marker, no pseudonym, `anonymisedAt` set. The answer and the page stay.
 */
export function anonymisedContribution(n: number, changes: Partial<StaffContribution> = {}): StaffContribution {
  const base = contribution(n);
  return { ...base, participant: null, anonymisedAt: ANONYMISED_AT, payload: { ...(base.payload as object), comment: ANONYMISED }, ...changes };
}

export interface FakeStaffApiOptions {
  accounts?: FakeAccount[];
  initiatives?: StaffInitiative[];
  contributions?: StaffContribution[];
  /** Signed-in requests whose `METHOD /path` matches get 403, whatever the role (the collector is the guard). */
  forbid?: RegExp;
  /** The results the collector computed, by initiative id; page feedback's are counted from `contributions` otherwise. */
  results?: Record<string, unknown>;
  /** What `GET /v1/staff/dashboard` answers (the collector counts it in SQL; tests give the figures). */
  dashboard?: unknown;
  /** New participants against the usual, by initiative id (none: a quiet initiative). */
  arrivals?: Record<string, ParticipantArrivals>;
  /** Votes of idea-board contributions, by contribution id (none: no votes). */
  ideaVotes?: Record<string, { voters: number; up: number; down: number; average: number | null }>;
  /** A petition's own staff routes: counts by region, the quarantine, the outbox (any initiative id). */
  petition?: {
    regions: { region: string; signatures: number }[];
    pending: number;
    quarantine: { id: string; name: string; postalPrefix: string; emailDomain: string; reasons: string[]; signedAt: string }[];
    outbox: unknown[];
  };
  /** Upvotes of Q&A questions, by contribution id (none: 0). */
  questionVotes?: Record<string, number>;
}

export function fakeStaffApi(options: FakeStaffApiOptions = {}) {
  const accounts = options.accounts ?? [demoAdmin];
  const initiatives = new Map((options.initiatives ?? [exampleInitiative()]).map((initiative) => [initiative.settings.id, structuredClone(initiative)]));
  const contributions = [...(options.contributions ?? [])];
  /** The Q&A question pinned now, by initiative id. */
  const pins = new Map<string, string>();
  const sessions = new Map<string, FakeAccount>();
  const requests: RecordedRequest[] = [];
  const analysis: FakeAnalysis = { themes: new Map() };
  const reports = new Map<string, ReportSettings>();
  /** Each initiative's ceiling on web contributions per minute. */
  const ceilings = new Map<string, number | null>();

  /** Each account with its id and state; the first one's id is the one `enteredBy` names. */
  const records: AccountRecord[] = accounts.map((account, index) => ({ id: uuid(9000 + index), account, createdAt: '2026-01-02T09:00:00Z', disabledAt: null }));
  const recordOf = (account: FakeAccount) => records.find((record) => record.account === account);
  const me = (account: FakeAccount) => ({ actor: { kind: 'account' as const, id: recordOf(account)?.id ?? uuid(9000), email: account.email }, role: account.role, organisation: account.organisation });
  let nextAccount = 9100;
  const lifecycle = accountRoutes(
    records,
    () => uuid(++nextAccount),
    (record, keep) => {
      let ended = 0;
      for (const [token, account] of sessions) {
        if (account === record.account && token !== keep) {
          sessions.delete(token);
          ended++;
        }
      }
      return ended;
    },
  );

  /** Issues a token for `account` directly, as if it had signed in earlier (e.g. before a reload). */
  function sessionFor(account: FakeAccount = accounts[0]!) {
    const token = `pcs_${'t'.repeat(20)}${++sequence}`;
    sessions.set(token, account);
    return { token, expiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(), me: me(account) };
  }

  let unreachable = false;

  async function handle(request: Request): Promise<Response> {
    if (unreachable) throw new TypeError('Failed to fetch');
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    requests.push({ method: request.method, url, authorization: request.headers.get('authorization'), credentials: request.credentials, body });
    const path = url.pathname.replace(/^\//, '');

    if (request.method === 'POST' && path === 'v1/staff/sessions') {
      const checked = validate(SignInRequest, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      const account = records.find((r) => !r.disabledAt && r.account.email === checked.value.email && r.account.password === checked.value.password)?.account;
      if (!account) return refuse(401, 'unauthorized', 'This email and password do not match an account.');
      return json(201, sessionFor(account));
    }

    const token = request.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
    const account = token ? sessions.get(token) : undefined;
    if (!account) return refuse(401, 'unauthorized', 'Sign in first: send Authorization: Bearer <token>.');
    const allowed = (permission: Permission) => can(account.role, permission);
    const forbidden = () => refuse(403, 'forbidden', `The ${account.role} role cannot do this.`);
    if (options.forbid?.test(`${request.method} ${url.pathname}`)) return forbidden();

    if (path === 'v1/staff/me' && request.method === 'GET') return json(200, me(account));
    if (path === 'v1/staff/sessions/current' && request.method === 'DELETE') {
      sessions.delete(token!);
      return new Response(null, { status: 204 });
    }
    const record = recordOf(account);
    const lifecycleAnswer = record && lifecycle(request.method, path, body, record, token!);
    if (lifecycleAnswer) return lifecycleAnswer;
    const own = [...initiatives.values()].filter((initiative) => initiative.organisation.id === account.organisation.id);
    if (path === 'v1/staff/dashboard' && request.method === 'GET') {
      if (!allowed('initiatives:read')) return forbidden();
      return options.dashboard ? json(200, options.dashboard) : refuse(404, 'not_found', 'No dashboard in this fake.');
    }
    const accessRoute = /^v1\/staff\/access-requests\/(search|deletion)$/.exec(path)?.[1] as 'search' | 'deletion' | undefined;
    if (accessRoute && request.method === 'POST') {
      if (!allowed('privacy:respond')) return forbidden();
      return accessRequest(accessRoute, body, own, contributions);
    }
    const withCount = (initiative: StaffInitiative) => ({
      ...initiative,
      contributionCount: contributions.filter((c) => c.initiative === initiative.settings.id).length,
    });

    if (path === 'v1/staff/initiatives') {
      if (request.method === 'GET') return json(200, { items: own.map(withCount) });
      if (!allowed('initiatives:write')) return forbidden();
      const checked = validate(InitiativeSettingsInput, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (initiatives.has(checked.value.id)) return refuse(409, 'validation_failed', 'This id is already taken; choose another.', [{ path: 'id', code: 'taken', message: 'is already taken' }]);
      const now = new Date().toISOString();
      const created: StaffInitiative = { settings: checked.value, organisation: account.organisation, status: 'draft', availability: 'upcoming', resultsPublished: false, contributionCount: 0, createdAt: now, updatedAt: now };
      initiatives.set(checked.value.id, created);
      return json(201, created);
    }

    // What staff do to one contribution (moderation, correction, official response) and to one idea (merge).
    const deep = /^v1\/staff\/initiatives\/([^/]+)\/(contributions|ideas|questions)\/([^/]+)\/(moderation|payload|response|merge|pin)$/.exec(path);
    if (deep) return contributionAction(account, own, deep, request.method, body);

    // Qualitative coding: themes and assignments.
    const coding = /^v1\/staff\/initiatives\/([^/]+)\/((?:themes|coding|contributions\/[^/]+\/themes)(?:\/[^/]+)?)$/.exec(path);
    if (coding) {
      const initiative = own.find((candidate) => candidate.settings.id === decodeURIComponent(coding[1]!));
      if (!initiative) return refuse(404, 'not_found', 'Your organisation has no initiative with this id.');
      if (!allowed(request.method === 'GET' ? 'initiatives:read' : 'contributions:code')) return forbidden();
      const answer = analysisRoute(analysis, initiative, contributions, request.method, coding[2]!, body);
      if (answer) return answer;
    }

    // A petition's signatures and an initiative's outbox, like the petition's routes and the collector's outbox view.
    const petitionRoute = /^v1\/staff\/initiatives\/([^/]+)\/(signatures\/regions|signatures\/quarantine|signatures\/review|outbox)$/.exec(path);
    if (petitionRoute) {
      const initiative = own.find((candidate) => candidate.settings.id === decodeURIComponent(petitionRoute[1]!));
      const petition = options.petition;
      if (!initiative || !petition) return refuse(404, 'not_found', 'Your organisation has no initiative with this id.');
      const route = petitionRoute[2];
      if (route === 'signatures/regions') {
        if (!allowed('contributions:read')) return forbidden();
        const total = petition.regions.reduce((sum, row) => sum + row.signatures, 0);
        return json(200, { regions: petition.regions, total, pending: petition.pending, quarantined: petition.quarantine.length });
      }
      if (!allowed('contributions:moderate')) return forbidden();
      if (route === 'outbox') return json(200, { items: petition.outbox });
      if (route === 'signatures/quarantine') return json(200, { items: petition.quarantine });
      const { ids, decision } = body as { ids: string[]; decision: 'validate' | 'invalidate' };
      const chosen = petition.quarantine.filter((item) => ids.includes(item.id));
      petition.quarantine = petition.quarantine.filter((item) => !ids.includes(item.id));
      if (decision === 'validate') for (const item of chosen) {
        const row = petition.regions.find((candidate) => candidate.region === item.postalPrefix);
        if (row) row.signatures += 1;
        else petition.regions.push({ region: item.postalPrefix, signatures: 1 });
      }
      return json(200, { changed: chosen.length });
    }

    const bulk = /^v1\/staff\/initiatives\/([^/]+)\/contributions\/bulk-rejection$/.exec(path);
    if (bulk && request.method === 'POST') {
      if (!own.some((candidate) => candidate.settings.id === decodeURIComponent(bulk[1]!))) return refuse(404, 'not_found', 'Your organisation has no initiative with this id.');
      if (!allowed('contributions:moderate')) return forbidden();
      const { from, to, reason } = body as { from: string; to: string; reason?: string };
      let rejected = 0;
      contributions.forEach((c, index) => {
        if (c.initiative === decodeURIComponent(bulk[1]!) && c.channel === 'web' && c.moderationState !== 'rejected' && c.receivedAt >= from && c.receivedAt < to) {
          contributions[index] = { ...c, moderationState: 'rejected', ...(reason ? { moderationReason: reason } : {}) };
          rejected++;
        }
      });
      return json(200, { rejected });
    }

    const match = /^v1\/staff\/initiatives\/([^/]+)(?:\/([a-z-]+(?:\/summary)?))?$/.exec(path);
    if (!match) return refuse(404, 'not_found', 'No such route.');
    const initiative = own.find((candidate) => candidate.settings.id === decodeURIComponent(match[1]!));
    // Another organisation's initiative answers exactly like a missing one.
    if (!initiative) return refuse(404, 'not_found', 'Your organisation has no initiative with this id.');
    const sub = match[2];
    const id = initiative.settings.id;

    if (!sub && request.method === 'GET') return json(200, withCount(initiative));
    if (sub === 'guards') {
      if (request.method === 'GET') return json(200, { submissionsPerMinute: ceilings.get(id) ?? null });
      if (!allowed('initiatives:write')) return forbidden();
      const { submissionsPerMinute } = body as { submissionsPerMinute: number | null };
      ceilings.set(id, submissionsPerMinute);
      return json(200, { submissionsPerMinute });
    }
    if (sub === 'arrivals' && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      return json(200, options.arrivals?.[id] ?? { windowMinutes: 10, recentParticipants: 0, usualParticipants: 0, burst: false });
    }
    if (!sub && request.method === 'PUT') {
      if (!allowed('initiatives:write')) return forbidden();
      const checked = validate(InitiativeSettingsInput, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      initiative.settings = checked.value;
      initiative.updatedAt = new Date().toISOString();
      return json(200, withCount(initiative));
    }
    if (sub === 'status' && request.method === 'POST') {
      if (!allowed('initiatives:write')) return forbidden();
      initiative.status = (body as { status: 'open' | 'closed' }).status;
      initiative.availability = initiative.status === 'open' ? 'open' : 'closed';
      return json(200, withCount(initiative));
    }
    if (sub === 'report') {
      // Like the collector: editors write it; a report to publish must be written.
      if (request.method === 'GET') return json(200, reports.get(id) ?? { text: null, expectedBy: null, publishOn: null, themes: [], answers: [], figuresPublished: false });
      if (!allowed('initiatives:write')) return forbidden();
      const checked = validate(ReportSettings, body);
      if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
      if (checked.value.publishOn && !checked.value.text) return refuse(400, 'validation_failed', 'Write the report before choosing the day it is published.', [{ path: 'text', code: 'invalid_type', params: { expected: 'object' }, message: 'is required to publish the report' }]);
      reports.set(id, checked.value);
      return json(200, checked.value);
    }
    if (sub === 'results-publication' && request.method === 'POST') {
      if (!allowed('initiatives:write')) return forbidden();
      initiative.resultsPublished = (body as { published: boolean }).published;
      return json(200, withCount(initiative));
    }
    if (sub === 'contributions' && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      const query = validate(ContributionQuery, Object.fromEntries(url.searchParams));
      if (!query.ok) return refuse(400, 'validation_failed', 'The request query is invalid.', query.issues);
      const { channel, language, moderation, from, to, q, cursor, limit = 50, review, topic, where } = query.value;
      const matching = contributions
        .filter((c) => c.initiative === id)
        .filter((c) => (!channel || c.channel === channel) && (!language || c.language === language) && (!moderation || c.moderationState === moderation))
        .filter((c) => (!review || c.moderationState === 'pending' || c.hiddenAt !== undefined) && (!topic || (c.payload as { topic?: string }).topic === topic) && payloadWhereEntries(where ?? '').every(([field, value]) => !field || (c.payload as Record<string, unknown>)[field] === value))
        .filter((c) => (!from || c.receivedAt >= new Date(from).toISOString()) && (!to || c.receivedAt < new Date(to).toISOString()))
        .filter((c) => !q || JSON.stringify(c.payload).toLowerCase().includes(q.toLowerCase()))
        .filter(codingFilter(url.searchParams))
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      const start = cursor ? Number(cursor.slice(1)) : 0;
      const items = matching.slice(start, start + limit);
      return json(200, { items, nextCursor: start + limit < matching.length ? `c${start + limit}` : null });
    }
    if (sub === 'contributions' && request.method === 'POST') {
      if (!allowed('contributions:enter')) return forbidden();
      const entry = validate(StaffEntryRequest, body);
      if (!entry.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', entry.issues);
      // Like the collector: a closed initiative still takes paper forms, one not open yet takes nothing.
      if (initiative.status === 'draft') return refuse(409, 'initiative_not_open', 'This initiative is not open yet.');
      const schemas = staffFacetOf(initiative.settings.type)!.manifest;
      const definition = validate(schemas.definition, initiative.settings.definition);
      const payload = validate(schemas.payload(definition.ok ? definition.value : {}), entry.value.payload);
      if (!payload.ok) {
        return refuse(400, 'validation_failed', 'The contribution does not fit this initiative.', payload.issues.map((issue) => ({ ...issue, path: `payload.${issue.path}` })));
      }
      const stored = contribution(100 + contributions.length, {
        id: uuid(2000 + contributions.length),
        channel: entry.value.channel,
        language: entry.value.language,
        payload: payload.value,
        enteredBy: uuid(9000),
        receivedAt: new Date().toISOString(),
      });
      contributions.push(stored);
      return json(201, { id: stored.id, receivedAt: stored.receivedAt });
    }
    if (sub === 'ideas' && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      if (initiative.settings.type !== 'idea-board') return refuse(404, 'not_found', 'This initiative has no such route.');
      const votesOf = (c: StaffContribution) => options.ideaVotes?.[c.id] ?? { voters: 0, up: 0, down: 0, average: null };
      const shown = contributions
        .filter((c) => c.initiative === id && c.moderationState === 'approved' && !c.hiddenAt)
        .sort((a, b) => (url.searchParams.get('sort') === 'newest' ? b.receivedAt.localeCompare(a.receivedAt) : votesOf(b).up - votesOf(a).up));
      const items = shown.map((c) => ({ id: c.id, language: c.language, receivedAt: c.receivedAt, byOrganisation: c.channel === 'organisation', editedAt: c.editedAt ?? null, payload: c.payload, response: c.response ?? null, votes: votesOf(c) }));
      return json(200, { items, nextCursor: null, total: items.length });
    }
    if ((sub === 'testimonials' || sub === 'testimonials/summary') && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      if (initiative.settings.type !== 'testimonials') return refuse(404, 'not_found', 'This initiative has no such route.');
      const approved = contributions.filter((c) => c.initiative === id && c.moderationState === 'approved');
      const payloadOf = (c: StaffContribution) => c.payload as { service: string; rating?: number; visibility: string };
      if (sub === 'testimonials/summary') {
        const services = (initiative.settings.definition as { services: Array<{ id: string }> }).services.map(({ id: service }) => {
          const ratings = approved.filter((c) => payloadOf(c).service === service).map((c) => payloadOf(c).rating);
          const rated = ratings.filter((rating): rating is number => rating !== undefined);
          return { service, count: ratings.length, rated: rated.length, average: rated.length ? Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 10) / 10 : null };
        });
        return json(200, { services });
      }
      const items = approved
        .filter((c) => !c.hiddenAt && payloadOf(c).visibility === 'public')
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .map((c) => ({ id: c.id, language: c.language, receivedAt: c.receivedAt, byOrganisation: false, editedAt: c.editedAt ?? null, payload: c.payload, response: c.response ?? null }));
      return json(200, { items, nextCursor: null, total: items.length });
    }
    if (sub === 'questions' && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      if (initiative.settings.type !== 'qa') return refuse(404, 'not_found', 'This initiative has no such route.');
      const votesOf = (c: StaffContribution) => options.questionVotes?.[c.id] ?? 0;
      const shown = contributions
        .filter((c) => c.initiative === id && c.moderationState === 'approved' && !c.hiddenAt && c.response?.status !== 'duplicate')
        .sort((a, b) => votesOf(b) - votesOf(a) || a.receivedAt.localeCompare(b.receivedAt));
      const items = shown.map((c) => ({ id: c.id, language: c.language, receivedAt: c.receivedAt, byOrganisation: c.channel === 'organisation', editedAt: c.editedAt ?? null, payload: c.payload, response: c.response ?? null, votes: votesOf(c), pinned: pins.get(id) === c.id }));
      return json(200, { items, lastEventId: '0' });
    }
    if (sub === 'topics' && request.method === 'GET') {
      if (!allowed('contributions:read')) return forbidden();
      const counts = new Map<string | null, { topic: string | null; total: number; visible: number; review: number }>();
      for (const c of contributions.filter((candidate) => candidate.initiative === id)) {
        const topic = (c.payload as { topic?: string }).topic ?? null;
        const row = counts.get(topic) ?? { topic, total: 0, visible: 0, review: 0 };
        row.total += 1;
        if (c.moderationState !== 'rejected' && !c.hiddenAt) row.visible += 1;
        if (c.moderationState === 'pending' || c.hiddenAt) row.review += 1;
        counts.set(topic, row);
      }
      return json(200, { topics: [...counts.values()] });
    }
    if (sub === 'results' && request.method === 'GET') {
      // Staff see results before they are published, like the public route answers them after.
      if (!allowed('contributions:read')) return forbidden();
      const given = options.results?.[id];
      if (given) return json(200, given);
      if (initiative.settings.type !== 'page-feedback') return refuse(404, 'not_found', 'No results for this initiative.');
      const counted = contributions.filter((c) => c.initiative === id && c.moderationState !== 'rejected');
      const yes = counted.filter((c) => (c.payload as { answer: string }).answer === 'yes').length;
      const reasonIds = ((initiative.settings.definition as { reasons?: Array<{ id: string }> }).reasons ?? []).map((reason) => reason.id);
      const reasons = reasonIds.map((reasonId) => ({ id: reasonId, count: counted.filter((c) => (c.payload as { reason?: string }).reason === reasonId).length }));
      return json(200, { initiative: id, type: 'page-feedback', total: counted.length, answers: { yes, no: counted.length - yes }, reasons });
    }
    if (sub === 'export' && request.method === 'GET') {
      if (!allowed('contributions:export')) return forbidden();
      const format = url.searchParams.get('format') ?? 'csv';
      const rows = contributions.filter((c) => c.initiative === id);
      const disposition = { 'content-disposition': `attachment; filename="${id}-2026-02-01.${format}"` };
      if (format === 'json') return json(200, rows, disposition);
      const csv = initiative.settings.type === 'survey' ? surveyCsv(initiative.settings.definition as SurveyDefinition, rows, url.searchParams.get('lang') === 'en' ? 'en' : 'fr') : pageFeedbackCsv(rows);
      return new Response(`\ufeff${csv}`, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8', ...disposition } });
    }
    return refuse(404, 'not_found', 'No such route.');
  }

  /** Moderation, correction and official response of one contribution; merging one idea into another. */
  function contributionAction(account: FakeAccount, own: StaffInitiative[], [, initiativeId, kind, contributionId, action]: RegExpExecArray, method: string, body: unknown): Response {
    const initiative = own.find((candidate) => candidate.settings.id === decodeURIComponent(initiativeId!));
    if (!initiative) return refuse(404, 'not_found', 'Your organisation has no initiative with this id.');
    if (!can(account.role, 'contributions:moderate')) return refuse(403, 'forbidden', `The ${account.role} role cannot do this.`);
    const index = contributions.findIndex((c) => c.id === contributionId && c.initiative === initiative.settings.id);
    if (index < 0) return refuse(404, 'not_found', 'This initiative has no contribution with this id.');
    const current = contributions[index]!;
    const update = (changes: Partial<StaffContribution>) => (contributions[index] = { ...current, ...changes });
    if (kind === 'contributions' && action === 'moderation' && method === 'POST') {
      const { state, reason } = body as { state: StaffContribution['moderationState']; reason?: string };
      const { hiddenAt: _hidden, reports: _reports, moderationReason: _reason, ...rest } = current;
      contributions[index] = { ...rest, moderationState: state, ...(state === 'rejected' && reason ? { moderationReason: reason } : {}) };
      return new Response(null, { status: 204 });
    }
    if (kind === 'contributions' && action === 'payload' && method === 'PUT') {
      const payload = (body as { payload: Record<string, unknown> }).payload;
      if (typeof payload['title'] === 'string' && !payload['title'].trim()) return refuse(400, 'validation_failed', 'The correction does not fit this initiative.', [{ path: 'payload.title', code: 'too_small', params: { minimum: 1, origin: 'string' }, message: 'must not be empty' }]);
      return json(200, update({ payload, editedAt: new Date().toISOString() }));
    }
    if (kind === 'contributions' && action === 'response' && method === 'PUT') {
      const { status, text, duplicateOf } = body as { status: string; text?: { fr: string; en: string }; duplicateOf?: string };
      return json(200, update({ response: { status, text: text ?? null, duplicateOf: duplicateOf ?? null, respondedAt: new Date().toISOString() } }));
    }
    if (kind === 'contributions' && action === 'response' && method === 'DELETE') {
      const { response: _response, ...rest } = current;
      contributions[index] = rest;
      return new Response(null, { status: 204 });
    }
    if (kind === 'questions' && action === 'pin' && method === 'PUT') {
      const { pinned } = body as { pinned: boolean };
      if (pinned) pins.set(initiative.settings.id, current.id);
      else if (pins.get(initiative.settings.id) === current.id) pins.delete(initiative.settings.id);
      return json(200, { pinned: pins.get(initiative.settings.id) ?? null });
    }
    if ((kind === 'ideas' || kind === 'questions') && action === 'merge' && method === 'POST') {
      const { into, text } = body as { into: string; text?: { fr: string; en: string } };
      update({ response: { status: 'duplicate', text: text ?? null, duplicateOf: into, respondedAt: new Date().toISOString() } });
      return json(200, { kept: into, merged: current.id, moved: 0, dropped: 0 });
    }
    return refuse(404, 'not_found', 'No such route.');
  }

  return {
    requests,
    analysis,
    reports,
    accounts: records,
    ceilings,
    initiatives,
    contributions,
    sessionFor,
    /** The network drops (`true`) or comes back (`false`). */
    setUnreachable: (value: boolean) => void (unreachable = value),
    /** Every session ends, as after 12 hours: the next call answers 401. */
    expireSessions: () => sessions.clear(),
    handle,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init)),
  };
}
export type FakeStaffApi = ReturnType<typeof fakeStaffApi>;

const pageFeedbackCsv = (rows: StaffContribution[]) =>
  ['id,channel,payload.answer', ...rows.map((c) => `${c.id},${c.channel},${(c.payload as { answer: string }).answer}`)].join('\n');

/** Like the collector's survey export: one column per question, headed by its label in `lang`. */
function surveyCsv(definition: SurveyDefinition, rows: StaffContribution[], lang: Language) {
  const questions = definition.pages.flatMap((page) => page.questions).filter((question) => question.type !== 'static');
  const cell = (value: unknown) => `"${(value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)).replace(/"/g, '""')}"`;
  const header = [lang === 'en' ? 'Id' : 'Identifiant', ...questions.map((question) => question.label[lang])].map(cell).join(',');
  return [header, ...rows.map((c) => [c.id, ...questions.map((question) => (c.payload as { answers: Record<string, unknown> }).answers[question.id])].map(cell).join(','))].join('\n');
}

/** Routes this page's `fetch` for the fake collector's address to the fake; returns the restore function. */
export function serveStaffApi(fake: FakeStaffApi): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(COLLECTOR) ? fake.fetch(input, init) : original(input, init);
  };
  return () => (globalThis.fetch = original);
}
