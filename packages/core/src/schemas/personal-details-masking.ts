// Masking obvious personal details (core's `findPersonalDetails`) in the free-text fields a type
// declares must hold none (`PersonalDataMap.maskedTextPaths`): the collector stores the text
// masked, the widget warns the citizen as they type. Pure, no zod: every runtime shares it.
import type { Language } from './common.js';
import { findPersonalDetails, type PersonalDetailKind } from './personal-details.js';

/** What replaces a masked detail in stored text: its kind in brackets, like `ANONYMISED`. */
export const maskedDetail = (kind: PersonalDetailKind): string => `[${kind}]`;

/** `text` with each obvious personal detail replaced by `maskedDetail(kind)`; the rest untouched. */
export function maskPersonalDetails(text: string): string {
  let masked = '';
  let from = 0;
  for (const detail of findPersonalDetails(text)) {
    masked += text.slice(from, detail.start) + maskedDetail(detail.kind);
    from = detail.end;
  }
  return masked + text.slice(from);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `payload` with the text at each of `paths` (`[['comment']]`, `[['answers', 'q3']]`) masked. A
 * path that leads nowhere or to something other than a string is left alone; `payload` itself is
 * never changed (a copy is returned along the masked paths).
 */
export function maskPayloadDetails(payload: unknown, paths: readonly (readonly string[])[]): unknown {
  return paths.reduce<unknown>((current, path) => maskAt(current, path), payload);
}

function maskAt(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return typeof value === 'string' ? maskPersonalDetails(value) : value;
  if (!isRecord(value) || !Object.hasOwn(value, path[0]!)) return value;
  const [key, ...rest] = path as [string, ...string[]];
  const next = maskAt(value[key], rest);
  return next === value[key] ? value : { ...value, [key]: next };
}

/** Each kind of detail in words, for a warning to the citizen or a flag for staff. */
export const personalDetailWords: Readonly<Record<Language, Readonly<Record<PersonalDetailKind, string>>>> = {
  fr: { email: 'une adresse courriel', phone: 'un numéro de téléphone', 'health-card': 'un numéro d’assurance maladie', 'social-insurance': 'un numéro d’assurance sociale' },
  en: { email: 'an email address', phone: 'a phone number', 'health-card': 'a health card number', 'social-insurance': 'a social insurance number' },
};

/** The kinds found, in words, as one list ("an email address and a phone number"). */
export function personalDetailsInWords(kinds: readonly PersonalDetailKind[], language: Language): string {
  const words = kinds.map((kind) => personalDetailWords[language][kind]);
  return new Intl.ListFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' }).format(words);
}
