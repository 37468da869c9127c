import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import { budgetExample, type BudgetInitiative, type BudgetResults } from '../src/manifest.js';
import { untilState, until } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import '../src/element/define.js';
import type { ParticipeBudget } from '../src/element/budget.js';

const M = 1_000_000;
const initiatives = (initiative: BudgetInitiative) => ({ [initiative.id]: initiative });

/** The example with some of its definition changed. */
const example = (changes: Partial<BudgetInitiative> = {}, definition: Partial<BudgetInitiative['definition']> = {}): BudgetInitiative => ({
  ...budgetExample,
  ...changes,
  definition: { ...budgetExample.definition, ...definition },
});

const meta: Meta = {
  title: 'Widgets/Budget',
  component: 'participe-budget',
  tags: ['autodocs'],
  parameters: { collector: { initiatives: initiatives(budgetExample) } },
  render: (_args, { id }) => html`<participe-budget initiative=${budgetExample.id} collector=${storyCollector(id)}></participe-budget>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeBudget>('participe-budget')!;
const $ = <T extends HTMLElement = HTMLElement>(element: ParticipeBudget, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

async function opened(canvasElement: HTMLElement) {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await until(() => !!element.shadowRoot!.querySelector('.balance'), 'the simulator');
  return element;
}

/** Types an amount in a line's box, then leaves it (as Tab would). */
async function typeAmount(element: ParticipeBudget, line: string, amount: string) {
  const box = $<HTMLInputElement>(element, `#line-${line}-amount`);
  // Typed over the whole current amount, as after selecting it.
  await userEvent.type(box, `${amount}{enter}`, { initialSelectionStart: 0, initialSelectionEnd: box.value.length });
  await element.updateComplete;
}

/** Closes the example's 3.22 M$ deficit: residential tax up 3.5 M$. */
const balance = async (element: ParticipeBudget) => typeAmount(element, 'taxe-residentielle', '101500000');

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(budgetExample), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

/** Today's budget: a deficit to close, the rule, 21 lines in five categories, two of them locked, one counted in people. */
export const Open: Story = { parameters: { state: 'open' } };
export const OpenEnglish = inEnglish(Open);

/** The deficit closed: a surplus, the household's tax change, and the send button available. */
export const Balanced: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await balance(element);
    await until(() => $(element, '.why').classList.contains('why--ready'), 'ready to send');
  },
};
export const BalancedEnglish = inEnglish(Balanced);

/** A cut deep enough to reach a consequence, said next to the slider. */
export const ConsequenceReached: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await typeAmount(element, 'police', '28500000');
    await until(() => !!element.shadowRoot!.querySelector('#line-police-consequence'), 'the consequence');
  },
};
export const ConsequenceReachedEnglish = inEnglish(ConsequenceReached);

/** An amount the line cannot take: the message sits next to the box, the line keeps its value. */
export const TypedAmountRefused: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await typeAmount(element, 'police', '31100000');
    await until(() => !!element.shadowRoot!.querySelector('#line-police-amount-error'), 'the message');
  },
};
export const TypedAmountRefusedEnglish = inEnglish(TypedAmountRefused);

/** Send pressed while the rule is not met: the reasons take focus. */
export const CannotSendYet: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await userEvent.click($(element, 'button[type=submit]'));
    await until(() => element.shadowRoot!.activeElement?.id === 'budget-why', 'the reasons, focused');
  },
};
export const CannotSendYetEnglish = inEnglish(CannotSendYet);

/** Every line as a row of one table, for screen readers and typists. */
export const TableMode: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await userEvent.click([...element.shadowRoot!.querySelectorAll('.mode button')][1]!);
    await until(() => !!element.shadowRoot!.querySelector('.budget-table'), 'the table');
  },
};
export const TableModeEnglish = inEnglish(TableMode);

/** The allocation by category as a chart (chart.js, loaded on request) with the same figures in a table. */
export const AllocationChart: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await typeAmount(element, 'police', '30000000');
    await userEvent.click($(element, '.chart-toggle button'));
    await until(() => !!element.shadowRoot!.querySelector('.allocation canvas'), 'the chart');
  },
};
export const AllocationChartEnglish = inEnglish(AllocationChart);

