import type { Language } from '../schemas/common.js';

/** Canadian locales: `1 234,56 $` in French, `$1,234.56` in English. */
export const locales: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(language: Language, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n:${language}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locales[language], options)).format(value);
}

export function formatMoney(language: Language, value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatNumber(language, value, { style: 'currency', currency: 'CAD', ...options });
}

export function formatPercent(language: Language, ratio: number): string {
  return formatNumber(language, ratio, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatDate(language: Language, value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return cached(`d:${language}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locales[language], options)).format(new Date(value));
}

export function formatDateTime(language: Language, value: Date | string | number): string {
  return formatDate(language, value, { dateStyle: 'long', timeStyle: 'short' });
}
