export * from './common.js';
export * from './initiative.js';
export * from './contribution.js';
export * from './errors.js';
export * from './issues.js';
export * from './page-feedback.js';
export * from './registry.js';
