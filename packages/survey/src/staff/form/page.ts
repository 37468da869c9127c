import { html, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { itemActions, localizedAt, pathId, selectAt, setAt, textAt, valueAt, type DefinitionFormContext } from '@participe/core/staff';
import { isAnswerable } from '../../rules.js';
import type { SurveyDefinition, SurveyQuestion, SurveyQuestionType } from '../../schema.js';
import { conditionEditor } from './condition.js';
import { pageName, type PlacedQuestion } from './numbering.js';
import { questionCard, questionPath, questionTypes } from './question.js';
import { freshId, questionIds, starterQuestion } from './starters.js';
import { builderStrings, questionTypeNames } from './strings.js';

type Context = DefinitionFormContext<unknown>;

const answerable = (placed: PlacedQuestion) => !!placed.question.type && !!placed.question.id && isAnswerable(placed.question as SurveyQuestion);

/**
 * One page: title and introduction in both languages, id, when it shows, its questions (each
 * movable within the page), a question of any type to add, and buttons to move or remove the page.
 */
export function pageCard(context: Context, pageIndex: number, pageCount: number, all: PlacedQuestion[]): TemplateResult {
  const t = translator(builderStrings, context.language);
  const path = `pages[${pageIndex}]`;
  const page = (valueAt(context.definition, path) ?? {}) as Partial<SurveyDefinition['pages'][number]>;
  const own = all.filter((placed) => placed.page === pageIndex);
  const before = all.filter((placed) => placed.page < pageIndex && answerable(placed));
  const name = pageName(page, pageIndex, context.language);
  const typeId = pathId(`${path}.questions.new-type`);
  // The type to add is read from its select when the button is pressed: it is no part of the definition.
  const add = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
    const type = ((root.getElementById(typeId) as HTMLSelectElement | null)?.value ?? 'single') as SurveyQuestionType;
    const current = context.current() as Partial<SurveyDefinition>;
    const list = valueAt(current, `${path}.questions`);
    const questions = Array.isArray(list) ? list : [];
    setAt(context, `${path}.questions`, [...questions, starterQuestion(type, freshId('question', questionIds(current)))]);
    context.focus(`${pathId(questionPath(pageIndex, questions.length))}-label-fr`);
  };
  return html`<li class="card">
    <section class="stack" aria-labelledby="${pathId(path)}-heading">
      <h3 id="${pathId(path)}-heading" tabindex="-1">${name}</h3>
      ${localizedAt(context, { path: `${path}.title`, label: t('pageTitle') })}
      ${localizedAt(context, { path: `${path}.description`, label: t('pageDescription'), multiline: true })}
      ${textAt(context, { path: `${path}.id`, label: t('id'), hint: t('idHint'), required: true, mono: true })}
      ${conditionEditor(context, path, before)}
      <h4>${t('questions')}</h4>
      <ol class="cards">
        ${own.map((placed) =>
          questionCard(
            context,
            placed,
            own.length,
            all.filter((other) => (other.page < pageIndex || (other.page === pageIndex && other.index < placed.index)) && answerable(other)),
          ),
        )}
      </ol>
      <div class="pair">
        ${selectAt(context, {
          path: `${path}.questions.new-type`,
          label: t('newQuestionType'),
          choices: questionTypes.map((type) => [type, questionTypeNames[context.language][type]] as const),
          value: 'single',
          onChoose: () => undefined,
        })}
      </div>
      <div class="actions">
        <button class="button button--secondary" type="button" id="${pathId(`${path}.questions`)}-add" @click=${add}>${t('addQuestion')}<span class="visually-hidden"> (${name})</span></button>
      </div>
      ${itemActions(context, { listPath: 'pages', index: pageIndex, count: pageCount, name }, pageCount > 1)}
    </section>
  </li>`;
}
