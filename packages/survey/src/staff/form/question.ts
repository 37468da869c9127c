import { html, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { checkboxAt, itemActions, localizedAt, pathId, selectAt, setAt, textAt, valueAt, type DefinitionFormContext } from '@participe/core/staff';
import type { SurveyQuestion, SurveyQuestionType } from '../../schema.js';
import { conditionEditor } from './condition.js';
import { questionName, type PlacedQuestion } from './numbering.js';
import { questionFields } from './question-fields.js';
import { commentableTypes, retyped } from './starters.js';
import { builderStrings, questionTypeNames } from './strings.js';

type Context = DefinitionFormContext<unknown>;

/** Every question type, in the order staff pick them. */
export const questionTypes = Object.keys(questionTypeNames.fr) as SurveyQuestionType[];

/**
 * Buttons that move a question to the end of the previous page or the start of the next one (a page
 * keeps at least one question); focus goes to the question's heading where it landed.
 */
function pageMoves(context: Context, placed: PlacedQuestion, name: string): TemplateResult {
  const t = translator(builderStrings, context.language);
  const pages = valueAt(context.definition, 'pages');
  const pageCount = Array.isArray(pages) ? pages.length : 0;
  const move = (to: number) => {
    const current = context.current() as { pages?: Array<{ questions?: unknown[] }> };
    const list = [...(current.pages ?? [])];
    const from = list[placed.page];
    const target = list[to];
    if (!from?.questions || !target) return;
    const question = from.questions[placed.index];
    const targetQuestions = Array.isArray(target.questions) ? target.questions : [];
    const index = to < placed.page ? targetQuestions.length : 0;
    list[placed.page] = { ...from, questions: from.questions.filter((_, i) => i !== placed.index) };
    list[to] = { ...target, questions: to < placed.page ? [...targetQuestions, question] : [question, ...targetQuestions] };
    setAt(context, 'pages', list);
    context.focus(`${pathId(questionPath(to, index))}-heading`);
    context.announce(t('questionMovedToPage', { question: name, page: to + 1 }));
  };
  return html`<div class="actions">
    ${placed.page > 0 ? html`<button class="button button--secondary" type="button" id="${pathId(questionPath(placed.page, placed.index))}-previous-page" @click=${() => move(placed.page - 1)}>${t('toPreviousPage', { question: name })}</button>` : ''}
    ${placed.page < pageCount - 1 ? html`<button class="button button--secondary" type="button" id="${pathId(questionPath(placed.page, placed.index))}-next-page" @click=${() => move(placed.page + 1)}>${t('toNextPage', { question: name })}</button>` : ''}
  </div>`;
}

/** The path of a question in the definition. */
export const questionPath = (page: number, index: number) => `pages[${page}].questions[${index}]`;

/**
 * One question: its type, wording in both languages, id, whether an answer is required, its
 * type's own fields, when it shows, and buttons to move or remove it within its page.
 */
export function questionCard(context: Context, placed: PlacedQuestion, count: number, earlier: PlacedQuestion[]): TemplateResult {
  const t = translator(builderStrings, context.language);
  const path = questionPath(placed.page, placed.index);
  const question = placed.question;
  const name = questionName(placed, context.language);
  const typeName = question.type ? questionTypeNames[context.language][question.type] : undefined;
  return html`<li class="card">
    <section class="stack" aria-labelledby="${pathId(path)}-heading">
      <h5 id="${pathId(path)}-heading" tabindex="-1">${name}${typeName ? html` <span class="muted">(${typeName})</span>` : ''}</h5>
      ${selectAt(context, {
        path: `${path}.type`,
        label: t('type'),
        hint: t('typeHint'),
        choices: questionTypes.map((type) => [type, questionTypeNames[context.language][type]] as const),
        onChoose: (type) => setAt(context, path, retyped((valueAt(context.current(), path) ?? {}) as Partial<SurveyQuestion>, type as SurveyQuestionType)),
      })}
      ${localizedAt(context, { path: `${path}.label`, label: t('label'), required: true })}
      ${localizedAt(context, { path: `${path}.hint`, label: t('hint') })}
      ${textAt(context, { path: `${path}.id`, label: t('id'), hint: t('idHint'), required: true, mono: true })}
      ${question.type === 'static' && question.required !== true ? '' : checkboxAt(context, { path: `${path}.required`, label: t('required'), fallback: false })}
      ${questionFields(context, path, question)}
      ${question.type && commentableTypes.has(question.type) ? localizedAt(context, { path: `${path}.comment`, label: t('comment'), hint: t('commentHint') }) : ''}
      ${conditionEditor(context, path, earlier)}
      ${itemActions(context, { listPath: `pages[${placed.page}].questions`, index: placed.index, count, name }, count > 1)}
      ${count > 1 ? pageMoves(context, placed, name) : ''}
    </section>
  </li>`;
}
