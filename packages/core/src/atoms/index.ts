export * from './atoms.styles.js';
export * from './button.js';
export * from './character-count.js';
export * from './choice.js';
export * from './field.js';
export * from './group.js';
export * from './notice.js';
export * from './privacy-notice.js';
