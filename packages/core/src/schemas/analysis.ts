import * as z from 'zod/mini';
import { namedFormat } from './coded.js';
import { localizedText } from './common.js';

// Qualitative coding: themes an initiative's analysts define, and which contributions (or which
// free-text answer of a contribution) they assigned them to. Coding never changes a payload.

/** `#1f6feb`: an optional colour a theme is shown with, always beside its name (never the only cue). */
export const ThemeColour = z.string().check(namedFormat('colour', /^#[0-9a-f]{6}$/, 'must be a colour such as #1f6feb (lowercase)'));

/**
 * What a theme is coded on: `''` the contribution as a whole, or one free-text answer, named by its
 * payload path (`answers.q3`) as the type's server facet lists them (`codableTexts`).
 */
export const CodingField = z.string().check(namedFormat('coding_field', /^(?:[a-z0-9_-]{1,64}(?:\.[a-z0-9_-]{1,64}){0,3})?$/i, 'must be "" (the whole contribution) or a free-text answer such as answers.q3'));

export const ThemeRequest = z.strictObject({ name: localizedText(80), colour: z.optional(z.nullable(ThemeColour)) });
export type ThemeRequest = z.infer<typeof ThemeRequest>;

export const Theme = z.strictObject({
  id: z.uuid(),
  name: localizedText(80),
  colour: z.nullable(ThemeColour),
  /** Contributions coded with it, per field (`''`: the whole contribution). */
  counts: z.record(z.string(), z.int().check(z.minimum(0))),
});
export type Theme = z.infer<typeof Theme>;

/** A free-text answer analysts may code on its own (a survey's text question). */
export const CodableText = z.strictObject({ id: CodingField, label: localizedText(500) });
export type CodableText = z.infer<typeof CodableText>;

/** An initiative's themes with their counts, what can be coded, and how much is not coded yet. */
export const ThemeOverview = z.strictObject({
  themes: z.array(Theme),
  /** The free-text answers coded on their own, besides the whole contribution (`''`). */
  fields: z.array(CodableText),
  /** Contributions with no theme yet, per field (for a free-text answer: those that answered it). */
  uncoded: z.record(z.string(), z.int().check(z.minimum(0))),
  /** Contributions in all, per field (for a free-text answer: those that answered it). */
  total: z.record(z.string(), z.int().check(z.minimum(0))),
});
export type ThemeOverview = z.infer<typeof ThemeOverview>;

/** One theme given to a contribution, on the whole (`field: ''`) or on one free-text answer. */
export const ThemeAssignment = z.strictObject({ theme: z.uuid(), field: CodingField });
export type ThemeAssignment = z.infer<typeof ThemeAssignment>;

const themeIds = z.array(z.uuid()).check(z.maxLength(100));

/** The themes of one contribution on one field, as a whole set (sending it twice changes nothing). */
export const ContributionCoding = z.strictObject({ field: z._default(CodingField, ''), themes: themeIds });
export type ContributionCoding = z.input<typeof ContributionCoding>;

/** Adds and removes themes on many contributions at once (a filtered list's selection). */
export const BulkCoding = z.strictObject({
  field: z._default(CodingField, ''),
  contributions: z.array(z.uuid()).check(z.minLength(1), z.maxLength(500)),
  add: z._default(themeIds, []),
  remove: z._default(themeIds, []),
});
export type BulkCoding = z.input<typeof BulkCoding>;

export const BulkCodingResult = z.strictObject({ contributions: z.int().check(z.minimum(0)) });
export type BulkCodingResult = z.infer<typeof BulkCodingResult>;
