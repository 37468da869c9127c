// The wall's parts, loaded while the initiative is fetched (`loadParts`): the first chunk holds
// only the element and its loading state.
export { fieldStyles } from '@participe/core/atoms';
export { wallStyles } from './wall.styles.js';
export { WallController } from './controller.js';
export { wallStrings } from './strings.js';
export { renderWall } from './view.js';
