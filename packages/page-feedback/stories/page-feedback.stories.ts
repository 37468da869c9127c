import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { pageFeedbackExample } from '@participe/core/fixtures';
import { untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import '../src/define.js';
import type { ParticipePageFeedback } from '../src/page-feedback.js';

interface Args {
  initiative: string;
  page: string;
  strings?: string;
}

const initiatives = (changes: Partial<typeof pageFeedbackExample> = {}) => ({ [pageFeedbackExample.id]: { ...pageFeedbackExample, ...changes } });

const meta: Meta<Args> = {
  title: 'Widgets/Page feedback',
  component: 'participe-page-feedback',
  tags: ['autodocs'],
  args: { initiative: pageFeedbackExample.id, page: 'https://www.quebec.ca/sante/vaccins' },
  parameters: { collector: { initiatives: initiatives() } },
  render: (args, { id }) =>
    html`<participe-page-feedback initiative=${args.initiative} collector=${storyCollector(id)} page=${args.page} strings=${args.strings ?? nothing}></participe-page-feedback>`,
};
export default meta;
type Story = StoryObj<Args>;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipePageFeedback>('participe-page-feedback')!;
const buttons = (element: ParticipePageFeedback) => [...element.shadowRoot!.querySelectorAll('button')];

/** Picks "No" (the second choice, whatever the language) and waits for the comment field. */
async function answerNo(canvasElement: HTMLElement) {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await userEvent.click(buttons(element)[1]!);
  await element.updateComplete;
  return element;
}

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

export const Open: Story = { parameters: { state: 'open' } };
export const OpenEnglish = inEnglish(Open);

export const CommentStep: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('textarea'));
  },
};
export const CommentStepEnglish = inEnglish(CommentStep);

export const CommentTooLong: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { commentMaxLength: 20 } }) } },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await userEvent.type(element.shadowRoot!.querySelector('textarea')!, 'Ce commentaire est bien trop long.');
    await userEvent.click(buttons(element).at(-1)!);
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('#comment-error')).toBeTruthy();
  },
};
export const CommentTooLongEnglish = inEnglish(CommentTooLong);

export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await userEvent.click(buttons(element).at(-1)!);
    await untilState(element, 'submitted');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Offline: Story = {
  parameters: { state: 'offline', collector: { initiatives: initiatives(), submit: 'network-error' } },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await userEvent.click(buttons(element).at(-1)!);
    await untilState(element, 'offline');
  },
};
export const OfflineEnglish = inEnglish(Offline);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives({ status: 'closed', closesAt: '2026-02-01T12:00:00-05:00' }) } } };
export const ClosedEnglish = inEnglish(Closed);

export const Upcoming: Story = {
  parameters: { state: 'upcoming', collector: { initiatives: initiatives({ opensAt: '2099-05-01T09:00:00-04:00', closesAt: '2099-06-01T09:00:00-04:00' }) } },
};
export const UpcomingEnglish = inEnglish(Upcoming);

export const WithoutComments: Story = { parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { commentMaxLength: 0 } }) } } };
export const WithoutCommentsEnglish = inEnglish(WithoutComments);

export const CustomWording: Story = {
  parameters: { state: 'open' },
  args: { strings: JSON.stringify({ fr: { question: 'Cette page vous a-t-elle été utile\u202f?' }, en: { question: 'Was this page useful?' } }) },
};
export const CustomWordingEnglish = inEnglish(CustomWording);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(), unreachable: true } } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

export const Misconfigured: Story = { parameters: { state: 'error' }, args: { initiative: 'Pas Un Identifiant' } };
export const MisconfiguredEnglish = inEnglish(Misconfigured);

/** What the console shows while staff edit a definition: no collector, nothing is sent. */
export const Preview: Story = {
  parameters: { state: 'open' },
  render: () => html`<participe-page-feedback .preview=${{ ...pageFeedbackExample, definition: { commentMaxLength: 200, question: { fr: 'Ce guide vous a-t-il aidé\u202f?', en: 'Did this guide help you?' } } }}></participe-page-feedback>`,
};
export const PreviewEnglish = inEnglish(Preview);

export const MalformedDefinition: Story = {
  parameters: { state: 'error' },
  render: () => html`<participe-page-feedback .preview=${{ ...pageFeedbackExample, definition: { commentMaxLength: 'long' } }}></participe-page-feedback>`,
};
export const MalformedDefinitionEnglish = inEnglish(MalformedDefinition);
