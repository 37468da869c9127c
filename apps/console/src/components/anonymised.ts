import { html, type TemplateResult } from 'lit';
import { ANONYMISED, type Language } from '@participe/core/schemas';
import { strings } from '../strings.js';

// Once an initiative's retention period ends, the collector replaces each personal field's value by
// core's `ANONYMISED` marker. Staff read it in words, the same the CSV exports use.

export const isAnonymised = (value: unknown): boolean => value === ANONYMISED;

/** "(anonymisé)" / "(anonymised)". */
export const anonymisedWords = (language: Language): string => strings[language].anonymisedValue;

/** The words in place of the value, set apart so they never read as what the citizen wrote. */
export const anonymisedMark = (language: Language): TemplateResult => html`<span class="anonymised">${anonymisedWords(language)}</span>`;
