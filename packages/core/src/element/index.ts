export * from './base.styles.js';
export * from './core-strings.js';
export * from './draft.js';
export * from './events.js';
export * from './format.js';
export * from './language.js';
export * from './participe-element.js';
export * from './strings.js';
export type { IssueDescription } from './issue-words.js';
