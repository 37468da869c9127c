import * as z from 'zod/mini';
import { Instant, localizedText, queryInteger, Slug } from './common.js';
import { InitiativeStatus, InitiativeType } from './initiative.js';

// The organisation's dashboard: how each initiative is followed — contributions over time, by
// channel and language, what waits for a moderator and for an official answer, and since when.

const count = z.int().check(z.minimum(0));

/** `days`: how many days the series covers, ending today (30 unless told). */
export const DashboardQuery = z.strictObject({ days: z.optional(queryInteger(7, 366)) });
export type DashboardQuery = z.input<typeof DashboardQuery>;

export const InitiativeFigures = z.strictObject({
  id: Slug,
  type: InitiativeType,
  title: localizedText(200),
  status: InitiativeStatus,
  total: count,
  /** Contributions per channel (`web`, `paper`, `phone`, `organisation`); absent channels have none. */
  byChannel: z.record(z.string(), count),
  /** Contributions per language. */
  byLanguage: z.record(z.string(), count),
  /** Contributions per day of the dashboard's period, oldest first, every day present (zeros included). */
  perDay: z.array(z.strictObject({ day: z.iso.date(), count })),
  /** What a moderator must look at: pending, or hidden after reports; since when the oldest waits. */
  moderation: z.strictObject({ waiting: count, hidden: count, oldestSince: z.nullable(Instant) }),
  /**
   * For types that give official answers (their contributions are public): approved contributions
   * still without one, and since when the oldest waits. Null for the other types.
   */
  answers: z.nullable(z.strictObject({ awaiting: count, oldestSince: z.nullable(Instant) })),
});
export type InitiativeFigures = z.infer<typeof InitiativeFigures>;

export const Dashboard = z.strictObject({
  generatedAt: Instant,
  /** The days of `perDay` are counted in this time zone. */
  timeZone: z.string(),
  days: count,
  initiatives: z.array(InitiativeFigures),
});
export type Dashboard = z.infer<typeof Dashboard>;
