import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeCollector, serveFake, until, untilState, type FakeCollector } from '@participe/core/testing';
import { handOffExample, petitionExample } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipePetition } from '../src/element/petition.js';
import { fakePetition, sampleToken, type FakePetitionOptions } from './fake-petition.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

function fakeWith(changes: Partial<typeof petitionExample> = {}, petition: FakePetitionOptions = {}, options: Parameters<typeof fakeCollector>[0] = {}) {
  const own = fakePetition(petition);
  const fake = fakeCollector({ initiatives: { [changes.id ?? petitionExample.id]: { ...petitionExample, ...changes } }, routes: own.routes, ...options });
  return { fake, petition: own.state };
}

/** Mounts the widget inside an ancestor carrying `lang`, against a fake collector served at a fresh address. */
async function mount(fake: FakeCollector = fakeWith().fake, { lang = 'fr', initiative = petitionExample.id, collector = '' } = {}) {
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
const input = (element: ParticipePetition, name: string) => shadow(element).querySelector<HTMLInputElement>(`#petition-${name}`)!;
const untilText = (element: ParticipePetition, expected: string) => until(() => text(element).includes(expected), `"${expected}"`);

function fill(element: ParticipePetition, values: { name?: string; email?: string; postalCode?: string; consent?: boolean }) {
  for (const name of ['name', 'email', 'postalCode'] as const) {
    if (values[name] === undefined) continue;
    input(element, name).value = values[name]!;
    input(element, name).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (values.consent) input(element, 'consent').click();
}

const signButton = (element: ParticipePetition) => shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!;

async function signAs(element: ParticipePetition) {
  await untilState(element, 'open');
  await until(() => shadow(element).querySelector('form') !== null, 'the form');
  fill(element, { name: 'Jeanne Tremblay', email: 'jeanne@example.ca', postalCode: 'h2x 1y4', consent: true });
  signButton(element).click();
}

describe('<participe-petition>', () => {
  // Every state the widget can be in, with axe on the element itself.
  describe('is accessible', () => {
    it('while loading', async () => {
      const { element } = await mount(fakeWith({}, {}, { delayMs: Infinity }).fake);
      await untilState(element, 'loading');
      expect(text(element)).to.contain('Chargement');
      await expect(element).to.be.accessible();
    });

    it('open, with the text, the author, the deadline, the count and the form', async () => {
      const { element } = await mount();
      await untilState(element, 'open');
      await untilText(element, '120 signatures');
      expect(text(element)).to.contain('Considérant que la route 138');
      expect(text(element)).to.contain('Pétition lancée par Vélo Charlevoix');
      expect(text(element)).to.contain('Ouverte jusqu’au 31 décembre 2027');
      expect(text(element)).to.contain('120 signatures sur 500 pour obtenir une réponse officielle');
      expect(shadow(element).querySelector('progress')!.value).to.equal(120);
      expect(shadow(element).querySelector('form')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('with the errors of an incomplete form, focus on the first', async () => {
      const { element } = await mount(undefined, { lang: 'en' });
      await untilState(element, 'open');
      await until(() => shadow(element).querySelector('form') !== null, 'the form');
      fill(element, { name: 'Sam', email: 'pas-une-adresse', postalCode: '12345' });
      signButton(element).click();
      await until(() => shadow(element).activeElement === input(element, 'email'), 'focus on the email');
      expect(text(element)).to.contain('Enter a valid email address');
      expect(text(element)).to.contain('Enter a Canadian postal code');
      expect(text(element)).to.contain('Check the box to accept the privacy notice.');
      expect(input(element, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('after signing: "check your email", the same whether or not the address signed before', async () => {
      const { fake, petition } = fakeWith();
      const { element } = await mount(fake);
      await signAs(element);
      await untilState(element, 'submitted');
      expect(text(element)).to.contain('Vérifiez vos courriels');
      expect(text(element)).to.contain('Si vous aviez déjà signé, vous recevrez plutôt un rappel.');
      expect(text(element)).to.contain('120 signatures');
      expect(shadow(element).querySelector('form')).to.equal(null);
      expect(petition.signed[0]).to.deep.include({ name: 'Jeanne Tremblay', email: 'jeanne@example.ca', postalCode: 'h2x 1y4', consent: true, language: 'fr' });
      expect(petition.signed[0]!.proof.solution.counter).to.equal(20);
      await until(() => shadow(element).activeElement?.classList.contains('status') === true, 'focus on the message');
      await expect(element).to.be.accessible();
    });

    it('offline, keeping the signature to send once the network is back', async () => {
      const { fake, petition } = fakeWith({}, { offline: 1 });
      const { element } = await mount(fake, { lang: 'en' });
      await signAs(element);
      await untilState(element, 'offline');
      expect(text(element)).to.contain('offline');
      await expect(element).to.be.accessible();
      window.dispatchEvent(new Event('online'));
      await untilState(element, 'submitted');
      expect(petition.signed).to.have.length(1);
      expect(petition.challenges).to.equal(2);
    });

    it('when this browser signed before', async () => {
      const first = await mount();
      await signAs(first.element);
      await untilState(first.element, 'submitted');
      fixtureCleanup();
      const { element } = await mount(undefined, { collector: first.collector });
      await untilText(element, 'Vous avez déjà signé cette pétition dans ce navigateur.');
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('.signing-message button')!.click();
      await until(() => shadow(element).activeElement === input(element, 'name'), 'the form again');
    });

    it('with a disposable address refused next to the field', async () => {
      const { element } = await mount(fakeWith({}, { sign: 'disposable' }).fake, { lang: 'en' });
      await signAs(element);
      await untilText(element, 'Disposable email addresses are not accepted.');
      await until(() => shadow(element).activeElement === input(element, 'email'), 'focus on the email');
      await expect(element).to.be.accessible();
    });

    it('when too many signatures come from one network', async () => {
      const { element } = await mount(fakeWith({}, { sign: 'rate-limited' }).fake);
      await signAs(element);
      await untilText(element, 'Trop de signatures viennent de ce réseau');
      await expect(element).to.be.accessible();
    });

    it('on the confirmation link: a button confirms (opening the page changes nothing), then the count goes up', async () => {
      history.replaceState(null, '', `#petition-confirm=${sampleToken}`);
      const { fake, petition } = fakeWith({}, { tokens: { [sampleToken]: 'pending' } });
      const { element } = await mount(fake);
      await untilText(element, 'Confirmez votre signature');
      expect(petition.confirmed).to.deep.equal([]);
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('.signing-message button')!.click();
      await untilText(element, 'Merci, votre signature est confirmée.');
      expect(petition.confirmed).to.deep.equal([sampleToken]);
      await untilText(element, '121 signatures');
      await expect(element).to.be.accessible();
    });

    it('on a link that expired, or is not one', async () => {
      history.replaceState(null, '', `#petition-confirm=${sampleToken}`);
      const expired = await mount(fakeWith({}, { tokens: { [sampleToken]: 'expired' } }).fake, { lang: 'en' });
      await untilText(expired.element, 'This confirmation link has expired.');
      await expect(expired.element).to.be.accessible();
      fixtureCleanup();
      const invalid = await mount(fakeWith().fake, { lang: 'en' });
      await untilText(invalid.element, 'This confirmation link is not valid.');
      await expect(invalid.element).to.be.accessible();
    });

    it('handed off, with a link to sign elsewhere and no form', async () => {
      const { element } = await mount(fakeWith({ id: handOffExample.id, definition: handOffExample.definition }).fake, { initiative: handOffExample.id, lang: 'en' });
      await untilState(element, 'open');
      const link = shadow(element).querySelector<HTMLAnchorElement>('a[part=hand-off]')!;
      expect(link.href).to.equal(handOffExample.definition.handOffUrl);
      expect(link.textContent).to.contain('Sign the petition on the National Assembly’s site');
      expect(shadow(element).querySelector('form')).to.equal(null);
      expect(shadow(element).querySelector('progress')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('closed, with its count and the official response in the reader’s language', async () => {
      const response = { text: { fr: 'Le Ministère aménagera 12 km de pistes en 2027.', en: 'The Ministry will build 12 km of lanes in 2027.' }, publishedAt: '2026-03-01T10:00:00-05:00' };
      const { element, wrapper } = await mount(fakeWith({ status: 'closed', closesAt: '2026-02-01T12:00:00Z', definition: { ...petitionExample.definition, response } }, { signatures: 612 }).fake);
      await untilState(element, 'closed');
      await untilText(element, '612 signatures');
      expect(text(element)).to.contain('Réponse officielle');
      expect(text(element)).to.contain('Le Ministère aménagera 12 km de pistes en 2027.');
      expect(text(element)).to.contain('Le seuil est atteint');
      expect(text(element)).to.contain('Fermée le 1 février 2026');
      expect(shadow(element).querySelector('form')).to.equal(null);
      await expect(element).to.be.accessible();
      wrapper.lang = 'en';
      await untilText(element, 'The Ministry will build 12 km of lanes in 2027.');
    });

    it('in error, when misconfigured', async () => {
      const { element } = await mount(fakeWith().fake, { initiative: 'Pas Un Identifiant' });
      await untilState(element, 'error');
      expect(text(element)).to.contain('Ce module de participation est mal configuré.');
      await expect(element).to.be.accessible();
    });
  });

  it('loads the proof-of-work only once the form gets focus', async () => {
    const { fake, petition } = fakeWith();
    const { element } = await mount(fake);
    await untilState(element, 'open');
    await untilText(element, '120 signatures');
    expect(petition.challenges).to.equal(0);
    input(element, 'name').focus();
    await until(() => petition.challenges === 1, 'a challenge requested');
  });

  it('is signed with the keyboard only', async () => {
    const { fake, petition } = fakeWith();
    const { element } = await mount(fake);
    await untilState(element, 'open');
    await until(() => shadow(element).querySelector('form') !== null, 'the form');
    input(element, 'name').focus();
    await sendKeys({ type: 'Jeanne Tremblay' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'jeanne@example.ca' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'G5A 1B2' });
    // Through the privacy notice to the consent box, then to the button.
    for (let i = 0; i < 5 && shadow(element).activeElement !== input(element, 'consent'); i += 1) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(input(element, 'consent'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.textContent?.trim()).to.equal('Signer');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(petition.signed).to.have.length(1);
    expect(petition.signed[0]).to.deep.include({ email: 'jeanne@example.ca', postalCode: 'G5A 1B2' });
  });

  it('switches language live', async () => {
    const { element, wrapper } = await mount();
    await untilState(element, 'open');
    await untilText(element, '120 signatures');
    wrapper.lang = 'en';
    await until(() => text(element).includes('Petition started by Vélo Charlevoix') && text(element).includes('120 of 500 signatures for an official response') && text(element).includes('Sign the petition'), 'English');
  });
});
