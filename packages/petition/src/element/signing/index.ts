// The signing part, loaded while the initiative is fetched (`loadParts`): the first chunk holds only
// the element and its reading view. The proof-of-work solver waits for the form's focus (`proof.ts`).
export { fieldStyles } from '@participe/core/atoms';
export { signingStyles } from './signing.styles.js';
export { SigningController } from './controller.js';
export { signingStrings } from './strings.js';
export { renderProgress, renderSigning } from './view.js';
