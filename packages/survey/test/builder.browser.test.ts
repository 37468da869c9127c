import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { validate } from '@participe/core/schemas';
import { defineDefinitionFormHost, type DefinitionFormHost } from '@participe/core/staff';
import { until } from '@participe/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SurveyDefinition } from '../src/manifest.js';
import { surveyDefinitionForm, surveyIssueText, surveyTemplate } from '../src/staff/index.js';
import { questionTypes } from '../src/staff/form/question.js';

defineDefinitionFormHost();
afterEach(fixtureCleanup);

async function mountBuilder(definition: unknown = surveyTemplate(), lang = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <participe-definition-form .form=${surveyDefinitionForm} .definition=${definition} .schema=${SurveyDefinition} .wordIssue=${surveyIssueText}></participe-definition-form>
  </div>`);
  const host = wrapper.querySelector('participe-definition-form') as DefinitionFormHost;
  await host.updateComplete;
  return { host, root: host.shadowRoot! };
}

const byId = <T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, id: string) => {
  const element = root.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as T;
};
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
};
const typeInto = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const focused = (root: ShadowRoot) => root.activeElement?.id;
const valid = (definition: unknown) => {
  const checked = validate(SurveyDefinition, definition);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('the survey builder', () => {
  // One test per language and four types each: axe runs once per type, on a busy machine.
  const halves = [0, 4, 8, 12].map((start) => questionTypes.slice(start, start + 4));
  for (const lang of ['fr', 'en']) {
    for (const [half, types] of halves.entries()) {
      it(`edits every question type with its own fields, valid from the start, axe clean (${lang}, part ${half + 1})`, async () => {
        const { host, root } = await mountBuilder(surveyTemplate(), lang);
        for (const type of types) {
          choose(byId<HTMLSelectElement>(root, 'pages-0-questions-0-type'), type);
          await host.updateComplete;
          expect(valid(host.definition), type).to.deep.equal([]);
          expect(root.querySelectorAll('[aria-invalid="true"]').length, `${type}: nothing marked invalid`).to.equal(0);
          await expect(host).to.be.accessible();
        }
      });
    }
  }

  it('shows the type’s own fields: choices and "other" for a choice, limits for a number, rows and columns for a grid', async () => {
    const { host, root } = await mountBuilder();
    choose(byId<HTMLSelectElement>(root, 'pages-0-questions-0-type'), 'multiple');
    await host.updateComplete;
    expect(byId(root, 'pages-0-questions-0-choices-0-fr').value).to.equal('Choix 1');
    byId(root, 'pages-0-questions-0-other').click();
    typeInto(byId(root, 'pages-0-questions-0-max'), '2');
    await host.updateComplete;
    expect((host.definition as SurveyDefinition).pages[0]!.questions[0]).to.deep.include({ other: true, max: 2 });
    choose(byId<HTMLSelectElement>(root, 'pages-0-questions-0-type'), 'matrix');
    await host.updateComplete;
    expect(root.getElementById('pages-0-questions-0-rows-1-fr')).to.exist;
    expect(root.getElementById('pages-0-questions-0-columns-4-en')).to.exist;
    expect(root.getElementById('pages-0-questions-0-max')).to.equal(null);
  });

  it('shows an issue only once something changed, beside its field, worded by code in the page’s language', async () => {
    const { host, root } = await mountBuilder();
    expect(root.querySelectorAll('.field__error').length).to.equal(0);
    typeInto(byId(root, 'pages-0-questions-1-max'), '20');
    await until(() => !!root.getElementById('pages-0-questions-1-max-error'), 'the issue beside the field');
    expect(byId(root, 'pages-0-questions-1-max').getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('pages-0-questions-1-max-error')!.textContent).to.contain('10');
    await expect(host).to.be.accessible();
  });

  it('moves a page and a choice with the keyboard, focus following the item, each move announced', async () => {
    const { host, root } = await mountBuilder();
    byId(root, 'pages-0-down').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root) === 'pages-1-up', 'focus on the moved page’s "up" button');
    expect((host.definition as SurveyDefinition).pages.map((page) => page.id)).to.deep.equal(['suggestions', 'visite']);
    await until(() => root.querySelector('[role="status"]')!.textContent!.includes('est maintenant en position 2 sur 2'), 'the move announced');
    // The condition of the follow-up now looks at a later question: named beside it.
    await until(() => !!root.getElementById('pages-0-questions-0-showIf-error'), 'the condition’s issue');

    byId(root, 'pages-1-questions-0-choices-2-up').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root) === 'pages-1-questions-0-choices-1-up', 'focus on the moved choice');
    expect((host.definition as SurveyDefinition).pages[1]!.questions[0]).to.deep.include({ id: 'raison' });
    const choices = ((host.definition as SurveyDefinition).pages[1]!.questions[0] as { choices: { id: string }[] }).choices.map((choice) => choice.id);
    expect(choices).to.deep.equal(['information', 'suivi', 'demande']);
    await expect(host).to.be.accessible();
  });

  it('moves a question to the next page and back, focus on its heading where it landed', async () => {
    const { host, root } = await mountBuilder();
    byId(root, 'pages-0-questions-1-next-page').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root) === 'pages-1-questions-0-heading', 'focus on the moved question');
    const ids = () => (host.definition as SurveyDefinition).pages.map((page) => page.questions.map((question) => question.id));
    expect(ids()).to.deep.equal([['raison'], ['satisfaction', 'ameliorer', 'recommander']]);
    expect(valid(host.definition)).to.deep.equal([]);
    await until(() => root.querySelector('[role="status"]')!.textContent!.includes('est maintenant sur la page 2'), 'the move announced');
    // The only question of a page stays: no button to take it away.
    expect(root.getElementById('pages-0-questions-0-next-page')).to.equal(null);
    byId(root, 'pages-1-questions-0-previous-page').click();
    await until(() => focused(root) === 'pages-0-questions-1-heading', 'focus back on the first page');
    expect(ids()).to.deep.equal([['raison', 'satisfaction'], ['ameliorer', 'recommander']]);
    await expect(host).to.be.accessible();
  });

  it('adds a question of the chosen type and a page, focus on what was added; keeps the JSON of what did not change', async () => {
    const template = surveyTemplate();
    const { host, root } = await mountBuilder(template);
    choose(byId<HTMLSelectElement>(root, 'pages-1-questions-new-type'), 'ranking');
    byId(root, 'pages-1-questions-add').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(root) === 'pages-1-questions-2-label-fr', 'focus on the new question');
    const definition = host.definition as SurveyDefinition;
    expect(definition.pages[1]!.questions[2]).to.deep.include({ id: 'question-1', type: 'ranking' });
    expect(JSON.stringify({ ...definition, pages: [definition.pages[0], { ...definition.pages[1], questions: definition.pages[1]!.questions.slice(0, 2) }] })).to.equal(JSON.stringify(template));

    byId(root, 'pages-add').click();
    await until(() => focused(root) === 'pages-2-title-fr', 'focus on the new page’s title');
    expect(valid(host.definition)).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });
});
