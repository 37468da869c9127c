import { exampleReport } from '@participe/core/fixtures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import { until, untilState } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import { discussionExample, ideaBoardExample, type IdeaBoardInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeIdeaBoard } from '../src/element/idea-board.js';
import { examplePosts, exampleIdeas, fakeBoard, type FakeBoardOptions } from '../test/fake-board.js';

/** A story's collector: the initiative, and the board's routes answered from memory. */
const collector = (initiative: IdeaBoardInitiative = ideaBoardExample, board: FakeBoardOptions = { items: exampleIdeas() }, more: Record<string, unknown> = {}) => ({
  initiatives: { [initiative.id]: initiative },
  routes: fakeBoard({ [initiative.id]: initiative }, board).routes,
  ...more,
});

const withDefinition = (changes: Partial<IdeaBoardInitiative['definition']>, initiative: Partial<IdeaBoardInitiative> = {}): IdeaBoardInitiative => ({
  ...ideaBoardExample,
  ...initiative,
  definition: { ...ideaBoardExample.definition, ...changes },
});

const meta: Meta = {
  title: 'Widgets/Idea board',
  component: 'participe-idea-board',
  tags: ['autodocs'],
  parameters: { collector: collector() },
  render: (_args, { id, parameters }) =>
    html`<participe-idea-board
      initiative=${(parameters['initiativeId'] as string | undefined) ?? ideaBoardExample.id}
      topic=${(parameters['topic'] as string | undefined) ?? nothing}
      collector=${storyCollector(id)}
    ></participe-idea-board>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeIdeaBoard>('participe-idea-board')!;
const $ = <T extends Element = HTMLElement>(element: ParticipeIdeaBoard, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (element: ParticipeIdeaBoard, name: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name || button.textContent!.trim() === name)!;

/** The board open with its list shown. */
async function listed(canvasElement: HTMLElement) {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await until(() => !!$(element, '.items') || !!$(element, '.empty'), 'the list');
  return element;
}

async function openForm(element: ParticipeIdeaBoard) {
  await userEvent.click(buttonNamed(element, element.language === 'fr' ? 'Proposer une idée' : 'Propose an idea'));
  await until(() => !!$(element, '#field-title'), 'the form');
}

export const Loading: Story = { parameters: { state: 'loading', collector: collector(ideaBoardExample, {}, { delayMs: Infinity }) } };
export const LoadingEnglish = inEnglish(Loading);

/** The ideas most supported first: statuses and answers, a duplicate linked to the idea it repeats, votes left. */
export const Open: Story = { parameters: { state: 'open' }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const OpenEnglish = inEnglish(Open);

export const Empty: Story = { parameters: { state: 'open', collector: collector(ideaBoardExample, { items: [] }) }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const EmptyEnglish = inEnglish(Empty);

/** Proposing: similar ideas suggested while the title is typed. */
export const Proposing: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    await userEvent.type($(element, '#field-title')!, element.language === 'fr' ? 'Un compte unique' : 'One account for all services');
    await until(() => !!$(element, '.similar'), 'similar ideas');
  },
};
export const ProposingEnglish = inEnglish(Proposing);

/** Sent without a title, a description or a category: each says what is missing. */
export const MissingFields: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    await userEvent.click(buttonNamed(element, element.language === 'fr' ? 'Envoyer mon idée' : 'Send my idea'));
    await until(() => element.shadowRoot!.querySelectorAll('.field__error').length === 3, 'the errors');
  },
};
export const MissingFieldsEnglish = inEnglish(MissingFields);

/** Acknowledged: thanks, and "propose another". */
export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    const fr = element.language === 'fr';
    await userEvent.type($(element, '#field-title')!, fr ? 'Des formulaires plus courts' : 'Shorter forms');
    await userEvent.type($(element, '#field-description')!, fr ? 'Ne demander que ce qui sert.' : 'Ask only what is needed.');
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#field-category')!, 'formulaires');
    await userEvent.click(buttonNamed(element, fr ? 'Envoyer mon idée' : 'Send my idea'));
    await untilState(element, 'submitted');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

/** A support given: the button pressed, the count and the votes left updated. */
export const Supported: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    const support = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.vote')[1]!;
    await userEvent.click(support);
    await until(() => support.getAttribute('aria-pressed') === 'true', 'the vote');
  },
};
export const SupportedEnglish = inEnglish(Supported);

/** Five votes cast elsewhere on the board: none left, said before anything is sent. */
const allVotesCast = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`30000000-0000-4000-8000-00000000000${index}`, 1]));
export const VoteLimitReached: Story = {
  parameters: { state: 'open', collector: collector(ideaBoardExample, { items: exampleIdeas(), myVotes: allVotesCast }) },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await until(() => !!element.shadowRoot!.querySelector('.votes-left')?.textContent?.includes(element.language === 'fr' ? 'utilisé' : 'used'), 'no votes left');
    await userEvent.click(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.vote')[0]!);
    await until(() => !!$(element, '.item__error'), 'the message');
  },
};
export const VoteLimitReachedEnglish = inEnglish(VoteLimitReached);

const upDown = withDefinition({ voteModel: 'up-down', voteLimit: undefined });
export const ForAndAgainst: Story = { parameters: { state: 'open', collector: collector(upDown) }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const ForAndAgainstEnglish = inEnglish(ForAndAgainst);

const stars = withDefinition({ voteModel: 'stars', voteLimit: undefined });
export const StarRatings: Story = { parameters: { state: 'open', collector: collector(stars) }, play: async ({ canvasElement }) => void (await listed(canvasElement)) };
export const StarRatingsEnglish = inEnglish(StarRatings);

/** "Report": the reasons to choose from. */
export const Reporting: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await userEvent.click(element.shadowRoot!.querySelector<HTMLButtonElement>('button.report-open')!);
    await until(() => !!$(element, 'fieldset.report'), 'the report form');
  },
};
export const ReportingEnglish = inEnglish(Reporting);

export const NoMatch: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await userEvent.type($(element, '#search')!, 'zzzz');
    await userEvent.click(buttonNamed(element, element.language === 'fr' ? 'Rechercher' : 'Search'));
    await until(() => !!$(element, '.empty'), 'no match');
  },
};
export const NoMatchEnglish = inEnglish(NoMatch);

/** Closed: the ideas and their answers stay readable, without votes or proposals. */
export const Closed: Story = {
  parameters: { state: 'closed', collector: collector({ ...ideaBoardExample, status: 'closed' }) },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'closed');
    await until(() => !!$(element, '.items'), 'the list');
  },
};
export const ClosedEnglish = inEnglish(Closed);

/** Closed with its report: what was heard and decided, themes with counts, an official answer quoted. */
export const ClosedWithReport: Story = {
  parameters: {
    state: 'closed',
    collector: collector({ ...ideaBoardExample, status: 'closed' }, { items: exampleIdeas() }, {
      reports: {
        [ideaBoardExample.id]: {
          ...exampleReport,
          answers: [{ id: '00000000-0000-4000-8000-000000000001', payload: { title: 'Un seul compte pour tous les services' }, response: { status: 'accepted', text: { fr: 'Retenue : en service depuis octobre.', en: 'Adopted: in service since October.' }, duplicateOf: null, respondedAt: '2026-09-01T12:00:00Z' } }],
        },
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'closed');
    await until(() => !!element.shadowRoot!.querySelector('[part="report"]'), 'the report');
  },
};
export const ClosedWithReportEnglish = inEnglish(ClosedWithReport);

export const Upcoming: Story = { parameters: { state: 'upcoming', collector: collector({ ...ideaBoardExample, opensAt: '2027-06-01T00:00:00-04:00' }) } };
export const UpcomingEnglish = inEnglish(Upcoming);

/** The collector cannot be reached: the idea is kept on the device and sent later. */
export const Offline: Story = {
  parameters: { state: 'offline', collector: collector(ideaBoardExample, { items: exampleIdeas() }, { submit: 'network-error' }) },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await openForm(element);
    const fr = element.language === 'fr';
    await userEvent.type($(element, '#field-title')!, fr ? 'Envoyée plus tard' : 'Sent later');
    await userEvent.type($(element, '#field-description')!, fr ? 'Quand le réseau revient.' : 'When the network is back.');
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#field-category')!, 'en-ligne');
    await userEvent.click(buttonNamed(element, fr ? 'Envoyer mon idée' : 'Send my idea'));
    await untilState(element, 'offline');
  },
};
export const OfflineEnglish = inEnglish(Offline);

export const LoadError: Story = { parameters: { state: 'error', collector: { ...collector(), unreachable: true } } };
export const LoadErrorEnglish = inEnglish(LoadError);

/** On a page whose origin the initiative does not allow: the citizen is told only that it is unavailable here. */
export const UnavailableHere: Story = { parameters: { state: 'error', collector: { ...collector(), otherOrigin: true } } };
export const UnavailableHereEnglish = inEnglish(UnavailableHere);

/** Discussion mode under one question of a consultation page: the organisation's post marked, the comment form open. */
export const Discussion: Story = {
  parameters: { state: 'open', initiativeId: discussionExample.id, topic: 'frequence', collector: collector(discussionExample, { items: examplePosts() }) },
  play: async ({ canvasElement }) => void (await listed(canvasElement)),
};
export const DiscussionEnglish = inEnglish(Discussion);

export const DiscussionSubmitted: Story = {
  parameters: { state: 'submitted', initiativeId: discussionExample.id, topic: 'frequence', collector: collector(discussionExample, { items: examplePosts() }) },
  play: async ({ canvasElement }) => {
    const element = await listed(canvasElement);
    await userEvent.type($(element, '#field-text')!, element.language === 'fr' ? 'Le soir, surtout.' : 'In the evening, mostly.');
    await userEvent.click(buttonNamed(element, element.language === 'fr' ? 'Publier mon commentaire' : 'Publish my comment'));
    await untilState(element, 'submitted');
  },
};
export const DiscussionSubmittedEnglish = inEnglish(DiscussionSubmitted);

/** A `topic` the initiative does not have: the webmaster reads what to fix. */
export const UnknownTopic: Story = {
  parameters: { state: 'error', initiativeId: discussionExample.id, topic: 'inconnu', collector: collector(discussionExample, { items: [] }) },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await until(() => element.shadowRoot!.textContent!.includes('inconnu'), 'the problem');
  },
};
export const UnknownTopicEnglish = inEnglish(UnknownTopic);
