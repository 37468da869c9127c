import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { pageFeedbackExample } from '../src/manifest.js';
import { until, untilState } from '@participe/core/testing';
import { exampleReport, exampleReportPromise } from '@participe/core/fixtures';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import '../src/element/define.js';
import type { ParticipePageFeedback } from '../src/element/page-feedback.js';

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

/** Picks "No" (the second choice, whatever the language). */
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

/** After "Yes": the comment, focused. */
export const CommentStep: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'open');
    await userEvent.click(buttons(element)[0]!);
    await until(() => element.shadowRoot!.activeElement === element.shadowRoot!.querySelector('textarea'), 'focus on the comment');
  },
};
export const CommentStepEnglish = inEnglish(CommentStep);

/** A comment that seems to hold personal details: the citizen is told next to the field, politely; sending stays possible. */
export const PersonalDetailsWarning: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'open');
    await userEvent.click(buttons(element)[0]!);
    await userEvent.type(element.shadowRoot!.querySelector('textarea')!, 'Écrivez-moi à jeanne@exemple.ca ou au 418 555-0199.');
    await until(() => !!element.shadowRoot!.querySelector('#comment-details'), 'the warning');
    await expect(element.shadowRoot!.querySelector('textarea')!.getAttribute('aria-describedby')).toContain('comment-details');
  },
};
export const PersonalDetailsWarningEnglish = inEnglish(PersonalDetailsWarning);

/** After "No": the reasons the definition lists (Canada.ca-like), optional, focus on the first, then the comment. */
export const ReasonsShown: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await until(() => element.shadowRoot!.activeElement === element.shadowRoot!.querySelector('input[name="reason"]'), 'focus on the first reason');
    await expect(element.shadowRoot!.querySelectorAll('input[name="reason"]')).toHaveLength(5);
  },
};
export const ReasonsShownEnglish = inEnglish(ReasonsShown);

/** A reason chosen: it travels with the answer. */
export const ReasonChosen: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    const outOfDate = element.shadowRoot!.querySelector<HTMLInputElement>('#reason-pas-a-jour')!;
    await userEvent.click(outOfDate);
    await expect(outOfDate.checked).toBe(true);
  },
};
export const ReasonChosenEnglish = inEnglish(ReasonChosen);

/** Comments turned off, reasons listed: "No" still shows the reasons and a send button. */
export const ReasonsWithoutComments: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { ...pageFeedbackExample.definition, commentMaxLength: 0 } }) } },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await until(() => element.shadowRoot!.querySelectorAll('input[name="reason"]').length === 5, 'the reasons');
    await expect(element.shadowRoot!.querySelector('textarea')).toBeNull();
  },
};
export const ReasonsWithoutCommentsEnglish = inEnglish(ReasonsWithoutComments);

export const CommentTooLong: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { commentMaxLength: 20, reasons: [] } }) } },
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

// "Download my answers" / "Delete my answers": once the collector acknowledged an answer from this
// browser, the privacy notice offers them. Each story answers first (that writes the participant id
// and the contributed mark after the global loader emptied localStorage), then goes on by clicks;
// the fake keeps what it acknowledged, so it finds and deletes this participant's answer.

/** Answers "No" and sends, then opens the privacy notice where the answers' actions now sit. */
async function withMyAnswers(canvasElement: HTMLElement) {
  const element = await answerNo(canvasElement);
  await userEvent.click(buttons(element).at(-1)!);
  await untilState(element, 'submitted');
  const root = element.shadowRoot!;
  await until(() => root.querySelectorAll('.my-data button').length === 2, 'the answers’ actions');
  await userEvent.click(root.querySelector('details.privacy > summary')!);
  return element;
}

/** Asks to delete: the confirmation replaces the two actions and takes focus. */
async function askToDelete(canvasElement: HTMLElement) {
  const element = await withMyAnswers(canvasElement);
  const root = element.shadowRoot!;
  await userEvent.click(root.querySelector('.my-data__delete button')!);
  await until(() => root.activeElement?.id === 'my-data-confirm', 'the confirmation, focused');
  return element;
}

