// Test and story helpers: a fake collector that behaves like the real one's public API.
export * from './fake-collector.js';
export * from './browser.js';
export * from './injection-corpus.js';
