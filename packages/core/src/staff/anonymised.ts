import { html, type TemplateResult } from 'lit';
import { ANONYMISED } from '../schemas/contribution.js';
import type { Language } from '../schemas/common.js';
import { staffKitStrings } from './strings.js';

// Once an initiative's retention period ends, the collector replaces each personal field's value by
// `ANONYMISED`. Staff read it in words, the same the CSV exports use.

export const isAnonymised = (value: unknown): boolean => value === ANONYMISED;

/** "(anonymisé)" / "(anonymised)". */
export const anonymisedWords = (language: Language): string => staffKitStrings[language].anonymisedValue;

/** The words in place of the value, set apart so they never read as what the citizen wrote. */
export const anonymisedMark = (language: Language): TemplateResult => html`<span class="anonymised">${anonymisedWords(language)}</span>`;
