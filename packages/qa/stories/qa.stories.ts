import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { until, untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { qaExample, qaUpcomingExample, type QaInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeQa } from '../src/element/qa.js';
import { exampleQuestions, fakeQa, pendingQuestions } from '../test/fake-qa.js';

/** A story's collector: the initiative, and the Q&A's routes answered from memory. */
const collector = (initiative: QaInitiative = qaExample, more: Record<string, unknown> = {}) => ({
  initiatives: { [initiative.id]: initiative },
  routes: fakeQa({ [initiative.id]: initiative }, exampleQuestions()).routes,
  ...more,
});

interface Args {
  initiative: string;
  strings?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Live Q&A',
  component: 'participe-qa',
  tags: ['autodocs'],
  args: { initiative: qaExample.id },
  parameters: { collector: collector() },
  render: (args, { id }) => html`<participe-qa initiative=${args.initiative} collector=${storyCollector(id)} strings=${args.strings ?? nothing}></participe-qa>`,
};
export default meta;
type Story = StoryObj<Args>;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeQa>('participe-qa')!;
const $ = <T extends Element = HTMLElement>(element: ParticipeQa, selector: string) => element.shadowRoot!.querySelector<T>(selector);

/** The session live, its list shown. */
async function listed(canvasElement: HTMLElement, state: 'open' | 'closed' = 'open') {
  const element = widget(canvasElement);
  await untilState(element, state);
  await until(() => !!$(element, '.items') || !!$(element, '.empty'), 'the list');
  return element;
}

/** Asks a question (the send button, whatever the language). */
async function ask(canvasElement: HTMLElement, question: string) {
  const element = await listed(canvasElement);
  await userEvent.type($<HTMLTextAreaElement>(element, '#field-question')!, question);
  await userEvent.click($<HTMLButtonElement>(element, '#ask-form button[type=submit]')!);
  return element;
}

export const Loading: Story = { parameters: { state: 'loading', collector: collector(qaExample, { delayMs: Infinity }) } };
export const LoadingEnglish = inEnglish(Loading);

/** Live: the pinned question on top, most upvoted first, "Pinned" and "Answered" in words, a written answer. */
export const Live: Story = { parameters: { state: 'open' }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const LiveEnglish = inEnglish(Live);

/** Before the session: its start date and time, no form. */
export const Upcoming: Story = {
  args: { initiative: qaUpcomingExample.id },
  parameters: { state: 'upcoming', collector: collector(qaUpcomingExample) },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'upcoming');
    await until(() => !!$(element, '.event-state'), 'the start');
  },
};
export const UpcomingEnglish = inEnglish(Upcoming);

/** After the session: the archive, answers included, read-only. */
export const Closed: Story = {
  parameters: { state: 'closed', collector: collector({ ...qaExample, status: 'closed' }) },
  play: async ({ canvasElement }) => void (await listed(canvasElement, 'closed')),
};
export const ClosedEnglish = inEnglish(Closed);

/** Sent: thanks, and the question shown to its author as awaiting moderation. */
export const AwaitingModeration: Story = {
  parameters: { state: 'submitted', collector: collector(qaExample, { myContributions: pendingQuestions(['Y aura-t-il une navette\u202f?']) }) },
  play: async ({ canvasElement }) => {
    const element = await ask(canvasElement, 'Y aura-t-il une navette\u202f?');
    await untilState(element, 'submitted');
    await until(() => !!$(element, '.mine'), 'the pending question');
  },
};
export const AwaitingModerationEnglish = inEnglish(AwaitingModeration);

/** Nothing written: the error next to the field, focus on it. */
export const QuestionMissing: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await userEvent.click($<HTMLButtonElement>(element, '#ask-form button[type=submit]')!);
    await until(() => !!$(element, '#field-question-error'), 'the error');
    await expect(element.shadowRoot!.activeElement).toBe($(element, '#field-question'));
  },
};
export const QuestionMissingEnglish = inEnglish(QuestionMissing);

/** Upvoted: the button pressed, the count up by one. */
export const Upvoted: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    const vote = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.vote')[2]!;
    await userEvent.click(vote);
    await until(() => vote.getAttribute('aria-pressed') === 'true', 'the upvote');
  },
};
export const UpvotedEnglish = inEnglish(Upvoted);

/** An event that takes no names: every question anonymous, no name field. */
export const Anonymous: Story = {
  parameters: { state: 'open', collector: collector({ ...qaExample, definition: { ...qaExample.definition, names: false } }) },
  play: async ({ canvasElement }) => void (await listed(canvasElement)),
};
export const AnonymousEnglish = inEnglish(Anonymous);

export const Offline: Story = {
  parameters: { state: 'offline', collector: collector(qaExample, { submit: 'network-error' }) },
  play: async ({ canvasElement }) => void (await untilState(await ask(canvasElement, 'Hors ligne\u202f?'), 'offline')),
};
export const OfflineEnglish = inEnglish(Offline);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: collector(qaExample, { unreachable: true }) } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

export const Misconfigured: Story = { parameters: { state: 'error' }, args: { initiative: 'Pas Un Identifiant' } };
export const MisconfiguredEnglish = inEnglish(Misconfigured);

export const CustomWording: Story = {
  parameters: { state: 'open' },
  args: { strings: JSON.stringify({ fr: { askTitle: 'Votre question au ministre' }, en: { askTitle: 'Your question to the minister' } }) },
  play: async ({ canvasElement }) => void (await listed(canvasElement)),
};
export const CustomWordingEnglish = inEnglish(CustomWording);

/** What the console shows while staff edit a definition: no collector, nothing is sent. */
export const Preview: Story = {
  parameters: { state: 'open' },
  render: () => html`<participe-qa .preview=${qaExample}></participe-qa>`,
};
export const PreviewEnglish = inEnglish(Preview);
