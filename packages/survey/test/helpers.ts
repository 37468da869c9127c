import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { surveyExample } from '../src/manifest.js';
import type { SurveyInitiative, SurveyQuestion } from '../src/manifest.js';
import { fakeCollector, type FakeCollectorOptions, serveFake, until } from '@participe/core/testing';
import '../src/element/define.js';
import type { ParticipeSurvey } from '../src/element/survey.js';

let restore: (() => void) | undefined;

export function cleanUp() {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
}

/** A one-page survey made of the given questions (no review step unless asked). */
export function surveyOf(questions: unknown[], changes: Partial<SurveyInitiative['definition']> = {}): SurveyInitiative {
  return {
    ...surveyExample,
    id: 'essai',
    definition: { onePerParticipant: false, review: false, ...changes, pages: [{ id: 'page', title: { fr: 'Questions', en: 'Questions' }, questions: questions as SurveyQuestion[] }] },
  };
}

/** Mounts a survey against a fake collector, inside an ancestor carrying `lang`. */
export async function mount(initiative: SurveyInitiative = surveyExample, { lang = 'fr', collector = '', fake = undefined as ReturnType<typeof fakeCollector> | undefined, options = {} as FakeCollectorOptions } = {}) {
  fake ??= fakeCollector({ initiatives: { [initiative.id]: initiative }, ...options });
  if (!collector) {
    const served = serveFake(fake);
    restore = served.restore;
    collector = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-survey initiative="${initiative.id}" collector="${collector}"></participe-survey>`;
  const element = wrapper.firstElementChild as ParticipeSurvey;
  return { element, wrapper, fake, collector };
}

export const root = (element: ParticipeSurvey) => element.shadowRoot!;
export const text = (element: Element) => (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');
export const $ = <T extends Element = HTMLElement>(element: ParticipeSurvey, selector: string) => root(element).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: ParticipeSurvey, selector: string) => [...root(element).querySelectorAll<T>(selector)];
export const focused = (element: ParticipeSurvey) => root(element).activeElement as HTMLElement | null;

/** The button whose visible text starts with `label`. */
export const buttonNamed = (element: ParticipeSurvey, label: string) =>
  $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim().startsWith(label))!;

/** Checks a radio button or checkbox by its label text, as a click would. */
export async function pick(element: ParticipeSurvey, label: string) {
  const target = $$<HTMLLabelElement>(element, 'label').find((candidate) => candidate.textContent!.trim() === label);
  if (!target) throw new Error(`no choice labelled "${label}"`);
  target.click();
  await element.updateComplete;
}

/** Types into a text control as an input event would. */
export async function type(element: ParticipeSurvey, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

export async function next(element: ParticipeSurvey) {
  $<HTMLButtonElement>(element, 'button[type=submit]').click();
  await element.updateComplete;
  await until(() => true);
}

export const pageTitle = (element: ParticipeSurvey) => $(element, '.page-title, h3').textContent!.trim();
