import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { combinedInjection, fakeCollector, serveFake, until, untilState, type FakeCollector, type FakeCollectorOptions } from '@participe/core/testing';
import { testimonialsExample, type TestimonialsInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeTestimonials } from '../src/element/testimonials.js';
import { exampleTestimonials, fakeWall, sampleTestimonial, type FakeWall, type FakeWallOptions } from './fake-wall.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
});

interface Setup {
  initiative?: TestimonialsInitiative;
  wall?: FakeWallOptions;
  collector?: Omit<FakeCollectorOptions, 'initiatives' | 'routes'>;
  lang?: string;
  /** The `initiative` attribute, when it should differ from the initiative's id. */
  attribute?: string;
  /** Another element on the same collector (a reload of the page). */
  collectorUrl?: string;
}

/** The wall against a fake collector serving its routes, inside an ancestor carrying `lang`. */
async function mount({ initiative = testimonialsExample, wall: wallOptions = { items: exampleTestimonials() }, collector: options = {}, lang = 'fr', attribute, collectorUrl }: Setup = {}) {
  const wall: FakeWall = fakeWall({ [initiative.id]: initiative }, wallOptions);
  const fake: FakeCollector = fakeCollector({ initiatives: { [initiative.id]: initiative }, routes: wall.routes, ...options });
  let address = collectorUrl;
  if (!address) {
    const served = serveFake(fake);
    restore = served.restore;
    address = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-testimonials initiative="${attribute ?? initiative.id}" collector="${address}"></participe-testimonials>`;
  const element = wrapper.querySelector('participe-testimonials')!;
  return { element, wrapper, fake, wall, collector: address };
}

const shadow = (element: ParticipeTestimonials) => element.shadowRoot!;
const text = (element: ParticipeTestimonials) => shadow(element).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(element: ParticipeTestimonials, selector: string) => shadow(element).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: ParticipeTestimonials, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];
const buttonNamed = (element: ParticipeTestimonials, name: string) => $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === name);
const focused = (element: ParticipeTestimonials) => shadow(element).activeElement as HTMLElement | null;
const listed = async (element: ParticipeTestimonials) => {
  await untilState(element, 'open');
  await until(() => $$(element, '.items > li').length > 0 || !!$(element, '.empty'), 'the wall');
};
async function type(element: ParticipeTestimonials, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}
async function openForm(element: ParticipeTestimonials) {
  buttonNamed(element, 'Partager votre expérience')!.click();
  await until(() => !!$(element, '#share-form'), 'the form');
}
const check = async (element: ParticipeTestimonials, selector: string) => {
  $<HTMLInputElement>(element, selector).click();
  await element.updateComplete;
};

describe('<participe-testimonials>', () => {
  describe('is accessible in every state', () => {
    it('while loading', async () => {
      const { element } = await mount({ collector: { delayMs: Infinity } });
      await untilState(element, 'loading');
      expect(text(element)).to.contain('Chargement');
      await expect(element).to.be.accessible();
    });

    it('open: the wall with replies, change marks, the summary in words, and the share button', async () => {
      const { element } = await mount();
      await listed(element);
      expect($(element, '#list-title').textContent).to.contain('Témoignages publiés (4)');
      expect($$(element, '.items > li')).to.have.length(4);
      expect(text(element)).to.contain('Suivi : Changement apporté');
      expect(text(element)).to.contain('Suivi : Changement prévu');
      expect(text(element)).to.contain('Réponse de Ministère de la Démonstration');
      expect(text(element)).to.contain('Un écran affiche maintenant le temps d’attente');
      expect(text(element)).to.contain('Note : 2 sur 5');
      expect(text(element)).to.contain('Modifié par la modération');
      expect(text(element)).to.contain('Marc, Montérégie');
      // The summary says counts and mean ratings in words, not in colour.
      expect($(element, '.summary').textContent!.replace(/\s+/g, ' ')).to.contain('Comptoirs de service : 2 témoignages, note moyenne 2,0 sur 5 (1 note)');
      await expect(element).to.be.accessible();
    });

    it('open with an empty wall', async () => {
      const { element } = await mount({ wall: { items: [] } });
      await listed(element);
      expect(text(element)).to.contain('Aucun témoignage publié pour le moment.');
      await expect(element).to.be.accessible();
    });

    it('with the form open: privacy notice first, the warning, every field', async () => {
      const { element } = await mount();
      await listed(element);
      await openForm(element);
      const share = $(element, '.share');
      const order = [...share.querySelectorAll('[part~="privacy"], .warning, #share-form')].map((node) => (node.matches('.warning') ? 'warning' : node.id === 'share-form' ? 'form' : 'privacy'));
      expect(order).to.deep.equal(['privacy', 'warning', 'form']);
      expect(text(element)).to.contain('N’inscrivez aucun renseignement personnel');
      expect(text(element)).to.match(/1\s500 caractères restants/);
      expect(text(element)).to.contain('Publier sur cette page');
      expect(text(element)).to.contain('Pour le Ministère seulement');
      expect(text(element)).to.contain('Pour les statistiques seulement');
      await expect(element).to.be.accessible();
    });

    it('with errors next to the fields, focus on the first', async () => {
      const { element } = await mount();
      await listed(element);
      await openForm(element);
      buttonNamed(element, 'Envoyer mon témoignage')!.click();
      await until(() => $$(element, '.field__error').length === 3, 'three errors');
      expect(focused(element)?.id).to.equal('field-text');
      expect(text(element)).to.contain('Écrivez votre témoignage.');
      expect(text(element)).to.contain('Choisissez le service concerné.');
      expect(text(element)).to.contain('Choisissez qui peut lire votre témoignage.');
      expect($(element, '#field-text').getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('warning about personal details found while typing', async () => {
      const { element } = await mount();
      await listed(element);
      await openForm(element);
      await type(element, '#field-text', 'Appelez-moi au 418 555-0199 ou écrivez à jeanne@exemple.ca');
      await until(() => !!$(element, '#field-text-details'), 'the warning');
      expect($(element, '#field-text-details').textContent).to.contain('courriel, numéro de téléphone');
      expect($(element, '#field-text').getAttribute('aria-describedby')).to.contain('field-text-details');
      await expect(element).to.be.accessible();
    });

    it('closed: the wall stays, sharing does not', async () => {
      const { element } = await mount({ initiative: { ...testimonialsExample, status: 'closed', closesAt: '2026-02-01T12:00:00Z' } });
      await untilState(element, 'closed');
      await until(() => $$(element, '.items > li').length === 4, 'the wall');
      expect(buttonNamed(element, 'Partager votre expérience')).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('when the wall cannot be read', async () => {
      const { element } = await mount({ wall: { listFailure: 503 }, lang: 'en' });
      await untilState(element, 'open');
      await until(() => text(element).includes('The testimonials could not be loaded.'), 'the error');
      expect(buttonNamed(element, 'Try again')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('offline, keeping the testimonial to send later', async () => {
      const { element } = await mount({ collector: { submit: 'network-error' } });
      await listed(element);
      await openForm(element);
      await type(element, '#field-text', 'Bon service.');
      $<HTMLSelectElement>(element, '#field-service').value = 'permis';
      $<HTMLSelectElement>(element, '#field-service').dispatchEvent(new Event('change'));
      await check(element, '#field-visibility');
      buttonNamed(element, 'Envoyer mon témoignage')!.click();
      await untilState(element, 'offline');
      await expect(element).to.be.accessible();
    });

    it('in error, when misconfigured', async () => {
      const { element } = await mount({ attribute: 'Pas Un Identifiant' });
      await untilState(element, 'error');
      expect(text(element)).to.contain('Ce module de participation est mal configuré.');
      await expect(element).to.be.accessible();
    });
  });

  it('is shared with the keyboard only, then thanked', async () => {
    const { element, fake } = await mount();
    await listed(element);
    buttonNamed(element, 'Partager votre expérience')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(element)?.id === 'field-text', 'focus on the text');
    await sendKeys({ type: 'Très bon accueil au comptoir.' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('field-service');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' }); // the rating: "no rating" is checked
    expect(focused(element)?.id).to.equal('field-rating');
    await sendKeys({ press: 'ArrowRight' }); // 1 of 5
    await sendKeys({ press: 'ArrowRight' }); // 2 of 5
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('field-firstName');
    await sendKeys({ type: 'Léa' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('field-region');
    await sendKeys({ press: 'Tab' }); // visibility: none chosen yet, the first one takes focus
    expect(focused(element)?.id).to.equal('field-visibility');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.textContent?.trim()).to.equal('Envoyer mon témoignage');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(text(element)).to.contain('S’il doit être publié, il le sera après relecture.');
    expect(fake.contributions[0]).to.deep.include({ type: 'testimonials', channel: 'web', language: 'fr' });
    expect(fake.contributions[0]!.payload).to.deep.equal({ text: 'Très bon accueil au comptoir.', service: 'permis', rating: 2, firstName: 'Léa', visibility: 'public' });
    expect(buttonNamed(element, 'Partager une autre expérience')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('thanks without promising publication when the author keeps it for the Ministry', async () => {
    const { element, fake } = await mount({ lang: 'en' });
    await listed(element);
    buttonNamed(element, 'Share your experience')!.click();
    await until(() => !!$(element, '#share-form'), 'the form');
    await type(element, '#field-text', 'Private story.');
    $<HTMLSelectElement>(element, '#field-service').value = 'en-ligne';
    $<HTMLSelectElement>(element, '#field-service').dispatchEvent(new Event('change'));
    await check(element, '#field-visibility-ministry');
    buttonNamed(element, 'Send my testimonial')!.click();
    await untilState(element, 'submitted');
    expect(text(element)).to.contain('It will not be published.');
    expect(fake.contributions[0]!.payload).to.deep.equal({ text: 'Private story.', service: 'en-ligne', visibility: 'ministry' });
  });

  it('announces the counter and says when the text is too long', async () => {
    const { element } = await mount({ initiative: { ...testimonialsExample, definition: { ...testimonialsExample.definition, textMaxLength: 100 } } });
    await listed(element);
    await openForm(element);
    await type(element, '#field-text', 'x'.repeat(110));
    expect(text(element)).to.contain('10 caractères de trop');
    await until(() => (shadow(element).querySelector('[aria-live="polite"]')?.textContent ?? '').includes('10 caractères de trop'), 'the announcement');
  });

  it('filters by service and shows more, focus on the first new testimonial', async () => {
    const items = Array.from({ length: 14 }, (_, index) => sampleTestimonial({ text: `Comptoir ${index}`, service: 'comptoirs' }));
    const { element, wall } = await mount({ wall: { items: [...items, sampleTestimonial({ text: 'Permis', service: 'permis' })] } });
    await listed(element);
    const filter = $<HTMLSelectElement>(element, '#service-filter');
    filter.value = 'comptoirs';
    filter.dispatchEvent(new Event('change'));
    await until(() => $(element, '#list-title').textContent!.includes('(14)'), 'the filtered wall');
    expect(wall.requests.at(-1)).to.contain('service=comptoirs');
    expect($$(element, '.items > li')).to.have.length(12);
    buttonNamed(element, 'Afficher plus de témoignages')!.click();
    await until(() => $$(element, '.items > li').length === 14, 'the next page');
    await until(() => focused(element)?.classList.contains('item__service') === true, 'focus on the first new one');
    expect(text(element)).to.contain('14 sur 14 témoignages affichés');
    await expect(element).to.be.accessible();
  });

  it('reports a testimonial with a reason, with the keyboard, and says it was sent', async () => {
    const { element, wall } = await mount();
    await listed(element);
    const first = $$<HTMLButtonElement>(element, 'button.link').find((button) => button.textContent!.trim() === 'Signaler')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(element)?.id.endsWith('-spam') === true, 'focus on the first reason');
    buttonNamed(element, 'Envoyer le signalement')!.click();
    await until(() => text(element).includes('Choisissez une raison.'), 'the missing reason');
    await expect(element).to.be.accessible();
    const personal = $$<HTMLInputElement>(element, 'input[type=radio]').find((input) => input.id.endsWith('-personal-data'))!;
    personal.click();
    buttonNamed(element, 'Envoyer le signalement')!.click();
    await until(() => wall.reports.length === 1, 'the report');
    expect(wall.reports[0]!.reason).to.equal('personal-data');
    await until(() => text(element).includes('votre signalement a été transmis'), 'the thanks');
    await until(() => focused(element)?.id.endsWith('-reported') === true, 'focus on the thanks');
  });

  it('switches language live: wording, marks and the organisation’s reply', async () => {
    const { element, wrapper } = await mount();
    await listed(element);
    wrapper.setAttribute('lang', 'en-CA');
    await until(() => text(element).includes('Published testimonials (4)'), 'English');
    expect(text(element)).to.contain('Follow-up: Change made');
    expect(text(element)).to.contain('A screen now shows the waiting time at our 12 counters.');
    expect(text(element)).to.contain('Reply from Ministry of Demonstration');
    await expect(element).to.be.accessible();
  });

  it('keeps what was typed across a reload', async () => {
    const first = await mount();
    await listed(first.element);
    await openForm(first.element);
    await type(first.element, '#field-text', 'Brouillon gardé');
    first.wrapper.remove();
    const second = await mount({ collectorUrl: first.collector });
    await listed(second.element);
    expect($<HTMLTextAreaElement>(second.element, '#field-text').value).to.equal('Brouillon gardé');
  });

  it('shows what citizens wrote as text, never as markup', async () => {
    const injected = combinedInjection(1500);
    const { element } = await mount({ wall: { items: [sampleTestimonial({ text: injected, service: 'permis', firstName: '<img src=x onerror=alert(1)>', region: '<b>Estrie</b>' })] } });
    await listed(element);
    expect($(element, '.item__text').textContent).to.equal(injected);
    expect($$(element, '.item img, .item script, .item b, .item iframe')).to.have.length(0);
    expect(text(element)).to.contain('<img src=x onerror=alert(1)>, <b>Estrie</b>');
  });
});
