import { describe, expect, it } from 'vitest';
import { coreStrings } from '../src/element/core-strings.js';
import { toLanguage } from '../src/element/language.js';
import { checkOverrides } from '../src/element/checks.js';
import { defineStrings, frenchTypographyProblems, interpolate } from '../src/element/strings.js';
import { formatDate, formatMoney, formatNumber } from '../src/element/format.js';

describe('strings', () => {
  it('fill named placeholders and leave unknown ones visible', () => {
    expect(interpolate('Ouvre le {date}.', { date: '1 mars' })).toBe('Ouvre le 1 mars.');
    expect(interpolate('Hello {nmae}', { name: 'x' })).toBe('Hello {nmae}');
  });

  it('follow French typography in the shared table', () => {
    expect(frenchTypographyProblems(coreStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems({ bad: 'Prêt ?' })).toEqual(['bad']);
  });

  it('reject overrides that do not fit the table', () => {
    const table = { title: 'Titre', count: (n: number) => `${n}` };
    expect(checkOverrides({ fr: { title: 'Autre' } }, table)).toEqual([]);
    expect(checkOverrides({ de: {} }, table)).toEqual(['unknown language "de" (use "fr" or "en")']);
    expect(checkOverrides({ en: { titel: 'x' } }, table)[0]).toContain('en.titel: unknown string (known: title)');
    expect(checkOverrides({ en: { count: 'x' } }, table)[0]).toContain('cannot be overridden');
    expect(checkOverrides('nope', table)[0]).toContain('must be an object');
  });

  it('type English against French', () => {
    const tables = defineStrings({ fr: { a: 'A', n: (count: number) => `${count}` }, en: { a: 'A', n: (count: number) => `${count}` } });
    // @ts-expect-error: a key missing in English does not compile
    defineStrings({ fr: { a: 'A', b: 'B' }, en: { a: 'A' } });
    expect(tables.en.n(2)).toBe('2');
  });
});

describe('language and formatting', () => {
  it.each([
    ['en-CA', 'en'],
    ['EN', 'en'],
    ['fr-CA', 'fr'],
    ['es', 'fr'],
    [null, 'fr'],
  ])('maps %s to %s', (tag, expected) => expect(toLanguage(tag)).toBe(expected));

  it('formats numbers, money and dates the Canadian way', () => {
    expect(formatNumber('fr', 1234.5)).toBe('1\u00a0234,5');
    expect(formatMoney('fr', 1234.56)).toBe('1\u00a0234,56\u00a0$');
    expect(formatMoney('en', 1234.56)).toBe('$1,234.56');
    expect(formatDate('fr', '2026-03-01T12:00:00Z')).toBe('1 mars 2026');
    expect(formatDate('en', '2026-03-01T12:00:00Z')).toBe('March 1, 2026');
  });
});
