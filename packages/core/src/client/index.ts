export * from './backoff.js';
export * from './collector-client.js';
export * from './collector-error.js';
export * from './live.js';
export * from './outbox.js';
export * from './participant.js';
export * from './random-id.js';
export * from './storage.js';
