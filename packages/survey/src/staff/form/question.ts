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
    </section>
  </li>`;
}
