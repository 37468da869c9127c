import * as z from 'zod/mini';
import { coded, namedFormat } from './coded.js';
import { Instant, localizedText, Origin, Slug } from './common.js';
import { ContextFields } from './context.js';

/**
 * A participation type's name (`page-feedback`, `survey`…): lowercase words joined by hyphens. Core
 * names no type; each type package declares its own (`defineType`), and the collector and console
 * know the types their registries list.
 */
export const InitiativeType = z.string().check(namedFormat('type_name', /^[a-z]+(?:-[a-z]+)*$/, 'must be a type name such as "survey"'));
export type InitiativeType = z.infer<typeof InitiativeType>;

/** `draft`: being prepared, not public. `open`: taking part is possible between its dates. `closed`: read-only. */
export const InitiativeStatus = z.enum(['draft', 'open', 'closed']);
export type InitiativeStatus = z.infer<typeof InitiativeStatus>;

/** `none`: published at once. `pre`: shown once a moderator approves. `post`: shown at once, moderated after. */
export const ModerationMode = z.enum(['none', 'pre', 'post']);
export type ModerationMode = z.infer<typeof ModerationMode>;

/** Where one contribution stands in moderation. */
export const ModerationState = z.enum(['pending', 'approved', 'rejected']);
export type ModerationState = z.infer<typeof ModerationState>;

/** What the citizen reads before giving anything personal: why, who receives it, how long it is kept. */
export const PrivacyNotice = z.strictObject({
  purpose: localizedText(1000),
  recipient: localizedText(300),
  retention: localizedText(300),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

export const Organisation = z.strictObject({ id: Slug, name: localizedText(200) });
export type Organisation = z.infer<typeof Organisation>;

/** Fields that staff set on every initiative, whatever its type. */
const settingsShape = {
  id: Slug,
  title: localizedText(200),
  description: z.optional(localizedText(4000)),
  opensAt: z.optional(z.nullable(Instant)),
  closesAt: z.optional(z.nullable(Instant)),
  moderation: z._default(ModerationMode, 'none'),
  /** Origins of the pages allowed to embed the widget and submit to it. */
  allowedOrigins: z._default(z.array(Origin).check(z.maxLength(50)), []),
  /** Days personal data is kept after the initiative closes (or after receipt when it never closes). */
  retentionDays: z.int().check(z.minimum(1), z.maximum(3650)),
  privacyNotice: PrivacyNotice,
  /** Context the host page may pass with each contribution (hidden fields; `context.ts`). */
  context: z.optional(ContextFields),
};

const datesInOrder = (value: { opensAt?: string | null | undefined; closesAt?: string | null | undefined }) =>
  !value.opensAt || !value.closesAt || Date.parse(value.opensAt) < Date.parse(value.closesAt);
const datesMessage = coded('dates_out_of_order', 'closesAt must come after opensAt', { path: ['closesAt'] });

/** What staff write to create or edit an initiative of one type (`definition` is that type's schema). */
export const initiativeSettings = <const T extends string, D extends z.ZodMiniType>(type: T, definition: D) =>
  z.strictObject({ ...settingsShape, type: z.literal(type), definition }).check(z.refine(datesInOrder, datesMessage));

const servedShape = { organisation: Organisation, status: InitiativeStatus, resultsPublished: z._default(z.boolean(), false) };

/** An initiative as the collector serves it: its settings plus owner and status. */
export const initiativeOf = <const T extends string, D extends z.ZodMiniType>(type: T, definition: D) =>
  z.strictObject({ ...settingsShape, type: z.literal(type), definition, ...servedShape }).check(z.refine(datesInOrder, datesMessage));

/**
 * Any type's settings, with its definition unchecked: what the staff API answers with, for the
 * console to show. Requests are checked against the types' own schemas (`settingsUnion`).
 */
export const AnyInitiativeSettings = z
  .strictObject({ ...settingsShape, type: InitiativeType, definition: z.unknown() })
  .check(z.refine(datesInOrder, datesMessage));

export type AnyInitiativeSettings = z.output<typeof AnyInitiativeSettings>;
/** What staff may write for any type (defaults not yet applied). */
export type AnyInitiativeSettingsInput = z.input<typeof AnyInitiativeSettings>;

const commonInitiative = z.strictObject({ ...settingsShape, ...servedShape });

/** An initiative of type `T` whose definition is a `D`, as the collector serves it. */
export type Initiative<T extends string = string, D = unknown> = z.output<typeof commonInitiative> & { type: T; definition: D };