export const MyAnswersOffered: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives() } },
  play: async ({ canvasElement }) => void (await withMyAnswers(canvasElement)),
};
export const MyAnswersOfferedEnglish = inEnglish(MyAnswersOffered);

export const DeleteMyAnswersConfirmation: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives() } },
  play: async ({ canvasElement }) => void (await askToDelete(canvasElement)),
};
export const DeleteMyAnswersConfirmationEnglish = inEnglish(DeleteMyAnswersConfirmation);

/** Deleted: the question starts over, the status says so and has focus, the browser keeps nothing. */
export const MyAnswersDeleted: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives() } },
  play: async ({ canvasElement }) => {
    const element = await askToDelete(canvasElement);
    const root = element.shadowRoot!;
    await userEvent.click(root.querySelector('.my-data [role="group"] button')!);
    await untilState(element, 'open');
    await until(() => root.activeElement?.classList.contains('status') === true, 'the message, focused');
    await expect(root.querySelector('.my-data')).toBeNull();
    // Nothing ties this browser to the deleted answers any more.
    await expect(Object.keys(localStorage).filter((key) => /^participe:(participant|contributed):/.test(key))).toEqual([]);
  },
};
export const MyAnswersDeletedEnglish = inEnglish(MyAnswersDeleted);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives({ status: 'closed', closesAt: '2026-02-01T12:00:00-05:00' }) } } };
export const ClosedEnglish = inEnglish(Closed);

const reportOf = (element: ParticipePageFeedback) => element.shadowRoot!.querySelector('[part="report"]');

/** Closed, and the ministry said what it did with the feedback ("you said, we did"). */
export const ClosedWithReport: Story = {
  parameters: {
    state: 'closed',
    collector: { initiatives: initiatives({ status: 'closed', closesAt: '2026-02-01T12:00:00-05:00' }), reports: { [pageFeedbackExample.id]: exampleReport } },
  },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'closed');
    await until(() => !!reportOf(element), 'the report');
    await expect(reportOf(element)!.querySelector('h2')).toBeTruthy();
  },
};
export const ClosedWithReportEnglish = inEnglish(ClosedWithReport);

/** Thanked, with the day the ministry promises to say what it did. */
export const SubmittedReportPromised: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives(), reports: { [pageFeedbackExample.id]: exampleReportPromise } } },
  play: async ({ canvasElement }) => {
    const element = await answerNo(canvasElement);
    await userEvent.click(buttons(element).at(-1)!);
    await untilState(element, 'submitted');
    await until(() => !!reportOf(element), 'the promise');
  },
};
export const SubmittedReportPromisedEnglish = inEnglish(SubmittedReportPromised);

export const Upcoming: Story = {
  parameters: { state: 'upcoming', collector: { initiatives: initiatives({ opensAt: '2099-05-01T09:00:00-04:00', closesAt: '2099-06-01T09:00:00-04:00' }) } },
};
export const UpcomingEnglish = inEnglish(Upcoming);

export const WithoutComments: Story = { parameters: { state: 'open', collector: { initiatives: initiatives({ definition: { commentMaxLength: 0, reasons: [] } }) } } };
export const WithoutCommentsEnglish = inEnglish(WithoutComments);

export const CustomWording: Story = {
  parameters: { state: 'open' },
  args: { strings: JSON.stringify({ fr: { question: 'Cette page vous a-t-elle été utile\u202f?' }, en: { question: 'Was this page useful?' } }) },
};
export const CustomWordingEnglish = inEnglish(CustomWording);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(), unreachable: true } } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

/** On a page whose origin the initiative does not allow: the citizen is told only that it is unavailable here. */
export const UnavailableHere: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(), otherOrigin: true } } };
export const UnavailableHereEnglish = inEnglish(UnavailableHere);

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
