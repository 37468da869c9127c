import { describe, expect, it } from 'vitest';
import { validate } from '@participe/core/schemas';
import { SurveyDefinition } from '../src/manifest.js';
import { describeSurveyPath, surveyControlId } from '../src/staff/form/places.js';
import { questionTypes } from '../src/staff/form/question.js';
import { retyped, starterPage, starterQuestion } from '../src/staff/form/starters.js';
import { surveyTemplate } from '../src/staff/template.js';

describe('the survey builder’s starters', () => {
  it('start every question type as a valid question, so that adding one shows no error', () => {
    expect(questionTypes).toHaveLength(15);
    for (const type of questionTypes) {
      const definition = { pages: [{ id: 'page', questions: [starterQuestion(type, `q-${type}`)] }] };
      const checked = validate(SurveyDefinition, definition);
      expect(checked.ok ? [] : checked.issues, type).toEqual([]);
    }
  });

  it('keep the id, wording, required and condition when a question changes type', () => {
    const template = surveyTemplate();
    const follow = template.pages[1]!.questions[0]!;
    for (const type of questionTypes) {
      const changed = retyped(follow, type);
      expect(changed).toMatchObject({ id: follow.id, type, label: follow.label, hint: follow.hint, showIf: follow.showIf });
      const definition = { ...template, pages: [template.pages[0]!, { ...template.pages[1]!, questions: [changed] }] };
      const checked = validate(SurveyDefinition, definition);
      expect(checked.ok ? [] : checked.issues, type).toEqual([]);
    }
  });

  it('add a page with a fresh id and a fresh question id', () => {
    const template = surveyTemplate();
    const page = starterPage(template);
    expect(page.id).toBe('page-1');
    expect(page.questions[0]!.id).toBe('question-1');
    expect(validate(SurveyDefinition, { ...template, pages: [...template.pages, page] }).ok).toBe(true);
  });
});

describe('where the builder places and names an issue', () => {
  const definition = surveyTemplate();
  definition.pages[0]!.questions.push({ id: 'secteurs', type: 'multiple', required: true, other: false, otherCounts: true, label: { fr: 'Secteurs prioritaires', en: '' }, choices: [] });

  it('names it by question, counted across pages, in the console’s language', () => {
    expect(describeSurveyPath('pages[0].questions[2].label.en', definition, 'en')).toBe('Question 3 “secteurs”, English label');
    expect(describeSurveyPath('pages[0].questions[2].label.en', definition, 'fr')).toBe('Question 3 «\u00a0Secteurs prioritaires\u00a0», libellé en anglais');
    expect(describeSurveyPath('pages[1].questions[0].showIf', definition, 'fr')).toBe('Question 4 «\u00a0Que pourrions-nous améliorer\u202f?\u00a0», condition d’affichage');
    expect(describeSurveyPath('pages[0].questions[0].choices[1].label.fr', definition, 'en')).toBe('Question 1 “What was the reason for your visit?”, Choice 2 “Make an application”, French label');
    expect(describeSurveyPath('pages[1].id', definition, 'en')).toBe('Page 2 “Your suggestions”, id');
    expect(describeSurveyPath('responseCap', definition, 'en')).toBe('Most responses');
  });

  it('places it on the control that edits it', () => {
    expect(surveyControlId('pages[0].questions[2].label.en')).toBe('pages-0-questions-2-label-en');
    expect(surveyControlId('pages[0].questions[2].label')).toBe('pages-0-questions-2-label-fr');
    expect(surveyControlId('pages[0].questions[2].choices')).toBe('pages-0-questions-2-choices-add');
    expect(surveyControlId('pages[0].questions[2].choices[1].id')).toBe('pages-0-questions-2-choices-1-id');
    expect(surveyControlId('pages[0].questions[2].max')).toBe('pages-0-questions-2-max');
    expect(surveyControlId('pages[1].questions[0].showIf')).toBe('pages-1-questions-0-showIf');
    expect(surveyControlId('pages[1].questions[0].showIf.atMost')).toBe('pages-1-questions-0-showIf-atMost');
    expect(surveyControlId('pages[1].showIf.all[0]')).toBe('pages-1-showIf');
    expect(surveyControlId('pages[1]')).toBe('pages-1-id');
    expect(surveyControlId('pages[1].questions')).toBe('pages-1-questions-add');
    expect(surveyControlId('pages')).toBe('pages-add');
    expect(surveyControlId('review')).toBe('review');
  });
});

describe('the builder’s and the form’s French', () => {
  it('follows French typography (no-break spaces before : ; ? !)', async () => {
    const { frenchTypographyProblems } = await import('@participe/core/element');
    const { builderStrings } = await import('../src/staff/form/strings.js');
    const { formStrings } = await import('../src/element/form/strings.js');
    const { surveyStaffStrings } = await import('../src/staff/strings.js');
    expect(frenchTypographyProblems(builderStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems(formStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems(surveyStaffStrings.fr)).toEqual([]);
  });
});
