import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { surveyExample } from '@participe/core/fixtures';
import { untilState } from '@participe/core/testing';
import { userEvent } from 'storybook/test';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import '../src/define.js';

const initiatives = (changes: Partial<typeof surveyExample> = {}) => ({ [surveyExample.id]: { ...surveyExample, ...changes } });

const meta: Meta = {
  title: 'Widgets/Survey',
  component: 'participe-survey',
  tags: ['autodocs'],
  parameters: { collector: { initiatives: initiatives() } },
  render: (_args, { id }) => html`<participe-survey initiative=${surveyExample.id} collector=${storyCollector(id)}></participe-survey>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector('participe-survey')!;

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

export const Open: Story = { parameters: { state: 'open' } };
export const OpenEnglish = inEnglish(Open);

export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'open');
    await userEvent.type(element.shadowRoot!.querySelector('textarea')!, 'Bonjour');
    await userEvent.click(element.shadowRoot!.querySelector('button[type=submit]')!);
    await untilState(element, 'submitted');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives({ status: 'closed' }) } } };
export const ClosedEnglish = inEnglish(Closed);
