// The collector facet's contract: what a type's `src/server/` gives the collector, and the few
// helpers server facets share. Node-side only in spirit, but nothing here imports Node, Lit or the DOM.
import type * as z from 'zod/mini';
import type { AnyInitiativeSettings, InitiativeStatus } from '../schemas/initiative.js';
import type { Language } from '../schemas/common.js';
import type { Permission, StaffContribution, StaffRole } from '../schemas/staff.js';
import type { OfficialResponseRequest, PublicContribution } from '../schemas/public.js';
import type { CodableText } from '../schemas/analysis.js';
import type { AnyManifest } from '../manifest/index.js';

export { contributionFields, exportWords, type ContributionField, type ExportWords } from './export-words.js';
export { isRecord } from './records.js';

/** One row as both drivers return it: column name to value (jsonb parsed, timestamptz as Date). */
export type Row = Record<string, unknown>;

/** Something that runs parameterised SQL: the database itself, or an open transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The collector's storage, implemented for PGlite and for PostgreSQL (`pg`). SQL is written once,
 * in the dialect both accept (PostgreSQL 15 and PGlite's 18).
 */
export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for each NOTIFY on `channel` (from this process or, on PostgreSQL, any other). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** An initiative as a server facet sees it: its definition already checked by the type's schema. */
export interface ServerInitiative<D = unknown> {
  id: string;
  organisationId: string;
  definition: D;
  settings: AnyInitiativeSettings;
  status: InitiativeStatus;
  resultsPublished: boolean;
}

/** What a type's export columns may use: see `ServerFacet.exportColumns`. */
export interface ExportContext<D = unknown> {
  payloadPaths: readonly string[];
  db: Queryable;
  initiative: ServerInitiative<D>;
  beforeEachPage(load: (page: readonly StaffContribution[]) => Promise<void>): void;
}

/** One column of a CSV export: its header, a stable id (to tell equal headers apart), its cell per contribution. */
export interface ExportColumn {
  id: string;
  header: string;
  /** A string, number or boolean; null or undefined leave the cell empty. */
  cell(contribution: StaffContribution): unknown;
}

/**
 * A SQL migration of a type's own tables, applied at start after the collector's own, once, in
 * `when` order (never edit one that shipped: add the next).
 */
export interface TypeMigration {
  /** `0000_ideas`: unique within the type. */
  tag: string;
  /** When it was written (ms since 1970): the order migrations apply in. */
  when: number;
  /** Statements separated by `--> statement-breakpoint` lines. */
  sql: string;
}

/** A refusal a type's route answers with: a 4xx, its machine code and a sentence. */
export class RouteProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a type's route handler gets: the initiative (already found, in the caller's organisation for staff routes) and the checked request. */
export interface RouteInput<D, Params, Query, Body> {
  initiative: ServerInitiative<D>;
  params: Params;
  query: Query;
  body: Body;
  /** The request's time (the collector's clock, which tests set). */
  now: Date;
  /** Language the caller asked for (`Accept-Language`, French by default). */
  language: Language;
  /** The staff member or token calling a staff route; undefined on public routes. */
  actor: { kind: 'account' | 'token'; id: string; role: StaffRole } | undefined;
}

/**
 * What the collector lends the routes of a type whose contributions are public (its manifest's
 * `publicContributions`): the same rules as its generic public routes, for lists of the type's own
 * (an idea board sorted by votes).
 */
export interface PublicContributionsKit {
  /**
   * A SQL condition on the contributions table aliased `alias`: true for those the public may see
   * (approved, or awaiting post-moderation; not hidden by reports). It has no parameters.
   */
  visibleWhere(alias: string): string;
  /** These contributions as the public sees them, in the order given; those not public are left out. */
  load(db: Queryable, ids: readonly string[]): Promise<PublicContribution[]>;
  /**
   * Gives a contribution its official response (null: withdraws it) and tells live viewers, inside
   * `tx`; false when the initiative has no such contribution. The status must be one of the type's.
   */
  respond(tx: Queryable, id: string, response: OfficialResponseRequest | null): Promise<boolean>;
}

/** A message for the collector's outbox: stored in the caller's transaction, sent after it commits. */
export interface OutgoingMail {
  /** What it is, for the console's outbox view and the log (`petition.confirm`). */
  kind: string;
  to: string;
  subject: string;
  /** Plain text. */
  text: string;
  language: Language;
}

