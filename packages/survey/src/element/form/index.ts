// The survey's form: renderers, wording, styles and rules. The element imports this module lazily,
// while it fetches the initiative, so a survey's first chunk carries none of it.
export { renderForm } from './form.js';
export { formStrings } from './strings.js';
export { formStyles } from './form.styles.js';
export { fieldStyles } from '@participe/core/atoms';
export { checkAnswer, checkAnswers, isEmpty, takesComment, visibleSurvey } from '../../rules.js';
export { describeAnswerIssue } from './problems.js';
export type { SurveyView, VisiblePage } from './view.js';
