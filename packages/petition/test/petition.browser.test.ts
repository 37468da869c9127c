import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { fakeCollector, serveFake, until, untilState, type FakeCollector } from '@participe/core/testing';
import { handOffExample, petitionExample } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipePetition } from '../src/element/petition.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
});

const fakeWith = (changes: Partial<typeof petitionExample> = {}, options: Parameters<typeof fakeCollector>[0] = {}) =>
  fakeCollector({ initiatives: { [changes.id ?? petitionExample.id]: { ...petitionExample, ...changes } }, ...options });

/**
 * Mounts the widget inside an ancestor carrying `lang`, against a fake collector served at a fresh
 * address — or at `collector`, one served earlier (drafts are kept per collector and initiative).
 */
async function mount(fake: FakeCollector = fakeWith(), { lang = 'fr', initiative = petitionExample.id, collector = '' } = {}) {
  if (!collector) {
    restore?.();
    const served = serveFake(fake);
    restore = served.restore;
    collector = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-petition initiative="${initiative}" collector="${collector}"></participe-petition>`;
  return { element: wrapper.firstElementChild as ParticipePetition, wrapper, collector };
}

const shadow = (element: ParticipePetition) => element.shadowRoot!;
const text = (element: ParticipePetition) => shadow(element).textContent!.replace(/\s+/g, ' ');

describe('<participe-petition>', () => {
  // Every state the widget can be in, with axe on the element itself.
  describe('is accessible', () => {
    it('while loading', async () => {
      const { element } = await mount(fakeWith({}, { delayMs: Infinity }));
      await untilState(element, 'loading');
      expect(text(element)).to.contain('Chargement');
      await expect(element).to.be.accessible();
    });

    it('open, with the text, the author and the deadline', async () => {
      const { element } = await mount();
      await untilState(element, 'open');
      expect(text(element)).to.contain('Considérant que la route 138');
      expect(text(element)).to.contain('Pétition lancée par Vélo Charlevoix');
      expect(text(element)).to.contain('Ouverte jusqu’au 31 décembre 2027');
      await expect(element).to.be.accessible();
    });

    it('handed off, with a link to sign elsewhere and no form', async () => {
      const { element } = await mount(fakeWith({ id: handOffExample.id, definition: handOffExample.definition }), { initiative: handOffExample.id, lang: 'en' });
      await untilState(element, 'open');
      const link = shadow(element).querySelector<HTMLAnchorElement>('a[part=hand-off]')!;
      expect(link.href).to.equal(handOffExample.definition.handOffUrl);
      expect(link.textContent).to.contain('Sign the petition on the National Assembly’s site');
      expect(shadow(element).querySelector('form')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('closed, with its date', async () => {
      const { element } = await mount(fakeWith({ status: 'closed', closesAt: '2026-02-01T12:00:00Z' }));
      await untilState(element, 'closed');
      expect(text(element)).to.contain('Fermée le 1 février 2026');
      await expect(element).to.be.accessible();
    });

    it('in error, when misconfigured', async () => {
      const { element } = await mount(fakeWith(), { initiative: 'Pas Un Identifiant' });
      await untilState(element, 'error');
      expect(text(element)).to.contain('Ce module de participation est mal configuré.');
      await expect(element).to.be.accessible();
    });
  });

  it('switches language live', async () => {
    const { element, wrapper } = await mount();
    await untilState(element, 'open');
    wrapper.lang = 'en';
    await until(() => text(element).includes('Petition started by Vélo Charlevoix') && text(element).includes('Whereas Route 138'), 'English');
  });
});
