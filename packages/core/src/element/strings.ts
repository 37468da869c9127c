import type { Language } from '../schemas/common.js';

/** A string, possibly with `{named}` placeholders, or a function for counts and plurals. */
export type StringEntry = string | ((...args: never[]) => string);
export type StringTable = Record<string, StringEntry>;

/** English must have exactly the keys of French, each of the same kind. */
type SameShape<S extends StringTable> = { [K in keyof S]: S[K] extends string ? string : S[K] };

export type StringTables<S extends StringTable> = Record<Language, S>;

/**
 * Declares a widget's strings. French is the reference: a key missing or extra in English, or a
 * plural function that became a string, does not compile.
 */
export function defineStrings<const S extends StringTable>(tables: { fr: S; en: SameShape<S> }): StringTables<SameShape<S>> {
  return tables as StringTables<SameShape<S>>;
}

/** Per-instance wording a host page supplies: plain strings only, per language. */
export type StringOverrides = Partial<Record<Language, Record<string, string>>>;

/** The element's `strings` value when it is usable overrides (not missing, not a JSON error). */
export function overridesOf(strings: unknown): StringOverrides | undefined {
  return strings && typeof strings === 'object' && !(strings instanceof Error) ? (strings as StringOverrides) : undefined;
}

/**
 * A string in one language: the host page's override, else the first table that has the key;
 * functions get `args`, plain strings their `{placeholders}` filled. An unknown key shows itself.
 */
export function lookup(language: Language, overrides: StringOverrides | undefined, tables: ReadonlyArray<StringTables<StringTable>>, key: string, args: unknown[]): string {
  let entry: StringEntry | undefined = overrides?.[language]?.[key];
  for (const table of tables) entry ??= table[language][key];
  if (typeof entry === 'function') return (entry as (...a: unknown[]) => string)(...args);
  return interpolate(entry ?? key, args[0] as Record<string, string | number> | undefined);
}

type EntryArgs<E> = E extends (...args: infer A) => string ? A : [values?: Record<string, string | number>];

/** A typed lookup in one set of tables: functions get their arguments, strings their `{placeholders}`. */
export type Translate<S extends StringTable> = <K extends keyof S & string>(key: K, ...args: EntryArgs<S[K]>) => string;

/** Looks strings up in one language of a table, outside an element (the console, helpers). */
export function translator<S extends StringTable>(tables: StringTables<S>, language: Language): Translate<S> {
  return (key, ...args) => {
    const entry = tables[language][key];
    if (typeof entry === 'function') return (entry as (...a: unknown[]) => string)(...args);
    return interpolate(entry as string, args[0] as Record<string, string | number> | undefined);
  };
}

/** Fills `{name}` placeholders; unknown names are left visible so a typo shows. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * French typography: a no-break space before `:` and a (narrow) no-break space before `?`, `!`
 * and `;`, so punctuation never starts a line. Returns the keys that break the rule.
 */
export function frenchTypographyProblems(table: StringTable): string[] {
  return Object.entries(table)
    .filter(([, entry]) => {
      const sample = typeof entry === 'string' ? entry : (entry as (...args: unknown[]) => string)(2, '2');
      return / [:?!;»]|« /.test(sample);
    })
    .map(([key]) => key);
}
