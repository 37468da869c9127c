// The collector facet's contract: what a type's `src/server/` gives the collector, and the few
// helpers server facets share. Node-side only in spirit, but nothing here imports Node, Lit or the DOM.
import type * as z from 'zod/mini';
import type { AnyInitiativeSettings, InitiativeStatus } from '../schemas/initiative.js';
import type { Language } from '../schemas/common.js';
import type { Permission, StaffContribution, StaffRole } from '../schemas/staff.js';
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

/** What the collector lends a route handler. */
export interface RouteKit {
  db: Database;
  /**
   * Records a live update for the initiative's viewers inside `tx`: sent (server-sent events, across
   * processes) once the transaction commits, never if it rolls back.
   */
  publish(tx: Queryable, kind: string, data: unknown): Promise<void>;
  /** Records a staff action in the audit log inside `tx` (counts only, never contents). */
  audit(tx: Queryable, action: string, target: { type: string; id: string | null }, details?: Record<string, number>): Promise<void>;
  /** The pseudonym the collector keeps for a browser's anonymous participant id (never the id itself). */
  participantHash(participant: string): string;
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
  /** 200 unless told (201 for a creation). */
  status?: 200 | 201;
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
   * is flattened into `payload.*` columns. `payloadPaths` lists every leaf the stored payloads hold
   * (`answers.q3`, `comment`…; arrays are leaves), found in SQL before the rows stream out: columns
   * for what the definition no longer names come from it.
   */
  exportColumns: ((definition: DefinitionOf<M>, language: Language, payloadPaths: readonly string[]) => ExportColumn[]) | null;
  migrations: readonly TypeMigration[];
  routes: readonly TypeRoute<DefinitionOf<M>>[];
}

/** Declares a type's collector facet (typed against its manifest). */
export const defineServer = <M extends AnyManifest>(facet: ServerFacet<M>): ServerFacet<M> => facet;
