import { html, nothing } from 'lit';
import { translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { anonymisedMark, defineStaff, isAnonymised } from '@participe/core/staff';
import { isRecord } from '@participe/core/server';
import '../element/define.js';
import { amountOf, changeWords, money } from '../element/editor/format.js';
import { budgetType, householdImpact, linesOf, scaleOf, totalsOf, type BudgetDefinition, type BudgetValues } from '../manifest.js';
import { renderBudgetResults } from './results.js';
import { budgetIssueText } from './issue-words.js';
import { budgetStaffStrings } from './strings.js';
import { budgetTemplate } from './template.js';

export { budgetTemplate };

/**
 * One allocation: its balance (recomputed from the values), each changed line from today's amount
 * to the citizen's, the household's tax change and the comment (the citizen's own words, marked
 * with their language). A payload that does not fit the definition is shown as stored.
 */
function renderPayload(payload: unknown, definition: BudgetDefinition, language: Language, contentLanguage: Language) {
  const t = translator(budgetStaffStrings, language);
  const values = isRecord(payload) && isRecord(payload['values']) ? (payload['values'] as BudgetValues) : undefined;
  if (!values || !definition?.categories) return html`<code>${JSON.stringify(payload)}</code>`;
  const lines = linesOf(definition);
  const changed = lines.filter(({ line }) => typeof values[line.id] === 'number' && values[line.id] !== scaleOf(line).current);
  const { balance } = totalsOf(definition, values);
  const impact = householdImpact(definition, values);
  const comment = isRecord(payload) ? payload['comment'] : undefined;
  return html`<dl class="payload">
    <dt>${t('balance')}</dt>
    <dd>${money(language, balance, { signDisplay: 'exceptZero' })}</dd>
    <dt>${t('changes')}</dt>
    <dd>
      ${changed.length
        ? html`<ul>
            ${changed.map(({ line }) => html`<li>${line.label[language]}${language === 'fr' ? '\u00a0:' : ':'} ${amountOf(line, values[line.id]!, language)} (${changeWords(line, values[line.id]!, language, { up: t('up'), down: t('down'), unchanged: t('unchanged') })})</li>`)}
          </ul>`
        : t('noChange')}
    </dd>
    ${impact === undefined ? nothing : html`<dt>${t('household')}</dt>
      <dd>${t('perYear', { amount: money(language, impact, { signDisplay: 'exceptZero' }) })}</dd>`}
    ${typeof comment === 'string' && comment
      ? html`<dt>${t('comment')}</dt>${isAnonymised(comment) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${comment}</dd>`}`
      : nothing}
  </dl>`;
}

/** `<participe-budget>`: a budget simulator under a balanced-budget rule. */
export const budgetStaff = defineStaff({
  manifest: budgetType,
  label: (language) => budgetStaffStrings[language].label,
  definitionTemplate: budgetTemplate,
  definitionHint: (language) => budgetStaffStrings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-budget .preview=${initiative}></participe-budget>`,
  renderPayload,
  entry: {
    kind: 'widget',
    // The citizen's own simulator: same lines, bounds and rule; the console sends the allocation.
    render: ({ initiative, submit }) => html`<participe-budget .preview=${initiative} .submitter=${submit}></participe-budget>`,
    issueLabel: (path, definition, language) => {
      if (path === 'values' || path === 'payload.values') return budgetStaffStrings[language].values;
      if (/(^|\.)comment$/.test(path)) return budgetStaffStrings[language].comment;
      const id = /values\.([^.[]+)/.exec(path)?.[1];
      const categories = (definition as Partial<BudgetDefinition> | undefined)?.categories;
      return Array.isArray(categories) ? categories.flatMap((category) => category.lines).find((line) => line.id === id)?.label[language] : undefined;
    },
  },
  results: {
    responses: (results) => results.responses,
    render: renderBudgetResults,
  },
  views: [],
  // Edited as JSON (with a starter budget and worded issues) until the budget gets a form.
  definitionForm: null,
  wordIssue: budgetIssueText,
});
