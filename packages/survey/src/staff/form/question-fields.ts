import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { checkboxAt, choiceList, localizedAt, numberAt, textAt, type DefinitionFormContext } from '@participe/core/staff';
import type { SurveyQuestion } from '../../schema.js';
import { builderStrings } from './strings.js';

type Context = DefinitionFormContext<unknown>;

/** The fields only some types have: choices, "other", limits, scales, units, texts. `path` is the question's. */
export function questionFields(context: Context, path: string, question: Partial<SurveyQuestion>): TemplateResult | typeof nothing {
  const t = translator(builderStrings, context.language);
  const at = (key: string) => `${path}.${key}`;
  const choices = (key = 'choices', legend = t('choices')) => choiceList(context, { path: at(key), legend });
  const other = () => checkboxAt(context, { path: at('other'), label: t('other'), fallback: false });
  const unsure = () => checkboxAt(context, { path: at('unsure'), label: t('unsure'), hint: t('unsureHint'), fallback: false });
  const pair = (...fields: TemplateResult[]) => html`<div class="pair">${fields}</div>`;
  switch (question.type) {
    case 'single':
      return html`${choices()} ${other()}`;
    case 'multiple':
      return html`${choices()} ${other()}
      ${question.other ? checkboxAt(context, { path: at('otherCounts'), label: t('otherCounts'), hint: t('otherCountsHint'), fallback: true }) : nothing}
      ${pair(numberAt(context, { path: at('min'), label: t('minChoices') }), numberAt(context, { path: at('max'), label: t('maxChoices') }))}`;
    case 'text':
    case 'long-text':
      return numberAt(context, { path: at('maxLength'), label: t('maxLength') });
    case 'number':
      return html`${pair(numberAt(context, { path: at('min'), label: t('min'), decimals: true }), numberAt(context, { path: at('max'), label: t('max'), decimals: true }))}
      ${checkboxAt(context, { path: at('integer'), label: t('integer'), fallback: true })} ${localizedAt(context, { path: at('unit'), label: t('unit') })}`;
    case 'rating':
      return html`${pair(numberAt(context, { path: at('min'), label: t('ratingMin') }), numberAt(context, { path: at('max'), label: t('ratingMax') }))}
      ${localizedAt(context, { path: at('minLabel'), label: t('minLabel') })} ${localizedAt(context, { path: at('maxLabel'), label: t('maxLabel') })} ${unsure()}`;
    case 'likert':
      return html`${choices()} ${unsure()}`;
    case 'yes-no':
      return unsure();
    case 'ranking':
      return html`${choices()} ${numberAt(context, { path: at('limit'), label: t('limit'), hint: t('limitHint') })}`;
    case 'matrix':
      return html`${choices('rows', t('rows'))} ${choices('columns', t('columns'))}`;
    case 'date':
      return pair(
        textAt(context, { path: at('min'), label: t('dateMin'), hint: t('dateHint'), mono: true }),
        textAt(context, { path: at('max'), label: t('dateMax'), hint: t('dateHint'), mono: true }),
      );
    case 'static':
      return html`${checkboxAt(context, { path: at('heading'), label: t('heading'), fallback: false })}
      ${localizedAt(context, { path: at('text'), label: t('staticText'), multiline: true })}`;
    default:
      return nothing;
  }
}
