import * as z from 'zod/mini';
import { namedFormat } from './coded.js';
import { Cursor, Instant, Language, localizedText, queryInteger, RandomId, Slug, text } from './common.js';
import { Channel } from './contribution.js';
import { AnyInitiativeSettings, InitiativeStatus, InitiativeType, ModerationState, Organisation } from './initiative.js';
import { ModerationReason, OfficialResponse, ReportReason, Topic } from './public.js';
import { CodingField, ThemeAssignment } from './analysis.js';

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
  /** Define an initiative's themes and code contributions with them (qualitative analysis). */
  'contributions:code': ['admin', 'analyst'],
  'audit:read': ['admin'],
  'tokens:manage': ['admin'],
  'accounts:manage': ['admin'],
  /** Answer a person's access or deletion request (personal data of every initiative). */
  'privacy:respond': ['admin'],
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

export const StaffInitiative = z.strictObject({
  /** As the type's settings schema checked them when written. */
  settings: AnyInitiativeSettings,
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

/**
 * Approve or reject a contribution. `reason` (rejections only) is written for its author, who reads it
 * in the widget. Approving a contribution hidden after reports shows it again and closes the reports.
 */
export const ModerationDecision = z.strictObject({ state: ModerationState, reason: z.optional(ModerationReason) });
export type ModerationDecision = z.infer<typeof ModerationDecision>;

export const StaffContribution = z.strictObject({
  id: z.uuid(),
  initiative: Slug,
  channel: Channel,
  language: Language,
  /**
   * A pseudonym of the anonymous participant: the collector keeps only a SHA-256 hash of the id
   * the browser holds (per initiative), never the id itself. Null once anonymised.
   */
  participant: z.nullable(z.string().check(z.maxLength(128))),
  payload: z.unknown(),
  moderationState: ModerationState,
  receivedAt: Instant,
  /** The staff account or API token that keyed in a paper or phone contribution. */
  enteredBy: z.nullable(z.uuid()),
  /** Context from the host page (hidden fields the initiative declares), when any was sent. */
  context: z.optional(z.record(z.string(), z.string())),
  /** When its retention period ended and its personal fields were anonymised (absent before). */
  anonymisedAt: z.optional(Instant),
  /** Why it was rejected, as its author reads it (rejected contributions of types that show them). */
  moderationReason: z.optional(z.string()),
  /** Reports not yet reviewed by a moderator, by reason (types that show contributions publicly). */
  reports: z.optional(z.partialRecord(ReportReason, z.int().check(z.minimum(1)))),
  /** When enough reports hid it from the public, pending a moderator's review. */
  hiddenAt: z.optional(Instant),
  /** When staff last corrected it. */
  editedAt: z.optional(Instant),
  /** The organisation's official response, once given. */
  response: z.optional(OfficialResponse),
  /** The themes analysts coded it with (absent while it has none). */
  themes: z.optional(z.array(ThemeAssignment)),
});
export type StaffContribution = z.infer<typeof StaffContribution>;

const pageSize = queryInteger(1, 200);

const fieldEquals = '[a-zA-Z][a-zA-Z0-9]{0,39}:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?';
/** Up to four `field:value` pairs: a type's own choices to filter staff lists by (a testimonial's service). */
export const PayloadWhere = z.string().check(
  namedFormat('payload_where', new RegExp(`^${fieldEquals}(?:,${fieldEquals}){0,3}$`), 'must be up to four field:value pairs joined by commas, e.g. "service:permis"'),
);

/** `service:permis,visibility:public` → `[['service', 'permis'], ['visibility', 'public']]`. */
export const payloadWhereEntries = (where: string): Array<[string, string]> => where.split(',').map((pair) => pair.split(':') as [string, string]);

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
  /** `needed`: what a moderator must look at — pending, or hidden after reports. */
  review: z.optional(z.literal('needed')),
  /** One thread of an initiative that has several (`payload.topic`). */
  topic: z.optional(Topic),
  /** Coded with this theme (on `field`). */
  theme: z.optional(z.uuid()),
  /** `true`: not coded with any theme yet (on `field`; for a free-text answer, among those that answered it). */
  uncoded: z.optional(z.literal('true')),
  /** What `theme` and `uncoded` look at: the whole contribution (`''`, the default) or one free-text answer. */
  field: z.optional(CodingField),
  /** Top-level payload fields holding ids, as `field:value` pairs joined by commas (`service:permis,visibility:public`). */
  where: z.optional(PayloadWhere),
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
  /** `organisation`: a post of the organisation itself on a public wall (types that show contributions). */
  channel: z.enum(['paper', 'phone', 'organisation']),
  language: Language,
  payload: z.unknown(),
  /** Generated by the console per form, so that a double click stores one row. */
  idempotencyKey: RandomId,
});
export type StaffEntryRequest = z.infer<typeof StaffEntryRequest>;

/**
 * Who acted: a staff account or API token (with its id), a participant exercising their rights
 * from a widget, or the collector itself (retention). Participants and the system have no id: the
 * audit log never identifies a citizen.
 */
export const AuditActorKind = z.enum(['account', 'token', 'participant', 'system']);
export type AuditActorKind = z.infer<typeof AuditActorKind>;

export const AuditEntry = z.strictObject({
  id: z.string(),
  actor: z.strictObject({ kind: AuditActorKind, id: z.nullable(z.uuid()) }),
  action: z.string(),
  target: z.strictObject({ type: z.string(), id: z.nullable(z.string()) }),
  /** Counts only (e.g. `{ contributions: 3 }`): never contents or personal data. */
  details: z.optional(z.record(z.string(), z.int())),
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
  /** When the token stops working on its own; null: until revoked. */
  expiresAt: z.nullable(Instant),
});
export type ApiTokenSummary = z.infer<typeof ApiTokenSummary>;