/** A rule with some room: a deficit of up to 1 M$ and a surplus of up to 2 M$; no household impact, no comment. */
export const DeficitAllowed: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives(example({}, { rule: { maxDeficit: 1 * M, maxSurplus: 2 * M }, mustChange: false, household: undefined, commentMaxLength: 0 })) } },
};
export const DeficitAllowedEnglish = inEnglish(DeficitAllowed);

const sendBalanced = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = await opened(canvasElement);
  await balance(element);
  await userEvent.type($(element, '#comment'), 'Gardez les bibliothèques ouvertes.');
  await userEvent.click($(element, 'button[type=submit]'));
  return element;
};

/** Sent: the thanks, and the citizen's own budget to print or copy. */
export const Submitted: Story = {
  parameters: { state: 'submitted' },
  play: async (context) => {
    const element = await sendBalanced(context);
    await untilState(element, 'submitted');
    await until(() => !!element.shadowRoot!.querySelector('.summary'), 'the summary');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Offline: Story = {
  parameters: { state: 'offline', collector: { initiatives: initiatives(budgetExample), submit: 'network-error' } },
  play: async (context) => {
    const element = await sendBalanced(context);
    await untilState(element, 'offline');
  },
};
export const OfflineEnglish = inEnglish(Offline);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives(example({ status: 'closed', closesAt: '2026-06-30T23:59:59-04:00' })) } } };
export const ClosedEnglish = inEnglish(Closed);

export const Upcoming: Story = { parameters: { state: 'upcoming', collector: { initiatives: initiatives(example({ opensAt: '2099-03-01T09:00:00-05:00', closesAt: '2099-04-01T09:00:00-04:00' })) } } };
export const UpcomingEnglish = inEnglish(Upcoming);

const published = example({ status: 'closed', closesAt: '2026-06-30T23:59:59-04:00', resultsPublished: true });
/** What 412 residents chose, line by line: increased, kept, decreased, and the spread of amounts. */
const results: BudgetResults = {
  initiative: published.id,
  type: 'budget',
  responses: 412,
  lines: published.definition.categories.flatMap((category) =>
    category.lines.map((line, index) => {
      const [increased, kept, decreased] = [[120, 180, 112], [60, 290, 62], [30, 300, 82], [150, 200, 62]][index % 4]!;
      const scale = line.unit ? 1 : 100;
      const third = Math.max(line.step, Math.round((line.max - line.min) / 3 / line.step) * line.step);
      return {
        line: line.id,
        answered: 412,
        increased: line.locked ? 0 : increased!,
        kept: line.locked ? 412 : kept!,
        decreased: line.locked ? 0 : decreased!,
        mean: line.amount * scale,
        median: line.amount * scale,
        distribution: [
          { from: line.min * scale, to: Math.min(line.max, line.min + third - line.step) * scale, count: decreased! },
          { from: Math.min(line.max, line.min + third) * scale, to: Math.min(line.max, line.min + 2 * third - line.step) * scale, count: kept! },
          { from: Math.min(line.max, line.min + 2 * third) * scale, to: line.max * scale, count: increased! },
        ],
      };
    }),
  ),
};
export const Results: Story = {
  parameters: { state: 'closed', collector: { initiatives: initiatives(published), results: { [published.id]: results } } },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'closed');
    await until(() => !!element.shadowRoot!.querySelector('.results'), 'the results');
  },
};
export const ResultsEnglish = inEnglish(Results);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(budgetExample), unreachable: true } } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

/** On a page whose origin the initiative does not allow: the citizen is told only that it is unavailable here. */
export const UnavailableHere: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(budgetExample), otherOrigin: true } } };
export const UnavailableHereEnglish = inEnglish(UnavailableHere);

/** A definition with a mistake: the element names the field, for the webmaster. */
export const MalformedDefinition: Story = {
  parameters: { state: 'error' },
  render: () => {
    const [first, ...others] = budgetExample.definition.categories;
    return html`<participe-budget .preview=${example({}, { categories: [{ ...first!, lines: [{ ...first!.lines[0]!, amount: 32_100_000 }, ...first!.lines.slice(1)] }, ...others] })}></participe-budget>`;
  },
};
export const MalformedDefinitionEnglish = inEnglish(MalformedDefinition);
