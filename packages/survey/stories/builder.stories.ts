import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { defineDefinitionFormHost, type DefinitionFormHost } from '@participe/core/staff';
import { until } from '@participe/core/testing';
import { inEnglish } from '../../../.storybook/collector.js';
import { SurveyDefinition } from '../src/manifest.js';
import type { SurveyQuestion } from '../src/manifest.js';
import { questionTypes } from '../src/staff/form/question.js';
import { starterQuestion } from '../src/staff/form/starters.js';
import { surveyDefinitionForm, surveyIssueText, surveyTemplate } from '../src/staff/index.js';

defineDefinitionFormHost();

/** The survey builder as the console's initiative editor shows it (`surveyDefinitionForm`). */
const meta: Meta = {
  title: 'Staff/Survey builder',
  parameters: { state: 'open' },
  args: { definition: surveyTemplate(), showIssues: false },
  render: ({ definition, showIssues }) =>
    html`<participe-definition-form .form=${surveyDefinitionForm} .definition=${definition} .schema=${SurveyDefinition} .wordIssue=${surveyIssueText} ?show-issues=${showIssues}></participe-definition-form>`,
};
export default meta;
type Story = StoryObj;

const host = (canvasElement: HTMLElement) => canvasElement.querySelector<DefinitionFormHost>('participe-definition-form')!;
const $ = (canvasElement: HTMLElement, id: string) => host(canvasElement).shadowRoot!.getElementById(id)!;

/** A new survey: the starter template, two pages, a follow-up shown to the less satisfied. */
export const Template: Story = {};
export const TemplateEnglish = inEnglish(Template);

/** One page holding a question of every type, each with its own fields. */
export const EveryQuestionType: Story = {
  args: { definition: { review: true, onePerParticipant: true, pages: [{ id: 'page', questions: questionTypes.map((type) => starterQuestion(type, `q-${type}`)) }] } },
};
export const EveryQuestionTypeEnglish = inEnglish(EveryQuestionType);

/** Problems beside their fields: an empty English label, a condition on a later question, more choices than there are. */
const broken = () => {
  const definition = surveyTemplate();
  const first = definition.pages[0]!.questions[0]! as Extract<SurveyQuestion, { type: 'single' }>;
  first.label = { fr: 'Secteurs prioritaires', en: '' };
  first.showIf = { question: 'recommander', equals: true };
  definition.pages[1]!.questions.push({ id: 'principes', type: 'multiple', required: true, other: true, otherCounts: true, max: 9, label: { fr: 'Principes', en: 'Principles' }, choices: first.choices });
  return definition;
};
export const WithIssues: Story = { args: { definition: broken(), showIssues: true } };
export const WithIssuesEnglish = inEnglish(WithIssues);

/** A combined condition (`all`/`any`) is kept as it is and left to the JSON view. */
export const CombinedCondition: Story = {
  args: {
    definition: (() => {
      const definition = surveyTemplate();
      definition.pages[1]!.questions[1]!.showIf = { all: [{ question: 'satisfaction', atLeast: 4 }, { question: 'raison', equals: 'demande' }] };
      return definition;
    })(),
  },
};
export const CombinedConditionEnglish = inEnglish(CombinedCondition);

/** A question moved up with the keyboard: focus stays on the moved question's button, the move is announced. */
export const QuestionMoved: Story = {
  play: async ({ canvasElement }) => {
    const button = $(canvasElement, 'pages-0-questions-1-up');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => host(canvasElement).shadowRoot!.activeElement?.id === 'pages-0-questions-0-down', 'focus on the moved question');
    await expect(($(canvasElement, 'pages-0-questions-0-id') as HTMLInputElement).value).toBe('satisfaction');
  },
};
export const QuestionMovedEnglish = inEnglish(QuestionMoved);
