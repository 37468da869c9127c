import { formatMoney, formatNumber, interpolate, type Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { changeOf, scaleOf } from '../../rules.js';
import type { BudgetLine } from '../../schema.js';
import type { BudgetStrings } from '../strings.js';

/** Cents as money in the citizen's language: `1 234 567 $`, `$1,234,567`, cents only when there are some. */
export function money(language: Language, cents: number, options: Intl.NumberFormatOptions = {}): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return formatMoney(language, cents / 100, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...options });
}

/** A line's value as the citizen reads it: money, or a count of its units (`42 brigadiers`). */
export function amountOf(line: BudgetLine, value: number, language: Language): string {
  if (!line.unit) return money(language, value);
  return `${formatNumber(language, value)} ${value === 1 || (language === 'fr' && value === 0) ? line.unit.one[language] : line.unit.other[language]}`;
}

/** A line's value in its amount box: digits grouped the citizen's way, no currency sign (`1 234 567`). */
export function plainAmount(line: BudgetLine, value: number, language: Language): string {
  if (line.unit) return formatNumber(language, value);
  const digits = value % 100 === 0 ? 0 : 2;
  return formatNumber(language, value / 100, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** How a change is said: "hausse de {amount}", "baisse de {amount}", "inchangé". */
export interface ChangeWords {
  up: string;
  down: string;
  unchanged: string;
}

/** The widget's words for changes, from its strings. */
export const changeWordsOf = (t: Translator<BudgetStrings>): ChangeWords => ({ up: t('up'), down: t('down'), unchanged: t('unchanged') });

/** The change from today's amount in words: "hausse de 250 000 $ (+0,8 %)", "inchangé". */
export function changeWords(line: BudgetLine, value: number, language: Language, words: ChangeWords): string {
  const { current } = scaleOf(line);
  if (value === current) return words.unchanged;
  const share = changeOf(line, value);
  const percent = share === undefined ? '' : ` (${formatNumber(language, share, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })})`;
  return `${interpolate(value > current ? words.up : words.down, { amount: amountOf(line, Math.abs(value - current), language) })}${percent}`;
}

/** A signed difference of money, for tables: `+250 000 $`, `−1 000 000 $`, `0 $`. */
export function signedMoney(language: Language, cents: number): string {
  return money(language, cents, { signDisplay: 'exceptZero' });
}
