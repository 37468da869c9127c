// Configuration checks with their wording for webmasters. Loaded lazily with the schema library,
// while the initiative is fetched: the widget's first chunk carries none of it.
import { contextProblems, type ContextField } from '../schemas/context.js';
import { slugPattern } from '../schemas/patterns.js';
import type { StringTable } from './strings.js';

export { validate } from '../schemas/validate.js';

export interface Configuration {
  tag: string;
  initiative: string | undefined;
  collector: string | undefined;
  preview: unknown;
  strings: unknown;
  /** Every string the element knows, for checking overrides. */
  table: StringTable;
}

/**
 * The keys of `privacy/my-data-strings.ts` (plain strings all), named here so that checking
 * overrides does not download that wording; a test keeps the two lists equal.
 */
export const myDataKeys: Record<string, string> = Object.fromEntries(
  ['Intro', 'Download', 'Delete', 'Confirm', 'ConfirmYes', 'Cancel', 'Working', 'Downloaded', 'Deleted', 'NothingKept', 'Failed', 'FileName'].map((key) => [`myData${key}`, '']),
);

/** What a webmaster must fix in the element's attributes, in words (empty when all is well). */
export function configurationProblems({ tag, initiative, collector, preview, strings, table }: Configuration): string[] {
  const problems: string[] = [];
  if (preview === undefined) {
    if (!initiative) {
      problems.push(`the "initiative" attribute is missing: <${tag} initiative="initiative-id" collector="https://collector.example.ca">`);
    } else if (!slugPattern.test(initiative)) {
      problems.push(`the "initiative" attribute "${initiative}" is not an initiative id (lowercase letters, digits and hyphens)`);
    }
    if (!collector) problems.push('the "collector" attribute is missing: load the widget with the embed script, or give the collector\'s address');
    else if (!URL.canParse(collector, location.href)) problems.push(`the "collector" attribute "${collector}" is not a URL`);
  }
  if (strings instanceof Error) problems.push(strings.message);
  // The wording of "download / delete my answers" (a lazy part) can be overridden too.
  else if (strings !== undefined) problems.push(...checkOverrides(strings, { ...myDataKeys, ...table }).map((problem) => `"strings" ${problem}`));
  return problems;
}

/** Checks overrides against the table; returns the problems in words (empty when all is well). */
export function checkOverrides(overrides: unknown, table: StringTable): string[] {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return ['must be an object such as {"fr": {"key": "texte"}, "en": {"key": "text"}}'];
  }
  const problems: string[] = [];
  for (const [language, entries] of Object.entries(overrides)) {
    if (language !== 'fr' && language !== 'en') {
      problems.push(`unknown language "${language}" (use "fr" or "en")`);
      continue;
    }
    if (typeof entries !== 'object' || entries === null) {
      problems.push(`${language}: must be an object of strings`);
      continue;
    }
    for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
      if (!(key in table)) problems.push(`${language}.${key}: unknown string (known: ${Object.keys(table).filter((k) => typeof table[k] === 'string').join(', ')})`);
      else if (typeof table[key] !== 'string') problems.push(`${language}.${key}: this string depends on a number and cannot be overridden`);
      else if (typeof value !== 'string') problems.push(`${language}.${key}: must be a string`);
    }
  }
  return problems;
}


/**
 * The context the host page passes (hidden fields): `context-<name>` attributes, and a `context`
 * attribute holding a JSON object of texts. Checked against the fields the initiative declares:
 * what it does not declare, or what does not fit, is a problem for the webmaster, never sent.
 */
export function hostContext(host: Element, declared: readonly ContextField[] | undefined): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  const json = host.getAttribute('context');
  if (json !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      problems.push('the "context" attribute is not JSON: write an object of texts, such as {"program": "1234"}');
    }
    if (parsed !== undefined) {
      const texts = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((value) => typeof value === 'string');
      if (texts) Object.assign(values, parsed);
      else problems.push('the "context" attribute must be a JSON object of texts, such as {"program": "1234"}');
    }
  }
  for (const { name, value } of host.attributes) if (name.startsWith('context-')) values[name.slice('context-'.length)] = value;
  problems.push(...contextProblems(declared, values).map(({ name, message }) => `context "${name}" ("${values[name]}"): ${message}`));
  return { values, problems };
}
