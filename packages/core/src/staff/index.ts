// The console facet's contract (`packages/<type>/src/staff/`) and what staff facets share.
export * from './facet.js';
export * from './anonymised.js';
export * from './chart-words.js';
export { staffKitStrings } from './strings.js';
