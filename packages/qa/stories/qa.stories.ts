import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { until, untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { qaExample } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeQa } from '../src/element/qa.js';

interface Args {
  initiative: string;
  strings?: string;
}

const initiatives = (changes: Partial<typeof qaExample> = {}) => ({ [qaExample.id]: { ...qaExample, ...changes } });

const meta: Meta<Args> = {
  title: 'Widgets/Live Q&A',
  component: 'participe-qa',
  tags: ['autodocs'],
  args: { initiative: qaExample.id },
  parameters: { collector: { initiatives: initiatives() } },
  render: (args, { id }) =>
    html`<participe-qa initiative=${args.initiative} collector=${storyCollector(id)} strings=${args.strings ?? nothing}></participe-qa>`,
};
export default meta;
type Story = StoryObj<Args>;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeQa>('participe-qa')!;

/** Writes a message and sends it (the submit button, whatever the language). */
async function send(canvasElement: HTMLElement, message = 'Bonjour') {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await userEvent.type(element.shadowRoot!.querySelector('textarea')!, message);
  await userEvent.click(element.shadowRoot!.querySelector('button[type=submit]')!);
  return element;
}

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

export const Open: Story = { parameters: { state: 'open' } };
export const OpenEnglish = inEnglish(Open);

export const TooLong: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { ...qaExample.definition, maxLength: 20 } }) } },
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement, 'Ce message est bien trop long.');
    await until(() => element.shadowRoot!.querySelector('#message-error') !== null, 'the error');
    await expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('textarea'));
  },
};
export const TooLongEnglish = inEnglish(TooLong);

export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => void (await untilState(await send(canvasElement), 'submitted')),
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Offline: Story = {
  parameters: { state: 'offline', collector: { initiatives: initiatives(), submit: 'network-error' } },
  play: async ({ canvasElement }) => void (await untilState(await send(canvasElement), 'offline')),
};
export const OfflineEnglish = inEnglish(Offline);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives({ status: 'closed', closesAt: '2026-02-01T12:00:00-05:00' }) } } };
export const ClosedEnglish = inEnglish(Closed);

export const Upcoming: Story = {
  parameters: { state: 'upcoming', collector: { initiatives: initiatives({ opensAt: '2099-05-01T09:00:00-04:00', closesAt: '2099-06-01T09:00:00-04:00' }) } },
};
export const UpcomingEnglish = inEnglish(Upcoming);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(), unreachable: true } } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

export const Misconfigured: Story = { parameters: { state: 'error' }, args: { initiative: 'Pas Un Identifiant' } };
export const MisconfiguredEnglish = inEnglish(Misconfigured);

export const CustomWording: Story = {
  parameters: { state: 'open' },
  args: { strings: JSON.stringify({ fr: { messageLabel: 'Votre idée' }, en: { messageLabel: 'Your idea' } }) },
};
export const CustomWordingEnglish = inEnglish(CustomWording);

/** What the console shows while staff edit a definition: no collector, nothing is sent. */
export const Preview: Story = {
  parameters: { state: 'open' },
  render: () => html`<participe-qa .preview=${{ ...qaExample, definition: { prompt: { fr: 'Une idée pour le quartier\u202f?', en: 'An idea for the neighbourhood?' }, maxLength: 280 } }}></participe-qa>`,
};
export const PreviewEnglish = inEnglish(Preview);