export const ApiTokenList = z.strictObject({ items: z.array(ApiTokenSummary) });
/** `expiresInDays`: the token stops working after this many days (at most two years); absent: until revoked. */
export const CreateApiTokenRequest = z.strictObject({
  label: text(100),
  role: StaffRole,
  expiresInDays: z.optional(z.int().check(z.minimum(1), z.maximum(730))),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

/** The token itself is shown once, at creation; the collector keeps only its hash. */
export const CreatedApiToken = z.strictObject({ token: z.string(), summary: ApiTokenSummary });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

/** `disabledAt`: a disabled account cannot sign in and has no sessions; null while active. */
export const StaffAccountSummary = z.strictObject({
  id: z.uuid(),
  email: Email,
  role: StaffRole,
  createdAt: Instant,
  disabledAt: z.nullable(Instant),
});
export type StaffAccountSummary = z.infer<typeof StaffAccountSummary>;

export const StaffAccountList = z.strictObject({ items: z.array(StaffAccountSummary) });

/** A new password: 12 characters at least; the collector also refuses guessable ones (`weak_password`). */
export const NewPassword = z.string().check(z.minLength(12, 'must be at least 12 characters'), z.maxLength(200));

export const CreateStaffAccountRequest = z.strictObject({ email: Email, password: NewPassword, role: StaffRole });
export type CreateStaffAccountRequest = z.infer<typeof CreateStaffAccountRequest>;

/** What an admin changes on another account of the organisation: its role, or whether it may sign in. */
export const UpdateStaffAccountRequest = z
  .strictObject({ role: z.optional(StaffRole), disabled: z.optional(z.boolean()) })
  .check(z.refine((body) => body.role !== undefined || body.disabled !== undefined, 'give role, disabled or both'));
export type UpdateStaffAccountRequest = z.infer<typeof UpdateStaffAccountRequest>;

/** An admin resetting another person's password: every session of that account ends. */
export const ResetPasswordRequest = z.strictObject({ password: NewPassword });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

/** A person changing their own password: the current one first; their other sessions end. */
export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(200)),
  newPassword: NewPassword,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** An initiative's controls against stuffing: a ceiling on web contributions per minute (null: none). */
export const ParticipationGuards = z.strictObject({ submissionsPerMinute: z.nullable(z.int().check(z.minimum(1), z.maximum(100_000))) });
export type ParticipationGuards = z.infer<typeof ParticipationGuards>;

/** The web contributions received in `[from, to)` to reject at once; `reason` is what their authors read. */
export const BulkRejection = z.strictObject({ from: Instant, to: Instant, reason: z.optional(ModerationReason) });
export type BulkRejection = z.infer<typeof BulkRejection>;
export const BulkRejected = z.strictObject({ rejected: z.int() });

/**
 * New web participants over the last `windowMinutes`, against how many usually arrive in as long
 * (the day before); `burst` when far more than usual arrive at once.
 */
export const ParticipantArrivals = z.strictObject({
  windowMinutes: z.int(),
  recentParticipants: z.int(),
  usualParticipants: z.number(),
  burst: z.boolean(),
});
export type ParticipantArrivals = z.infer<typeof ParticipantArrivals>;

/** How many sessions an action ended. */
export const SessionsEnded = z.strictObject({ sessionsEnded: z.int() });
export type SessionsEnded = z.infer<typeof SessionsEnded>;

/**
 * An email address as a person gives it in an access request. Compared trimmed and lowercased
 * with the email answers kept (which the widgets checked more loosely than `Email`).
 */
export const AccessRequestEmail = z.string().check(
  z.trim(),
  z.maxLength(254),
  namedFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address'),
);

/** Which of my organisation's contributions hold this address in a personal email field. */
export const AccessRequestSearch = z.strictObject({ email: AccessRequestEmail });
export type AccessRequestSearch = z.infer<typeof AccessRequestSearch>;

/** The contributions found, oldest first, with the initiatives they belong to. */
export const AccessRequestResult = z.strictObject({
  items: z.array(StaffContribution),
  initiatives: z.array(z.strictObject({ id: Slug, type: InitiativeType, title: localizedText(200) })),
});
export type AccessRequestResult = z.infer<typeof AccessRequestResult>;

/**
 * Deletes the contributions holding this address (hard delete). `contributions` narrows it to
 * some of them, as listed by the search; ids that do not hold the address are left alone.
 */
export const AccessRequestDeletion = z.strictObject({
  email: AccessRequestEmail,
  contributions: z.optional(z.array(z.uuid()).check(z.minLength(1), z.maxLength(1000))),
});
export type AccessRequestDeletion = z.infer<typeof AccessRequestDeletion>;

export const AccessRequestDeleted = z.strictObject({ deleted: z.int().check(z.minimum(0)) });
export type AccessRequestDeleted = z.infer<typeof AccessRequestDeleted>;

/** One message of the collector's outbox, as the console's outbox view shows it (moderators and admins only: it holds an address). */
export const OutboxEntry = z.strictObject({
  id: z.uuid(),
  kind: z.string(),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  language: Language,
  createdAt: Instant,
  /** When it left (null: not yet, or given up). */
  sentAt: z.nullable(Instant),
  /** `smtp`, or `log` when no SMTP server is configured. */
  transport: z.nullable(z.string()),
  /** Given up after its last attempt. */
  failedAt: z.nullable(Instant),
  attempts: z.int().check(z.minimum(0)),
  lastError: z.nullable(z.string()),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OutboxQuery = z.strictObject({ limit: z.optional(queryInteger(1, 200)) });
export const OutboxPage = z.strictObject({ items: z.array(OutboxEntry) });
export type OutboxPage = z.infer<typeof OutboxPage>;
