import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { handOffExample, petitionExample } from '../src/manifest.js';
import '../src/element/define.js';

interface Args {
  initiative: string;
  strings?: string;
}

const initiatives = (changes: Partial<typeof petitionExample> = {}) => ({ [petitionExample.id]: { ...petitionExample, ...changes } });

const meta: Meta<Args> = {
  title: 'Widgets/Petition',
  component: 'participe-petition',
  tags: ['autodocs'],
  args: { initiative: petitionExample.id },
  parameters: { collector: { initiatives: initiatives() } },
  render: (args, { id }) =>
    html`<participe-petition initiative=${args.initiative} collector=${storyCollector(id)} strings=${args.strings ?? nothing}></participe-petition>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

export const Open: Story = { parameters: { state: 'open' } };
export const OpenEnglish = inEnglish(Open);

export const HandOff: Story = {
  args: { initiative: handOffExample.id },
  parameters: { state: 'open', collector: { initiatives: { [handOffExample.id]: handOffExample } } },
};
export const HandOffEnglish = inEnglish(HandOff);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives({ status: 'closed', closesAt: '2026-02-01T12:00:00Z' }) } } };
export const ClosedEnglish = inEnglish(Closed);
