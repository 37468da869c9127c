import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { checkboxAt, issueAt, numberAt, setAt, type DefinitionForm, type DefinitionFormContext } from '@participe/core/staff';
import type { SurveyDefinition } from '../../schema.js';
import { placedQuestions } from './numbering.js';
import { pageCard } from './page.js';
import { describeSurveyPath, surveyControlId } from './places.js';
import { starterPage } from './starters.js';
import { builderStrings } from './strings.js';

/**
 * The survey builder: settings, then pages of questions, each added, moved and removed with
 * buttons, every type with its own fields, wording in French and English side by side, and
 * conditions on earlier answers. It only ever writes the keys staff change, so the JSON view
 * shows the same definition, key for key.
 */
function render(context: DefinitionFormContext<SurveyDefinition>): TemplateResult {
  const t = translator(builderStrings, context.language);
  const any = context as unknown as DefinitionFormContext<unknown>;
  const pages = Array.isArray(context.definition.pages) ? context.definition.pages : [];
  const all = placedQuestions(context.definition);
  const pagesError = issueAt(context, 'pages');
  const addPage = () => {
    const current = context.current();
    const list = Array.isArray(current.pages) ? current.pages : [];
    setAt(any, 'pages', [...list, starterPage(current)]);
    context.focus(`pages-${list.length}-title-fr`);
  };
  return html`<div class="stack" id="definition-form">
    <fieldset class="stack">
      <legend>${t('settings')}</legend>
      ${checkboxAt(any, { path: 'review', label: t('review'), fallback: true })}
      ${checkboxAt(any, { path: 'onePerParticipant', label: t('onePerParticipant'), fallback: true })}
      ${numberAt(any, { path: 'responseCap', label: t('responseCap'), hint: t('responseCapHint') })}
    </fieldset>
    <h2 id="pages-title">${t('pages')}</h2>
    ${pagesError ? html`<p class="field__error" id="pages-error"><span class="visually-hidden">${context.words.errorPrefix} </span>${pagesError}</p>` : nothing}
    <ol class="cards" aria-labelledby="pages-title">
      ${pages.map((_, index) => pageCard(any, index, pages.length, all))}
    </ol>
    <div class="actions">
      <button class="button button--secondary" type="button" id="pages-add" aria-describedby=${pagesError ? 'pages-error' : nothing} @click=${addPage}>${t('addPage')}</button>
    </div>
  </div>`;
}

export const surveyDefinitionForm: DefinitionForm<SurveyDefinition> = {
  render,
  controlId: surveyControlId,
  describePath: describeSurveyPath,
};
