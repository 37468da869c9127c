// The budget's editor: renderers, wording, styles and the rules they use. The element imports this
// module lazily, while it fetches the initiative, so a budget's first chunk carries none of it.
import { fieldStyles } from '@participe/core/atoms';
import { editorStyles } from './editor.styles.js';

export { renderEditor } from './editor.js';
export { renderSummary, resultsUnavailable } from './summary.js';
export { editorStrings } from './strings.js';
export { readKept, startWork } from './actions.js';
export type { BudgetDraft, BudgetView, BudgetWork, KeptBudget } from './view.js';

/** Styles the element adopts with the editor. */
export const styles = [fieldStyles, editorStyles];
