export * from './atoms.styles.js';
export * from './button.js';
export * from './character-count.js';
export * from './field.js';
export * from './notice.js';
export * from './privacy-notice.js';
