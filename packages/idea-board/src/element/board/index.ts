// The board's parts, loaded while the initiative is fetched (`loadParts`): the first chunk holds
// only the element and its loading state.
export { fieldStyles } from '@participe/core/atoms';
export { boardStyles } from './board.styles.js';
export { BoardController } from './controller.js';
export { boardStrings } from './strings.js';
export { renderBoard } from './view.js';
