import * as z from 'zod/mini';
import { Instant, localizedText, Slug } from './common.js';
import { InitiativeStatus, InitiativeType } from './initiative.js';
import { OfficialResponse } from './public.js';

// "You said, we did": what an organisation reports it did with an initiative's contributions, and
// the figures it publishes as open data. Never personal data: counts, names of themes, its own words.

/** A day, `YYYY-MM-DD`. */
export const Day = z.iso.date();

/** The report as staff write it, in both languages: what was heard, what was decided, what changes and when. */
export const ReportText = z.strictObject({
  heard: localizedText(4000),
  decided: localizedText(4000),
  changes: localizedText(4000),
});
export type ReportText = z.infer<typeof ReportText>;

/** An initiative's feedback settings as staff edit them. */
export const ReportSettings = z.strictObject({
  /** Null while nothing is written. */
  text: z.nullable(ReportText),
  /** Promised in the thank-you message while the initiative is open: "we will publish what we did by …". */
  expectedBy: z.nullable(Day),
  /** The report is public from this day on (null: not published). */
  publishOn: z.nullable(Day),
  /** Themes whose counts the report cites (the initiative's own). */
  themes: z.array(z.uuid()).check(z.maxLength(50)),
  /** Contributions with an official answer the report links to (the initiative's own). */
  answers: z.array(z.uuid()).check(z.maxLength(50)),
  /** Whether the initiative's figures are open data (`/v1/open-data/initiatives/:id/figures.json|csv`). */
  figuresPublished: z.boolean(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

/** A cited theme as the public reads it: its name and how many contributions it gathered. */
export const PublicTheme = z.strictObject({ name: localizedText(80), count: z.int().check(z.minimum(0)) });
export type PublicTheme = z.infer<typeof PublicTheme>;

/** A cited official answer: the contribution as the public may read it (its type's public view), and the answer. */
export const PublicAnswer = z.strictObject({ id: z.uuid(), payload: z.unknown(), response: OfficialResponse });
export type PublicAnswer = z.infer<typeof PublicAnswer>;

/**
 * What a widget reads at `/v1/initiatives/:id/report`: nothing yet, the promise while nothing is
 * published, the report once its day has come. (`none` rather than a 404, so that a closed widget
 * leaves no error in the page's console.)
 */
export const PublicReport = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('none') }),
  z.strictObject({ state: z.literal('expected'), expectedBy: Day }),
  z.strictObject({ state: z.literal('published'), publishedOn: Day, text: ReportText, themes: z.array(PublicTheme), answers: z.array(PublicAnswer) }),
]);
export type PublicReport = z.infer<typeof PublicReport>;

const count = z.int().check(z.minimum(0));

/** An initiative's figures as open data: aggregates only, under an open licence. */
export const OpenFigures = z.strictObject({
  initiative: Slug,
  type: InitiativeType,
  title: localizedText(200),
  organisation: localizedText(200),
  status: InitiativeStatus,
  generatedAt: Instant,
  licence: z.strictObject({ id: z.string(), url: z.url() }),
  total: count,
  byChannel: z.record(z.string(), count),
  byLanguage: z.record(z.string(), count),
  /** Contributions per month (`YYYY-MM`, Québec time). */
  byMonth: z.record(z.string(), count),
  /** Every theme with the number of contributions coded with it (on the whole or on any answer). */
  themes: z.array(PublicTheme),
  /** The type's public results, when the organisation published them; null otherwise. */
  results: z.nullable(z.unknown()),
});
export type OpenFigures = z.infer<typeof OpenFigures>;
