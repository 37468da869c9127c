import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import { until, untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { testimonialsExample, type TestimonialsInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeTestimonials } from '../src/element/testimonials.js';
import { exampleTestimonials, fakeWall, sampleTestimonial, type FakeWallOptions } from '../test/fake-wall.js';

/** A story's collector: the initiative, and the wall's routes answered from memory. */
const collector = (initiative: TestimonialsInitiative = testimonialsExample, wall: FakeWallOptions = { items: exampleTestimonials() }, more: Record<string, unknown> = {}) => ({
  initiatives: { [initiative.id]: initiative },
  routes: fakeWall({ [initiative.id]: initiative }, wall).routes,
  ...more,
});

const meta: Meta = {
  title: 'Widgets/Testimonials',
  component: 'participe-testimonials',
  tags: ['autodocs'],
  parameters: { collector: collector() },
  render: (_args, { id, parameters }) =>
    html`<participe-testimonials initiative=${(parameters['initiativeId'] as string | undefined) ?? testimonialsExample.id} collector=${storyCollector(id)}></participe-testimonials>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeTestimonials>('participe-testimonials')!;
const $ = <T extends Element = HTMLElement>(element: ParticipeTestimonials, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (element: ParticipeTestimonials, fr: string, en: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === (element.language === 'fr' ? fr : en))!;

/** The wall open with its testimonials shown. */
async function listed(canvasElement: HTMLElement) {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await until(() => !!$(element, '.items') || !!$(element, '.empty'), 'the wall');
  return element;
}

async function openForm(element: ParticipeTestimonials) {
  await userEvent.click(buttonNamed(element, 'Partager votre expérience', 'Share your experience'));
  await until(() => !!$(element, '#field-text'), 'the form');
}

/** Fills the form: a story, the first service, "publish"; then sends it. */
async function share(element: ParticipeTestimonials) {
  await openForm(element);
  await userEvent.type($(element, '#field-text')!, element.language === 'fr' ? 'Très bon accueil au comptoir.' : 'Very kind welcome at the counter.');
  await userEvent.selectOptions($<HTMLSelectElement>(element, '#field-service')!, 'comptoirs');
  await userEvent.click($(element, '#field-visibility')!);
  await userEvent.click(buttonNamed(element, 'Envoyer mon témoignage', 'Send my testimonial'));
}

export const Loading: Story = { parameters: { state: 'loading', collector: collector(testimonialsExample, {}, { delayMs: Infinity }) } };
export const LoadingEnglish = inEnglish(Loading);

/** The wall: replies and change marks under testimonials, an edited one, the summary per service in words. */
export const Open: Story = { parameters: { state: 'open' }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const OpenEnglish = inEnglish(Open);

export const Empty: Story = { parameters: { state: 'open', collector: collector(testimonialsExample, { items: [] }) }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const EmptyEnglish = inEnglish(Empty);

/** More than a page: "show more" under the grid. */
export const ManyTestimonials: Story = {
  parameters: {
    state: 'open',
    collector: collector(testimonialsExample, { items: Array.from({ length: 15 }, (_, index) => sampleTestimonial({ text: `Témoignage ${index + 1} sur le service.`, service: index % 2 ? 'permis' : 'en-ligne', rating: (index % 5) + 1 })) }),
  },
  play: async ({ canvasElement }) => void (await listed(canvasElement)),
};
export const ManyTestimonialsEnglish = inEnglish(ManyTestimonials);

/** Sharing: the privacy notice first, the warning against personal details, every field. */
export const Sharing: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => void (await openForm(await listed(canvasElement))),
};
export const SharingEnglish = inEnglish(Sharing);

/** A phone number and an email typed: the form warns before anything is sent. */
export const PersonalDetailsWarning: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    await userEvent.type($(element, '#field-text')!, 'Appelez-moi au 418 555-0199 ou à jeanne@exemple.ca');
    await until(() => !!$(element, '#field-text-details'), 'the warning');
  },
};
export const PersonalDetailsWarningEnglish = inEnglish(PersonalDetailsWarning);

/** Sent empty: each required field says what is missing. */
export const MissingFields: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    await userEvent.click(buttonNamed(element, 'Envoyer mon témoignage', 'Send my testimonial'));
    await until(() => element.shadowRoot!.querySelectorAll('.field__error').length === 3, 'the errors');
  },
};
export const MissingFieldsEnglish = inEnglish(MissingFields);

/** The report form under a testimonial, its reasons. */
export const Reporting: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await userEvent.click(buttonNamed(element, 'Signaler', 'Report'));
    await until(() => !!$(element, '.report'), 'the report form');
  },
};
export const ReportingEnglish = inEnglish(Reporting);

export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await share(element);
    await untilState(element, 'submitted');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Offline: Story = {
  parameters: { state: 'offline', collector: collector(testimonialsExample, { items: exampleTestimonials() }, { submit: 'network-error' }) },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await share(element);
    await untilState(element, 'offline');
  },
};
export const OfflineEnglish = inEnglish(Offline);

/** Closed: the wall stays, with its replies; sharing does not. */
export const Closed: Story = { parameters: { state: 'closed', collector: collector({ ...testimonialsExample, status: 'closed', closesAt: '2026-02-01T12:00:00-05:00' }) } };
export const ClosedEnglish = inEnglish(Closed);

export const Upcoming: Story = {
  parameters: { state: 'upcoming', collector: collector({ ...testimonialsExample, opensAt: '2099-05-01T09:00:00-04:00', closesAt: '2099-06-01T09:00:00-04:00' }) },
};
export const UpcomingEnglish = inEnglish(Upcoming);

/** The wall could not be read (an answer it cannot use): retry. */
export const WallError: Story = {
  parameters: { state: 'open', collector: collector(testimonialsExample, { listFailure: 'unreadable' }) },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'open');
    await until(() => !!$(element, '.notice'), 'the error');
  },
};
export const WallErrorEnglish = inEnglish(WallError);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: collector(testimonialsExample, {}, { unreachable: true }) } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

export const Misconfigured: Story = { parameters: { state: 'error', initiativeId: 'Pas Un Identifiant' } };
export const MisconfiguredEnglish = inEnglish(Misconfigured);
