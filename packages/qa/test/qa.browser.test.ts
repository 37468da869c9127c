import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeCollector, serveFake, until, untilState, type FakeCollector } from '@participe/core/testing';
import { qaExample } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeQa } from '../src/element/qa.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
});

const fakeWith = (changes: Partial<typeof qaExample> = {}, options: Parameters<typeof fakeCollector>[0] = {}) =>
  fakeCollector({ initiatives: { [qaExample.id]: { ...qaExample, ...changes } }, ...options });

/**
 * Mounts the widget inside an ancestor carrying `lang`, against a fake collector served at a fresh
 * address — or at `collector`, one served earlier (drafts are kept per collector and initiative).
 */
async function mount(fake: FakeCollector = fakeWith(), { lang = 'fr', initiative = qaExample.id, collector = '' } = {}) {
  if (!collector) {
    restore?.();
    const served = serveFake(fake);
    restore = served.restore;
    collector = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-qa initiative="${initiative}" collector="${collector}"></participe-qa>`;
  return { element: wrapper.firstElementChild as ParticipeQa, wrapper, collector };
}

const shadow = (element: ParticipeQa) => element.shadowRoot!;
const text = (element: ParticipeQa) => shadow(element).textContent!.replace(/\s+/g, ' ');
const textarea = (element: ParticipeQa) => shadow(element).querySelector<HTMLTextAreaElement>('#message')!;
const sendButton = (element: ParticipeQa) => shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!;

function write(element: ParticipeQa, message: string) {
  textarea(element).value = message;
  textarea(element).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<participe-qa>', () => {
  // Every state the widget can be in, with axe on the element itself.
  describe('is accessible', () => {
    it('while loading', async () => {
      const { element } = await mount(fakeWith({}, { delayMs: Infinity }));
      await untilState(element, 'loading');
      expect(text(element)).to.contain('Chargement');
      await expect(element).to.be.accessible();
    });

    it('open, with the prompt, the field and its counter', async () => {
      const { element } = await mount();
      await untilState(element, 'open');
      expect(text(element)).to.contain('Que souhaitez-vous nous dire');
      expect(text(element)).to.match(/1\s000 caractères restants/);
      await expect(element).to.be.accessible();
    });

    it('closed, with its date', async () => {
      const { element } = await mount(fakeWith({ status: 'closed', closesAt: '2026-02-01T12:00:00Z' }));
      await untilState(element, 'closed');
      expect(text(element)).to.contain('La participation a pris fin le 1 février 2026');
      await expect(element).to.be.accessible();
    });

    it('upcoming, with its date', async () => {
      const { element } = await mount(fakeWith({ opensAt: '2099-05-01T12:00:00Z', closesAt: '2099-06-01T12:00:00Z' }), { lang: 'en' });
      await untilState(element, 'upcoming');
      expect(text(element)).to.contain('Participation opens on May 1, 2099');
      await expect(element).to.be.accessible();
    });

    it('offline, keeping the message to send later', async () => {
      const { element } = await mount(fakeWith({}, { submit: 'network-error' }));
      await untilState(element, 'open');
      write(element, 'Bonjour');
      sendButton(element).click();
      await untilState(element, 'offline');
      expect(text(element)).to.contain('Vous êtes hors ligne');
      await expect(element).to.be.accessible();
    });

    it('in error, when the collector cannot be reached', async () => {
      const { element } = await mount(fakeWith({}, { unreachable: true }), { lang: 'en' });
      await untilState(element, 'error');
      expect(text(element)).to.contain('This feature could not be loaded.');
      await expect(element).to.be.accessible();
    });

    it('in error, when misconfigured', async () => {
      const { element } = await mount(fakeWith(), { initiative: 'Pas Un Identifiant' });
      await untilState(element, 'error');
      expect(text(element)).to.contain('Ce module de participation est mal configuré.');
      await expect(element).to.be.accessible();
    });

    it('submitted, with the thanks', async () => {
      const { element } = await mount();
      await untilState(element, 'open');
      write(element, 'Bonjour');
      sendButton(element).click();
      await untilState(element, 'submitted');
      expect(text(element)).to.contain('Merci, votre message a bien été reçu.');
      await expect(element).to.be.accessible();
    });
  });

  it('is written and sent with the keyboard only', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake);
    await untilState(element, 'open');
    const submitted = new Promise<CustomEvent>((resolve) => element.addEventListener('participe-submit', (event) => resolve(event as CustomEvent)));
    textarea(element).focus();
    await sendKeys({ type: 'Bonjour' });
    await sendKeys({ press: 'Tab' }); // the privacy notice
    await sendKeys({ press: 'Tab' }); // send
    expect(shadow(element).activeElement?.textContent?.trim()).to.equal('Envoyer');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect((await submitted).detail.initiative).to.equal(qaExample.id);
    expect(fake.contributions[0]).to.deep.include({ type: 'qa', channel: 'web', language: 'fr' });
    expect(fake.contributions[0]!.payload).to.deep.equal({ message: 'Bonjour' });
  });

  it('says what is wrong next to the field, and moves focus there', async () => {
    const { element } = await mount(fakeWith({ definition: { ...qaExample.definition, maxLength: 5 } }), { lang: 'en' });
    await untilState(element, 'open');
    sendButton(element).click();
    await until(() => shadow(element).querySelector('#message-error') !== null, 'the error');
    expect(shadow(element).querySelector('#message-error')!.textContent).to.contain('Write a message before sending.');
    await until(() => shadow(element).activeElement === textarea(element), 'focus on the message');
    await expect(element).to.be.accessible();

    write(element, 'Much too long');
    sendButton(element).click();
    await until(() => shadow(element).querySelector('#message-error')?.textContent?.includes('over the 5-character limit') === true, 'the length error');
    expect(textarea(element).getAttribute('aria-invalid')).to.equal('true');
  });

  it('switches language live', async () => {
    const { element, wrapper } = await mount();
    await untilState(element, 'open');
    wrapper.lang = 'en';
    await until(() => text(element).includes('Your message') && text(element).includes('What would you like to tell us?'), 'English');
  });

  it('restores a draft after a reload', async () => {
    const first = await mount();
    await untilState(first.element, 'open');
    write(first.element, 'Un brouillon');
    fixtureCleanup();
    const again = await mount(undefined, { collector: first.collector });
    await untilState(again.element, 'open');
    expect(textarea(again.element).value).to.equal('Un brouillon');
  });
});
