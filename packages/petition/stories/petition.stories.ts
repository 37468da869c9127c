import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import { until, untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { handOffExample, petitionExample, type PetitionInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipePetition } from '../src/element/petition.js';
import { fakePetition, sampleToken, type FakePetitionOptions } from '../test/fake-petition.js';

/** A story's collector: the initiative, and the petition's routes answered from memory. */
const collector = (initiative: PetitionInitiative = petitionExample, petition: FakePetitionOptions = {}, more: Record<string, unknown> = {}) => ({
  initiatives: { [initiative.id]: initiative },
  routes: fakePetition(petition).routes,
  ...more,
});

const response = {
  text: {
    fr: 'Le Ministère aménagera 12 km de pistes cyclables protégées entre Baie-Saint-Paul et Les Éboulements en 2027, puis le reste du tronçon en 2028.',
    en: 'The Ministry will build 12 km of protected bike lanes between Baie-Saint-Paul and Les Éboulements in 2027, then the rest of the section in 2028.',
  },
  publishedAt: '2026-03-01T10:00:00-05:00',
};

const meta: Meta = {
  title: 'Widgets/Petition',
  component: 'participe-petition',
  tags: ['autodocs'],
  parameters: { collector: collector() },
  render: (_args, { id, parameters }) =>
    html`<participe-petition initiative=${(parameters['initiativeId'] as string | undefined) ?? petitionExample.id} collector=${storyCollector(id)}></participe-petition>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipePetition>('participe-petition')!;
const $ = <T extends Element = HTMLElement>(element: ParticipePetition, selector: string) => element.shadowRoot!.querySelector<T>(selector);

/** Fills the form as a signer would (whatever the language) and signs. */
async function sign(canvasElement: HTMLElement, email = 'jeanne@example.ca') {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await until(() => !!$(element, 'form'), 'the form');
  await userEvent.type($<HTMLInputElement>(element, '#petition-name')!, 'Jeanne Tremblay');
  await userEvent.type($<HTMLInputElement>(element, '#petition-email')!, email);
  await userEvent.type($<HTMLInputElement>(element, '#petition-postalCode')!, 'G5A 1B2');
  await userEvent.click($<HTMLInputElement>(element, '#petition-consent')!);
  await userEvent.click($<HTMLButtonElement>(element, 'button[type=submit]')!);
  return element;
}

export const Loading: Story = { parameters: { state: 'loading', collector: collector(petitionExample, {}, { delayMs: Infinity }) } };
export const LoadingEnglish = inEnglish(Loading);

/** The text, its author and deadline, the count toward the threshold, the form. */
export const Open: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => void (await until(() => !!$(widget(canvasElement), 'progress'), 'the count')),
};
export const OpenEnglish = inEnglish(Open);

/** What is wrong, next to each field, focus on the first. */
export const Errors: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'open');
    await until(() => !!$(element, 'form'), 'the form');
    await userEvent.click($<HTMLButtonElement>(element, 'button[type=submit]')!);
    await until(() => !!$(element, '#petition-name-error'), 'the errors');
  },
};
export const ErrorsEnglish = inEnglish(Errors);

/** "Check your email": the same words whether or not the address had signed. */
export const CheckEmail: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => void (await untilState(await sign(canvasElement), 'submitted')),
};
export const CheckEmailEnglish = inEnglish(CheckEmail);

/** A disposable address, refused next to the field. */
export const Disposable: Story = {
  parameters: { state: 'open', refusal: true, collector: collector(petitionExample, { sign: 'disposable' }) },
  play: async ({ canvasElement }) => {
    const element = await sign(canvasElement, 'quelquun@mailinator.com');
    await until(() => !!$(element, '#petition-email-error'), 'the refusal');
  },
};
export const DisposableEnglish = inEnglish(Disposable);

/** The network lost while signing: the signature waits, then leaves by itself. */
export const Offline: Story = {
  parameters: { state: 'offline', collector: collector(petitionExample, { offline: Number.MAX_SAFE_INTEGER }) },
  play: async ({ canvasElement }) => void (await untilState(await sign(canvasElement), 'offline')),
};
export const OfflineEnglish = inEnglish(Offline);

/** Opened from the email's link: reading the page changes nothing, the button confirms. */
export const Confirm: Story = {
  parameters: { state: 'open', collector: collector(petitionExample, { tokens: { [sampleToken]: 'pending' } }) },
  beforeEach: () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#petition-confirm=${sampleToken}`);
    return () => history.replaceState(null, '', `${location.pathname}${location.search}`);
  },
  play: async ({ canvasElement }) => void (await until(() => !!$(widget(canvasElement), '.signing-message button'), 'the button')),
};
export const ConfirmEnglish = inEnglish(Confirm);

/** After the button: confirmed, and the count one higher. */
export const Confirmed: Story = {
  ...Confirm,
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await until(() => !!$(element, '.signing-message button'), 'the button');
    await userEvent.click($<HTMLButtonElement>(element, '.signing-message button')!);
    await until(() => $(element, '.count')?.textContent?.includes('121') === true, 'the count');
  },
};
export const ConfirmedEnglish = inEnglish(Confirmed);

/** Closed, past its threshold, with the official response in both languages. */
export const Responded: Story = {
  parameters: {
    state: 'closed',
    collector: collector({ ...petitionExample, status: 'closed', closesAt: '2026-02-01T12:00:00Z', definition: { ...petitionExample.definition, response } }, { signatures: 612 }),
  },
  play: async ({ canvasElement }) => void (await until(() => !!$(widget(canvasElement), 'progress'), 'the count')),
};
export const RespondedEnglish = inEnglish(Responded);

/** Lodged with the National Assembly: the text and a link to sign there, nothing collected. */
export const HandOff: Story = {
  parameters: { state: 'open', initiativeId: handOffExample.id, collector: collector(handOffExample) },
};
export const HandOffEnglish = inEnglish(HandOff);