/** What the collector lends a route handler. */
export interface RouteKit {
  db: Database;
  /**
   * Queues an email inside `tx` (sent by the collector's sender once the transaction commits, by
   * SMTP when configured, otherwise written to the log and the console's outbox view). Returns its id.
   */
  mail(tx: Queryable, message: OutgoingMail): Promise<string>;
  /**
   * A keyed hash of the caller's network address (never the address itself): the same for the
   * same `secret` in every collector process, so that a type can keep its own limits in the database.
   */
  requesterKey(secret: string): string;
  /**
   * Records a live update for the initiative's viewers inside `tx`: sent (server-sent events, across
   * processes) once the transaction commits, never if it rolls back.
   */
  publish(tx: Queryable, kind: string, data: unknown): Promise<void>;
  /**
   * The id of the initiative's latest live event ('0' for none). Read it before a list: a stream
   * opened with it as `lastEventId` then brings exactly what changed since (event ids follow commit order).
   */
  lastEventId(db: Queryable): Promise<string>;
  /** Records a staff action in the audit log inside `tx` (counts only, never contents). */
  audit(tx: Queryable, action: string, target: { type: string; id: string | null }, details?: Record<string, number>): Promise<void>;
  /** The pseudonym the collector keeps for a browser's anonymous participant id (never the id itself). */
  participantHash(participant: string): string;
  /**
   * Holds an advisory lock named `key` (within the type and initiative) until `tx` ends, so that
   * concurrent requests touching the same thing (a participant's votes) queue instead of racing
   * past a check. Same on PostgreSQL and PGlite.
   */
  lock(tx: Queryable, key: string): Promise<void>;
  /** Public contributions, for types that show them (undefined for the others). */
  contributions: PublicContributionsKit | undefined;
}

/**
 * One HTTP route of a type, mounted by the collector under the initiative's path:
 * public routes at `/v1/initiatives/:initiative/<path>` (CORS and rate limits of the public API),
 * staff routes at `/v1/staff/initiatives/:initiative/<path>` (bearer token, `permission`, own
 * organisation only). Schemas check every request and answer and document them in OpenAPI.
 */
export interface TypeRoute<D = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative, e.g. `ideas/:idea/votes`. */
  path: string;
  /** `public` (widgets), or the permission a staff caller needs. */
  access: 'public' | Permission;
  summary: string;
  schema: {
    params?: z.ZodMiniObject;
    querystring?: z.ZodMiniObject;
    body?: z.ZodMiniType;
    /** The answer's body. */
    response: z.ZodMiniType;
  };
  /** 200 unless told (201 for a creation, 202 for something accepted that completes later). */
  status?: 200 | 201 | 202;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handle(input: RouteInput<D, any, any, any>, kit: RouteKit): Promise<unknown>;
}

type ResultsOf<M extends AnyManifest> = M['results'] extends z.ZodMiniType<infer R, unknown> ? R : never;
type DefinitionOf<M extends AnyManifest> = Parameters<M['limits']>[0];

/** Public results computed in SQL, never by loading every contribution into memory. */
export type ResultsQuery<M extends AnyManifest> = (db: Queryable, initiative: ServerInitiative<DefinitionOf<M>>) => Promise<ResultsOf<M>>;

/** Everything the collector does for one type. Every member is required: `null` says "none" out loud. */
export interface ServerFacet<M extends AnyManifest = AnyManifest> {
  manifest: M;
  /** `null` exactly when the manifest publishes no results. */
  results: M['results'] extends null ? null : ResultsQuery<M>;
  /**
   * Readable export columns, headed in `language`, after the common metadata; `null`: the payload
   * is flattened into `payload.*` columns. Rows stream out a page at a time (constant memory):
   * `context` gives every leaf path the stored payloads hold (`answers.q3`, `comment`…; arrays are
   * leaves, found in SQL first: columns for what the definition no longer names come from it), the
   * database for the type's own tables, and `beforeEachPage` to load what a page's cells need (its
   * vote counts, say) before they are written.
   */
  exportColumns: ((definition: DefinitionOf<M>, language: Language, context: ExportContext<DefinitionOf<M>>) => ExportColumn[] | Promise<ExportColumn[]>) | null;
  /**
   * A participant deletes what they sent (from the widget): delete what the type's own tables keep
   * under their pseudonym too (votes, say), inside `tx`. `null`: the type keeps nothing of its own.
   */
  forgetParticipant: ((tx: Queryable, initiative: ServerInitiative<DefinitionOf<M>>, participantHash: string) => Promise<void>) | null;
  /**
   * The free-text answers analysts may code on their own (a survey's text questions), each named by
   * its payload path (`answers.q3`) and labelled in both languages. `null`: analysts code whole
   * contributions only (they always can).
   */
  codableTexts: ((definition: DefinitionOf<M>) => CodableText[]) | null;
  /**
   * Retention of the type's own tables (signatures, say): anonymise, inside `tx`, what they keep
   * about people of `initiative` — all of it (`all`), or what was received before `receivedBefore`
   * when the initiative never closes; counts must stay as they were. Returns how many rows changed.
   * Run by the collector's retention job for every initiative of the type. `null`: nothing personal
   * outside the contributions.
   */
  anonymiseOwn: ((tx: Queryable, initiative: ServerInitiative<DefinitionOf<M>>, cutoff: RetentionCutoff, now: Date) => Promise<number>) | null;
  migrations: readonly TypeMigration[];
  routes: readonly TypeRoute<DefinitionOf<M>>[];
}

/** Which personal data retention removes: all of an initiative's, or what was received before a date. */
export type RetentionCutoff = { all: true } | { receivedBefore: Date };

/** Declares a type's collector facet (typed against its manifest). */
export const defineServer = <M extends AnyManifest>(facet: ServerFacet<M>): ServerFacet<M> => facet;
