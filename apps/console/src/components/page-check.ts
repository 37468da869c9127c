import { originOf, originPattern } from '@participe/core/schemas';
import type { ConsoleTranslate } from '../strings.js';

/** Whether a page may embed an initiative: the collector lets a page's widget in when its origin is allowed. */
export type PageCheck = { verdict: 'allowed' | 'refused'; origin: string } | { verdict: 'invalid' };

export function checkPage(address: string, allowedOrigins: readonly string[]): PageCheck {
  const origin = originOf(address);
  if (!originPattern.test(origin)) return { verdict: 'invalid' };
  return { verdict: allowedOrigins.includes(origin) ? 'allowed' : 'refused', origin };
}

export function pageCheckText(check: PageCheck, t: ConsoleTranslate): string {
  if (check.verdict === 'invalid') return t('pageInvalid');
  return t(check.verdict === 'allowed' ? 'pageAllowed' : 'pageRefused', { origin: check.origin });
}
