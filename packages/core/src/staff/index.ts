// The console facet's contract (`packages/<type>/src/staff/`) and what staff facets share.
export * from './facet.js';
export * from './anonymised.js';
export * from './chart-words.js';
export * from './definition-form.js';
export * from './definition-controls.js';
export * from './definition-paths.js';
export { DefinitionFormHost, defineDefinitionFormHost } from './definition-form-host.js';
export * from './moderation-queue.js';
export * from './official-response.js';
export { staffViewStyles } from './styles.js';
export { StaffViewElement } from './view.js';
export { staffKitStrings, type StaffKitStrings } from './strings.js';
