// The Q&A's parts, loaded while the initiative is fetched (`loadParts`): the first chunk holds
// only the element and its loading state.
export { fieldStyles } from '@participe/core/atoms';
export { QaController } from './controller.js';
export { liveStrings } from './strings.js';
export { qaPartStyles } from './styles.js';
export { renderQa } from './view.js';
