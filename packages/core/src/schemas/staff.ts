import * as z from 'zod/mini';
import { Instant, Language, RandomId, Slug, text } from './common.js';
import { Channel } from './contribution.js';
import { InitiativeStatus, Organisation } from './initiative.js';
import { PageFeedbackSettings } from './page-feedback.js';
import { SurveySettings } from './survey.js';

// Requests and answers of the collector's staff API (`/v1/staff/...`), shared with the console.

/** `admin`: everything, tokens and accounts included. `editor`: initiatives. `moderator`: moderation and paper entry. `analyst`: reading and export. */
export const staffRoles = ['admin', 'editor', 'moderator', 'analyst'] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

/**
 * What each role may do, within its own organisation only. The collector enforces it; the console
 * uses it to hide what a role cannot do.
 */
export const rolePermissions = {
  'initiatives:read': ['admin', 'editor', 'moderator', 'analyst'],
  'initiatives:write': ['admin', 'editor'],
  'contributions:read': ['admin', 'moderator', 'analyst'],
  'contributions:enter': ['admin', 'editor', 'moderator'],
  'contributions:moderate': ['admin', 'moderator'],
  'contributions:export': ['admin', 'analyst'],
  'audit:read': ['admin'],
  'tokens:manage': ['admin'],
  'accounts:manage': ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof rolePermissions;

export const can = (role: StaffRole, permission: Permission): boolean => (rolePermissions[permission] as readonly StaffRole[]).includes(role);

export const Email = z.email().check(z.maxLength(254));

export const SignInRequest = z.strictObject({
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Who a bearer token speaks for: a person signed in to the console, or an API token. */
export const StaffActor = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('account'), id: z.uuid(), email: Email }),
  z.strictObject({ kind: z.literal('token'), id: z.uuid(), label: z.string() }),
]);
export type StaffActor = z.infer<typeof StaffActor>;

export const StaffMe = z.strictObject({ actor: StaffActor, role: StaffRole, organisation: Organisation });
export type StaffMe = z.infer<typeof StaffMe>;

/** Sent once at sign-in: the console keeps the token in memory and sends it as `Authorization: Bearer …`. */
export const StaffSession = z.strictObject({ token: z.string(), expiresAt: Instant, me: StaffMe });
export type StaffSession = z.infer<typeof StaffSession>;

/**
 * What staff write to create or replace an initiative: one settings schema per type, chosen by
 * `type`. Add each new type's settings here when its widget arrives (the collector checks that
 * this list matches `typeSchemas`).
 */
export const InitiativeSettingsInput = z.discriminatedUnion('type', [PageFeedbackSettings, SurveySettings]);
export type InitiativeSettingsInput = z.input<typeof InitiativeSettingsInput>;
export type InitiativeSettings = z.output<typeof InitiativeSettingsInput>;

