// The contract every participation type signs: `defineType({...})` in `packages/<type>/src/manifest.ts`.
// Pure (zod/mini and functions): imported by the citizen's browser, the collector and the console.
import * as z from 'zod/mini';
import { initiativeOf, initiativeSettings, type Initiative } from '../schemas/initiative.js';

/** Who may contribute how often, read from an initiative's own definition. */
export interface ParticipationLimits {
  /** One web contribution per anonymous participant; staff entries are never limited. */
  onePerParticipant: boolean;
  /** Web contributions stop once this many (not rejected, any channel) are stored. */
  responseCap: number | undefined;
  /** Most web contributions one anonymous participant may send (questions at an event); undefined: no limit. */
  perParticipant: number | undefined;
}

/** Anyone may contribute as often as they like. */
export const noLimits = (): ParticipationLimits => ({ onePerParticipant: false, responseCap: undefined, perParticipant: undefined });

/** What retention tells a type about the contribution it anonymises. */
export interface AnonymiseContext {
  /** The public may see it now (published, not hidden, and the author chose a public visibility). */
  published: boolean;
}

/**
 * Where a type keeps personal information in its payloads: what retention removes, where an access
 * request looks for an email address. Pure, so that every runtime reads the same map.
 */
export interface PersonalDataMap<D> {
  /**
   * The payload with each personal field's value replaced by `ANONYMISED` (so that published
   * results, which count answers, stay as they were), everything else untouched. `context.published`:
   * the public may see it now (a type showing contributions may keep its moderated public text).
   */
  anonymise(definition: D, payload: unknown, context?: AnonymiseContext): unknown;
  /** Paths in the payload of fields holding an email address (`['answers', 'courriel']`). */
  emailPaths(definition: D): string[][];
  /**
   * Paths in the payload of free-text fields that must hold no personal details (`[['comment']]`):
   * the collector masks the obvious ones (emails, phone, health-card and social-insurance numbers,
   * core's `findPersonalDetails`) before storing, whatever the channel, and the widget warns the
   * citizen as they type. `[]`: none (fields meant to hold personal information, or moderated).
   */
  maskedTextPaths(definition: D): string[][];
}

/**
 * Example data the cross-cutting suites (faults, bad input, injection, privacy), the stories and the
 * demo seed share: a type joins every suite by giving these, not by copying a test.
 */
export interface TypeFixtures<T extends string, D, P> {
  /** An open example initiative, as the collector serves it. */
  initiative: Initiative<T, D>;
  /** Other examples the demo seeds too (another mode of the type, say); the suites use `initiative`. */
  moreInitiatives?: readonly Initiative<T, D>[];
  /** Valid payloads for it, varied (the suites cycle through them). */
  payloads: readonly P[];
  /** A valid payload carrying `text` in every field a citizen writes freely. */
  withText(text: string): P;
  /** Fields holding personal information in `payloads`, as paths (`answers.courriel`). */
  personalFields: readonly string[];
}

/**
 * How a type shows its contributions to the public (an idea board, a testimonial wall, a live Q&A).
 * The collector then lists them (only those approved, or awaiting post-moderation, and not hidden
 * by reports), takes reports, official responses, corrections and posts of the organisation, and
 * tells live viewers of every change (see `apps/collector/README.md`, "Public contributions").
 */
export interface PublicContributionSpec<D, P> {
  /**
   * What anyone may read of one payload: never fields the public should not see (an email, a
   * "ministry only" text). A payload may carry `topic` (a thread, see core's `Topic`): lists filter on it.
   */
  publicPayload(definition: D, payload: P): unknown;
  /** How many reports (one per participant) hide a contribution until a moderator reviews it. */
  reportThreshold(definition: D): number;
  /** The statuses of the organisation's official responses (`accepted`, `done`…), in the order staff pick them. */
  responseStatuses: readonly string[];
  /**
   * Only payloads whose top-level `field` holds `equals` are ever public (the author chose it: a
   * testimonial "ministry only" never is, even approved); null: every approved one may be.
   * Lowercase words only: the collector writes both into its SQL.
   */
  publicWhen: { field: string; equals: string } | null;
}

/** A results schema, or `null` for a type that publishes none. */
export type ResultsSchema = z.ZodMiniType<unknown, unknown> | null;

export interface TypeSpec<T extends string, D, P, RS extends ResultsSchema> {
  /** The type's name: its package, its element (`participe-<type>`) and its initiatives' `type`. */
  type: T;
  /** What staff define (validated in the editor, by the collector and by the widget). */
  definition: z.ZodMiniType<D, unknown>;
  /** What one citizen sends, checked against the initiative's own definition. */
  payload(definition: D): z.ZodMiniType<P, unknown>;
  /** What the collector publishes; `null`: this type publishes no results. */
  results: RS;
  limits(definition: D): ParticipationLimits;
  personalData: PersonalDataMap<D>;
  /** `null`: this type's contributions are never shown to the public. */
  publicContributions: PublicContributionSpec<D, P> | null;
  fixtures: TypeFixtures<T, NoInfer<D>, NoInfer<P>>;
  /** CSS height the loader keeps for the element until its code arrives (no layout shift). */
  reservedHeight: string;
}

/** A participation type, as every runtime sees it: the spec plus the schemas derived from it. */
export interface TypeManifest<T extends string = string, D = unknown, P = unknown, RS extends ResultsSchema = ResultsSchema> extends TypeSpec<T, D, P, RS> {
  /** `participe-<type>`. */
  tag: `participe-${T}`;
  /** What staff write to create or edit an initiative of this type. */
  settings: z.ZodMiniType<InitiativeSettingsOf<T, D>, unknown>;
  /** An initiative of this type as the collector serves it to widgets. */
  initiative: z.ZodMiniType<Initiative<T, D>, unknown>;
}

/** The settings staff write for an initiative of type `T` (everything but owner, status and publication). */
export type InitiativeSettingsOf<T extends string, D> = Omit<Initiative<T, D>, 'organisation' | 'status' | 'resultsPublished'>;

/** Any type's manifest, where the type does not matter (registries, suites). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyManifest = TypeManifest<string, any, any, ResultsSchema>;

/** Declares a participation type; the settings and initiative schemas follow from its definition. */
export function defineType<const T extends string, D, P, RS extends ResultsSchema>(spec: TypeSpec<T, D, P, RS>): TypeManifest<T, D, P, RS> {
  type Manifest = TypeManifest<T, D, P, RS>;
  return {
    ...spec,
    tag: `participe-${spec.type}`,
    settings: initiativeSettings(spec.type, spec.definition as z.ZodMiniType) as unknown as Manifest['settings'],
    initiative: initiativeOf(spec.type, spec.definition as z.ZodMiniType) as unknown as Manifest['initiative'],
  };
}

/** The settings of any type in `manifests`, chosen by `type`: what the staff API takes. */
export function settingsUnion<const M extends readonly AnyManifest[]>(manifests: M) {
  return z.discriminatedUnion(
    'type',
    manifests.map((manifest) => manifest.settings) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
  ) as unknown as z.ZodMiniType<InitiativeSettingsOf<M[number]['type'], unknown>, unknown>;
}

/** The manifest of `type` among `manifests`, if this runtime knows it. */
export const manifestOf = <M extends AnyManifest>(manifests: readonly M[], type: string): M | undefined =>
  manifests.find((manifest) => manifest.type === type);
