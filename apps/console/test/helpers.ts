import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '@participe/core/testing';
import '../src/define.js';
import type { ParticipeConsole } from '../src/console.js';
import { COLLECTOR, demoAdmin, serveStaffApi, type FakeAccount, type FakeStaffApi } from './fake-staff-api.js';

export { until };

let restoreFetch: (() => void) | undefined;

/** Puts the page back as a fresh tab would be: no session, no saved language, French, no route. */
export function resetPage(): void {
  restoreFetch?.();
  restoreFetch = undefined;
  fixtureCleanup();
  sessionStorage.clear();
  localStorage.clear();
  document.documentElement.lang = 'fr';
  history.replaceState(null, '', location.pathname + location.search);
}

export interface MountOptions {
  /** Signed in already (a token in sessionStorage, as after a reload); signed out when absent. */
  as?: FakeAccount | undefined;
  /** The console path to open, e.g. `/initiatives/abc`. */
  path?: string;
}

/** Mounts `<participe-console>` against the fake staff API. */
export async function mountConsole(fake: FakeStaffApi, { as, path = '/initiatives' }: MountOptions = {}): Promise<ParticipeConsole> {
  restoreFetch = serveStaffApi(fake);
  history.replaceState(null, '', `#${path}`);
  if (as) {
    const session = fake.sessionFor(as);
    sessionStorage.setItem('participe-console:session', JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
  }
  const element = await fixture<ParticipeConsole>(html`<participe-console collector=${COLLECTOR}></participe-console>`);
  return element;
}

export const signedIn = (fake: FakeStaffApi, path?: string, as: FakeAccount = demoAdmin) => mountConsole(fake, { as, path });

/** The current view element inside the shell (sign-in included). */
export function currentView(shell: ParticipeConsole): HTMLElement & { shadowRoot: ShadowRoot } {
  const view = shell.querySelector('main')!.firstElementChild as (HTMLElement & { shadowRoot: ShadowRoot }) | null;
  if (!view?.shadowRoot) throw new Error('no view rendered');
  return view;
}

/** The view's shadow root, once a view whose `h1` reads `heading` is rendered. */
export async function viewNamed(shell: ParticipeConsole, heading: string | RegExp): Promise<ShadowRoot> {
  const matches = (text: string) => (typeof heading === 'string' ? text === heading : heading.test(text));
  let found: ShadowRoot | undefined;
  await until(() => {
    try {
      const root = currentView(shell).shadowRoot;
      const h1 = root.querySelector('h1')?.textContent?.trim() ?? '';
      if (matches(h1)) found = root;
    } catch {
      // Not rendered yet.
    }
    return found !== undefined;
  }, `a view titled ${heading}`);
  return found!;
}

/** Waits until some text appears in a root (shadow roots of nested elements excluded). */
export async function untilText(root: ShadowRoot | Element, text: string, what = `text "${text}"`): Promise<void> {
  await until(() => normalized(root).includes(text), what);
}

/** Text with runs of ordinary white space collapsed; no-break spaces (French typography) are kept. */
export const normalized = (root: ShadowRoot | Element) => (root.textContent ?? '').replace(/[ \t\n\r]+/g, ' ');

/** The control a label names (labels and controls share a shadow root). */
export function control<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): T {
  const labels = [...root.querySelectorAll('label')];
  const found = labels.find((candidate) => normalizedLabel(candidate) === label);
  if (!found) throw new Error(`no label "${label}" (labels: ${labels.map(normalizedLabel).join(' | ')})`);
  const target = found.htmlFor ? root.getElementById(found.htmlFor) : found.querySelector('input, select, textarea');
  if (!target) throw new Error(`label "${label}" names no control`);
  return target as T;
}

/** A label's own words, without its "(required)" marker. */
const normalizedLabel = (label: HTMLLabelElement) =>
  [...label.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof HTMLElement && !node.classList.contains('field__marker')))
    .map((node) => node.textContent)
    .join('')
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();

const words = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();

export function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => words(candidate.textContent!) === words(name));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

export function linkNamed(root: ShadowRoot, name: string): HTMLAnchorElement {
  const found = [...root.querySelectorAll('a')].find((candidate) => words(candidate.textContent!) === words(name));
  if (!found) throw new Error(`no link "${name}"`);
  return found;
}

/** Types into a control as a person would (value, then an input event). */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function choose(element: HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The focused element, through every shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The shell's live region. */
export const liveRegion = (shell: ParticipeConsole) => shell.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;

export const shellButton = (shell: ParticipeConsole, name: string) => buttonNamed(shell.shadowRoot!, name);

/**
 * Waits until `element` has focus. (Comparing elements with chai's `equal` is avoided: on failure
 * it tries to print a Lit element's whole object graph.)
 */
export async function untilFocused(element: Element | null, what = 'focus'): Promise<void> {
  if (!element) throw new Error(`nothing to focus for ${what}`);
  await until(() => deepActiveElement() === element, `${what} (focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

/** Waits until an element with this id is rendered in the root. */
export async function untilElement(root: ShadowRoot, id: string): Promise<HTMLElement> {
  await until(() => root.getElementById(id) !== null, `#${id}`);
  return root.getElementById(id)!;
}

/** Fills every required common field of the initiative editor (the type's definition aside). */
export function fillRequiredSettings(root: ShadowRoot, { id, titleFr, titleEn, purposeFr, purposeEn, recipientFr, recipientEn }: Record<'id' | 'titleFr' | 'titleEn' | 'purposeFr' | 'purposeEn' | 'recipientFr' | 'recipientEn', string>): void {
  typeInto(control(root, 'Identifiant'), id);
  typeInto(control(root, 'Titre en français'), titleFr);
  typeInto(control(root, 'Titre en anglais'), titleEn);
  typeInto(control(root, 'Utilisation des renseignements, en français'), purposeFr);
  typeInto(control(root, 'Utilisation des renseignements, en anglais'), purposeEn);
  typeInto(control(root, 'Destinataire, en français'), recipientFr);
  typeInto(control(root, 'Destinataire, en anglais'), recipientEn);
  typeInto(control(root, 'Durée de conservation annoncée, en français'), 'Un an.');
  typeInto(control(root, 'Durée de conservation annoncée, en anglais'), 'One year.');
}

