// Obvious personal details in free text, found by pattern so that a moderator sees them flagged
// before publishing (a testimonial, an idea, a question). Pure, no zod: the widget may warn with it
// too. Names, dates and file numbers are left to the moderator: no pattern finds them reliably.

/** What kind of detail a flag points at. */
export const personalDetailKinds = ['email', 'phone', 'health-card', 'social-insurance'] as const;
export type PersonalDetailKind = (typeof personalDetailKinds)[number];

/** One detail found: its kind and where it sits in the text (`start` inclusive, `end` exclusive). */
export interface PersonalDetail {
  kind: PersonalDetailKind;
  start: number;
  end: number;
}

const patterns: ReadonlyArray<[PersonalDetailKind, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu],
  // Québec health card (RAMQ): four letters, then eight digits, spaces allowed between groups.
  ['health-card', /\b[A-Z]{4}[ -]?\d{4}[ -]?\d{4}\b/giu],
  // Social insurance number: nine digits, as 3-3-3 with spaces, hyphens or nothing.
  ['social-insurance', /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])/gu],
  // North American phone number, with or without +1, brackets, dots, hyphens or spaces.
  ['phone', /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}(?![\d-])/gu],
];

/**
 * The obvious personal details in `text`, in reading order, never overlapping (an earlier kind in
 * the list wins a span: a SIN is not also a phone number).
 */
export function findPersonalDetails(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  for (const [kind, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((other) => start < other.end && other.start < end)) found.push({ kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The kinds of detail found in these texts, each once, in the order of `personalDetailKinds`. */
export function personalDetailKindsIn(texts: ReadonlyArray<string | undefined>): PersonalDetailKind[] {
  const kinds = new Set(texts.flatMap((text) => (text ? findPersonalDetails(text).map((detail) => detail.kind) : [])));
  return personalDetailKinds.filter((kind) => kinds.has(kind));
}