export const StaffInitiative = z.strictObject({
  settings: InitiativeSettingsInput,
  organisation: Organisation,
  status: InitiativeStatus,
  /** Where it stands for citizens now, from status and dates. */
  availability: z.enum(['upcoming', 'open', 'closed']),
  resultsPublished: z.boolean(),
  contributionCount: z.int().check(z.minimum(0)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type StaffInitiative = z.infer<typeof StaffInitiative>;

export const StaffInitiativeList = z.strictObject({ items: z.array(StaffInitiative) });
export type StaffInitiativeList = z.infer<typeof StaffInitiativeList>;

/** Staff open or close an initiative; a new one starts as a draft. */
export const StatusChange = z.strictObject({ status: z.enum(['open', 'closed']) });
export type StatusChange = z.infer<typeof StatusChange>;

export const ResultsPublication = z.strictObject({ published: z.boolean() });
export type ResultsPublication = z.infer<typeof ResultsPublication>;

export const ModerationState = z.enum(['pending', 'approved', 'rejected']);
export type ModerationState = z.infer<typeof ModerationState>;

export const ModerationDecision = z.strictObject({ state: ModerationState });
export type ModerationDecision = z.infer<typeof ModerationDecision>;

export const StaffContribution = z.strictObject({
  id: z.uuid(),
  initiative: Slug,
  channel: Channel,
  language: Language,
  participant: z.uuid(),
  payload: z.unknown(),
  moderationState: ModerationState,
  receivedAt: Instant,
  /** The staff account or API token that keyed in a paper or phone contribution. */
  enteredBy: z.nullable(z.uuid()),
});
export type StaffContribution = z.infer<typeof StaffContribution>;

/** Query-string numbers arrive as text. */
const pageSize = z.pipe(
  z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200')),
  z.transform(Number),
);

/** Opaque position in a list, returned as `nextCursor` and sent back to get the next page. */
export const Cursor = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a cursor returned by a previous page'));

export const ContributionQuery = z.strictObject({
  channel: z.optional(Channel),
  language: z.optional(Language),
  moderation: z.optional(ModerationState),
  /** Received at or after this instant. */
  from: z.optional(Instant),
  /** Received before this instant. */
  to: z.optional(Instant),
  /** Text searched anywhere in the payload, case-insensitively. */
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  cursor: z.optional(Cursor),
  limit: z.optional(pageSize),
});
export type ContributionQuery = z.input<typeof ContributionQuery>;

export const ContributionPage = z.strictObject({ items: z.array(StaffContribution), nextCursor: z.nullable(Cursor) });
export type ContributionPage = z.infer<typeof ContributionPage>;

/** `lang`: the language of readable headers and cells, where the type's export has them. */
export const ExportQuery = z.strictObject({ format: z._default(z.enum(['csv', 'json']), 'csv'), lang: z._default(Language, 'fr') });
export type ExportQuery = z.input<typeof ExportQuery>;

/** A contribution received on paper or by phone, keyed in by staff and checked like a web one. */
export const StaffEntryRequest = z.strictObject({
  channel: z.enum(['paper', 'phone']),
  language: Language,
  payload: z.unknown(),
  /** Generated by the console per form, so that a double click stores one row. */
  idempotencyKey: RandomId,
});
export type StaffEntryRequest = z.infer<typeof StaffEntryRequest>;

export const AuditEntry = z.strictObject({
  id: z.string(),
  actor: z.strictObject({ kind: z.enum(['account', 'token']), id: z.uuid() }),
  action: z.string(),
  target: z.strictObject({ type: z.string(), id: z.nullable(z.string()) }),
  at: Instant,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({ cursor: z.optional(Cursor), limit: z.optional(pageSize) });
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = z.strictObject({ items: z.array(AuditEntry), nextCursor: z.nullable(Cursor) });
export type AuditPage = z.infer<typeof AuditPage>;

export const ApiTokenSummary = z.strictObject({
  id: z.uuid(),
  label: z.string(),
  role: StaffRole,
  createdAt: Instant,
  lastUsedAt: z.nullable(Instant),
  revokedAt: z.nullable(Instant),
});
export type ApiTokenSummary = z.infer<typeof ApiTokenSummary>;

export const ApiTokenList = z.strictObject({ items: z.array(ApiTokenSummary) });
export const CreateApiTokenRequest = z.strictObject({ label: text(100), role: StaffRole });
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

/** The token itself is shown once, at creation; the collector keeps only its hash. */
export const CreatedApiToken = z.strictObject({ token: z.string(), summary: ApiTokenSummary });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const StaffAccountSummary = z.strictObject({ id: z.uuid(), email: Email, role: StaffRole, createdAt: Instant });
export type StaffAccountSummary = z.infer<typeof StaffAccountSummary>;

export const StaffAccountList = z.strictObject({ items: z.array(StaffAccountSummary) });
export const CreateStaffAccountRequest = z.strictObject({
  email: Email,
  password: z.string().check(z.minLength(12, 'must be at least 12 characters'), z.maxLength(200)),
  role: StaffRole,
});
export type CreateStaffAccountRequest = z.infer<typeof CreateStaffAccountRequest>;
