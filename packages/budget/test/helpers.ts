import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { budgetExample, type BudgetInitiative } from '../src/manifest.js';
import { fakeCollector, type FakeCollectorOptions, serveFake } from '@participe/core/testing';
import '../src/element/define.js';
import type { ParticipeBudget } from '../src/element/budget.js';

let restore: (() => void) | undefined;

export function cleanUp() {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
}

/** The example with some of its definition changed, under its own id. */
export function budgetOf(definition: Partial<BudgetInitiative['definition']> = {}, changes: Partial<BudgetInitiative> = {}): BudgetInitiative {
  return { ...budgetExample, ...changes, definition: { ...budgetExample.definition, ...definition } };
}

/** Mounts a budget against a fake collector, inside an ancestor carrying `lang`. */
export async function mount(initiative: BudgetInitiative = budgetExample, { lang = 'fr', collector = '', fake = undefined as ReturnType<typeof fakeCollector> | undefined, options = {} as FakeCollectorOptions } = {}) {
  fake ??= fakeCollector({ initiatives: { [initiative.id]: initiative }, ...options });
  if (!collector) {
    const served = serveFake(fake);
    restore = served.restore;
    collector = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-budget initiative="${initiative.id}" collector="${collector}"></participe-budget>`;
  const element = wrapper.firstElementChild as ParticipeBudget;
  return { element, wrapper, fake, collector };
}

export const root = (element: ParticipeBudget) => element.shadowRoot!;
/** Text with markup spacing collapsed; no-break spaces stay (French typography and money use them). */
export const text = (element: Element) => (element.shadowRoot ?? element).textContent!.replace(/[ \t\n\r]+/g, ' ');
export const $ = <T extends Element = HTMLElement>(element: ParticipeBudget, selector: string) => root(element).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: ParticipeBudget, selector: string) => [...root(element).querySelectorAll<T>(selector)];
export const focused = (element: ParticipeBudget) => root(element).activeElement as HTMLElement | null;

/** The button whose visible text starts with `label`. */
export const buttonNamed = (element: ParticipeBudget, label: string) =>
  $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))!;

/** Moves a line's slider to a position, as dragging it would. */
export async function slide(element: ParticipeBudget, line: string, position: number) {
  const slider = $<HTMLInputElement>(element, `#line-${line}-slider`);
  slider.value = String(position);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** Types an amount in a box and leaves it, as a citizen would. */
export async function typeAmount(element: ParticipeBudget, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

export const balanceText = (element: ParticipeBudget) => $(element, '.balance__state').textContent!.replace(/[ \t\n\r]+/g, ' ').trim();
