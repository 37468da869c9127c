import { toLanguage } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';

const KEY = 'participe-console:language';

/**
 * The console is a page of its own, so its language is the page's: `lang` on `<html>`, which every
 * element follows through core's `LanguageController`. The choice is remembered on this device.
 */
export function savedLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (saved) return toLanguage(saved);
  } catch {
    // Storage unavailable: fall back to the page's language.
  }
  return toLanguage(document.documentElement.lang);
}

export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // Not remembered: the switch still applies to this page.
  }
}
