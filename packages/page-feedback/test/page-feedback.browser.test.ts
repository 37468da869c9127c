import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageFeedbackExample } from '../src/manifest.js';
import { fakeCollector, serveFake, stateOf, until, untilState, type FakeCollector } from '@participe/core/testing';
import '../src/element/define.js';
import { ParticipePageFeedback } from '../src/element/page-feedback.js';

const PAGE = 'https://www.quebec.ca/sante/vaccins';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
});

/** Mounts the widget against a fake collector, inside an ancestor carrying `lang`. */
async function mount(fake: FakeCollector, { lang = 'fr', attributes = '', collector = '' } = {}) {
  if (!collector) {
    const served = serveFake(fake);
    restore = served.restore;
    collector = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-page-feedback initiative="${pageFeedbackExample.id}" collector="${collector}" page="${PAGE}" ${attributes}></participe-page-feedback>`;
  const element = wrapper.querySelector('participe-page-feedback')!;
  return { element, wrapper, collector };
}

const fakeWith = (changes: Partial<typeof pageFeedbackExample> = {}, options: Parameters<typeof fakeCollector>[0] = {}) =>
  fakeCollector({ initiatives: { [pageFeedbackExample.id]: { ...pageFeedbackExample, ...changes } }, ...options });

const shadow = (element: ParticipePageFeedback) => element.shadowRoot!;
const text = (element: ParticipePageFeedback) => shadow(element).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (element: ParticipePageFeedback, name: string) =>
  [...shadow(element).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const activeInShadow = (element: ParticipePageFeedback) => shadow(element).activeElement;

describe('<participe-page-feedback>', () => {
  it('shows a loading state, then the question, accessibly', async () => {
    const { element } = await mount(fakeWith({}, { delayMs: Infinity }));
    await untilState(element, 'loading');
    expect(text(element)).to.contain('Chargement');
    await expect(element).to.be.accessible();

    const ready = await mount(fakeWith());
    await untilState(ready.element, 'open');
    expect(text(ready.element)).to.contain('Avez-vous trouvé ce que vous cherchiez');
    await expect(ready.element).to.be.accessible();
  });

  it('is answered with the keyboard only, and acknowledged', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake);
    await untilState(element, 'open');
    const submitted = new Promise<CustomEvent>((resolve) => element.addEventListener('participe-submit', (e) => resolve(e as CustomEvent)));

    buttonNamed(element, 'Oui').focus();
    await sendKeys({ press: 'Tab' }); // to "Non"
    await sendKeys({ press: 'Enter' });
    // The reasons come first, focus on the first one (read with the group's legend).
    await until(() => activeInShadow(element)?.id === 'reason-difficile-a-trouver', 'focus on the first reason');
    expect(buttonNamed(element, 'Non').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('fieldset#reasons legend')!.textContent).to.contain('Quelle est la raison principale');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' }); // to "out of date", which arrow keys also choose
    await until(() => shadow(element).querySelector<HTMLInputElement>('#reason-pas-a-jour')!.checked, 'the second reason chosen');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' }); // out of the group, to the comment
    expect(activeInShadow(element)?.id).to.equal('comment');

    await sendKeys({ type: 'Le formulaire est introuvable.' });
    expect(shadow(element).querySelector('#comment-counter')!.textContent).to.contain('470 caractères restants');
    await sendKeys({ press: 'Tab' }); // privacy notice summary
    await sendKeys({ press: 'Tab' }); // send
    expect(activeInShadow(element)?.textContent?.trim()).to.equal('Envoyer');
    await sendKeys({ press: 'Enter' });

    await untilState(element, 'submitted');
    const event = await submitted;
    expect(event.detail.initiative).to.equal(pageFeedbackExample.id);
    expect(fake.contributions).to.have.length(1);
    expect(fake.contributions[0]).to.deep.include({ type: 'page-feedback', channel: 'web', language: 'fr' });
    expect(fake.contributions[0]!.payload).to.deep.equal({ answer: 'no', reason: 'pas-a-jour', comment: 'Le formulaire est introuvable.', page: PAGE });
    expect(text(element)).to.contain('Merci de votre rétroaction');
    expect(activeInShadow(element)?.classList.contains('status')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('refuses a comment over the limit with a message next to the field', async () => {
    const { element } = await mount(fakeWith({ definition: { commentMaxLength: 10, reasons: [] } }));
    await untilState(element, 'open');
    buttonNamed(element, 'Oui').click();
    await until(() => !!shadow(element).querySelector('#comment'), 'comment field');
    const textarea = shadow(element).querySelector<HTMLTextAreaElement>('#comment')!;
    textarea.value = 'Beaucoup trop long';
    textarea.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(shadow(element).querySelector('#comment-counter')!.textContent).to.contain('8 caractères de trop');
    buttonNamed(element, 'Envoyer').click();
    await until(() => !!shadow(element).querySelector('#comment-error'), 'error message');
    expect(shadow(element).querySelector('#comment-error')!.textContent).to.contain('dépasse la limite de 10 caractères');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.contain('comment-error');
    expect(activeInShadow(element)).to.equal(textarea);
    expect(stateOf(element)).to.equal('open');
    await expect(element).to.be.accessible();
  });

  it('words the collector’s refusal by code in the citizen’s language, naming each field', async () => {
    const refuse = () =>
      new Response(
        JSON.stringify({
          code: 'validation_failed',
          message: 'The contribution does not fit this initiative.',
          issues: [
            { path: 'payload.comment', code: 'too_big', params: { maximum: 1000, origin: 'string' }, message: 'must be at most 1000 characters' },
            { path: 'payload.page', code: 'query_or_fragment', message: 'must not contain a query string or fragment' },
          ],
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      );
    for (const [lang, expected] of [
      ['fr', 'Votre réponse n’a pas pu être acceptée\u00a0: Votre commentaire\u00a0: doit compter au plus 1\u00a0000 caractères\u202f; L’adresse de la page\u00a0: elle ne doit contenir ni paramètres (?) ni fragment (#)'],
      ['en', 'Your answer could not be accepted: Your comment: must be at most 1,000 characters long; The page address: it must not contain a query string (?) or a fragment (#)'],
    ]) {
      const { element } = await mount(fakeWith({ definition: { commentMaxLength: 0, reasons: [] } }, { submit: refuse }), { lang: lang! });
      await untilState(element, 'open');
      buttonNamed(element, lang === 'fr' ? 'Oui' : 'Yes').click();
      const status = () => shadow(element).querySelector('.status')!.textContent!.replace(/[ \t\n\r]+/g, ' ');
      await until(() => status().includes(expected!), `the refusal in ${lang}: ${expected}`);
      expect(shadow(element).querySelector('.status [lang="en"]')).to.equal(null);
      expect(stateOf(element)).to.equal('open');
      await expect(element).to.be.accessible();
      fixtureCleanup();
      restore?.();
      restore = undefined;
    }
  });

  it('offers the reasons after "No" only, and sends none when the citizen switches to "Yes"', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake, { lang: 'en' });
    await untilState(element, 'open');
    buttonNamed(element, 'Yes').click();
    await until(() => activeInShadow(element)?.id === 'comment', 'focus on the comment');
    expect(shadow(element).querySelector('#reasons')).to.equal(null);
    buttonNamed(element, 'No').click();
    await until(() => !!shadow(element).querySelector('#reasons'), 'the reasons');
    const labels = [...shadow(element).querySelectorAll('#reasons label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['The information is hard to find', 'The information is out of date', 'It is not in my language or hard to understand', 'Something does not work', 'Another reason']);
    expect(shadow(element).querySelector('#reasons legend')!.textContent).to.contain('(optional)');
    shadow(element).querySelector<HTMLInputElement>('#reason-ne-fonctionne-pas')!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Yes').click();
    await until(() => !shadow(element).querySelector('#reasons'), 'the reasons gone');
    buttonNamed(element, 'Send').click();
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ answer: 'yes', page: PAGE });
  });

  it('sends "No" without a reason: the reasons are optional', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake);
    await untilState(element, 'open');
    buttonNamed(element, 'Non').click();
    await until(() => !!shadow(element).querySelector('#reasons'), 'the reasons');
    buttonNamed(element, 'Envoyer').click();
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ answer: 'no', page: PAGE });
  });

  it('offers the reasons and a send button after "No" when comments are turned off, and sends "Yes" at once', async () => {
    const fake = fakeWith({ definition: { ...pageFeedbackExample.definition, commentMaxLength: 0 } });
    const { element } = await mount(fake);
    await untilState(element, 'open');
    buttonNamed(element, 'Non').click();
    await until(() => activeInShadow(element)?.id === 'reason-difficile-a-trouver', 'focus on the first reason');
    expect(shadow(element).querySelector('#comment')).to.equal(null);
    await sendKeys({ press: 'Space' });
    await until(() => shadow(element).querySelector<HTMLInputElement>('#reason-difficile-a-trouver')!.checked, 'the reason chosen');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' }); // privacy notice summary
    await sendKeys({ press: 'Tab' }); // send
    expect(activeInShadow(element)?.textContent?.trim()).to.equal('Envoyer');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ answer: 'no', reason: 'difficile-a-trouver', page: PAGE });

    const again = fakeWith({ definition: { ...pageFeedbackExample.definition, commentMaxLength: 0 } });
    fixtureCleanup();
    restore?.();
    localStorage.clear();
    const yes = await mount(again);
    await untilState(yes.element, 'open');
    buttonNamed(yes.element, 'Oui').click();
    await untilState(yes.element, 'submitted');
    expect(again.contributions[0]!.payload).to.deep.equal({ answer: 'yes', page: PAGE });
  });

  it('words a refused reason in the citizen’s language', async () => {
    const refuse = () =>
      new Response(
        JSON.stringify({
          code: 'validation_failed',
          message: 'The contribution does not fit this initiative.',
          issues: [{ path: 'payload.reason', code: 'unknown_reason', message: 'must be one of the reasons this initiative lists' }],
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      );
    const { element } = await mount(fakeWith({}, { submit: refuse }));
    await untilState(element, 'open');
    buttonNamed(element, 'Non').click();
    await until(() => !!shadow(element).querySelector('#reasons'), 'the reasons');
    shadow(element).querySelector<HTMLInputElement>('#reason-autre')!.click();
    buttonNamed(element, 'Envoyer').click();
    const status = () => shadow(element).querySelector('.status')?.textContent!.replace(/[ \t\n\r]+/g, ' ') ?? '';
    await until(() => status().includes('La raison choisie\u00a0: elle ne fait plus partie des raisons proposées'), 'the refusal');
    await expect(element).to.be.accessible();
  });

  it('tells the citizen, next to the comment, when it seems to hold personal details, without blocking', async () => {
    for (const [lang, comment, expected] of [
      ['fr', 'Écrivez-moi à jeanne@exemple.ca ou au 418 555-0199.', 'Votre commentaire semble contenir des renseignements personnels (une adresse courriel et un numéro de téléphone). Nous n’en avons pas besoin\u00a0: ils seront masqués'],
      ['en', 'My SIN is 123 456 789.', 'Your comment seems to contain personal information (a social insurance number). We do not need it: it will be masked'],
    ] as const) {
      const fake = fakeWith();
      const { element } = await mount(fake, { lang });
      await untilState(element, 'open');
      buttonNamed(element, lang === 'fr' ? 'Oui' : 'Yes').click();
      await until(() => activeInShadow(element)?.id === 'comment', 'focus on the comment');
      expect(shadow(element).querySelector('#comment-details')).to.equal(null);
      await sendKeys({ type: comment });
      await until(() => !!shadow(element).querySelector('#comment-details'), 'the warning');
      expect(shadow(element).querySelector('#comment-details')!.textContent!.replace(/[ \t\n\r]+/g, ' ')).to.contain(expected);
      const textarea = shadow(element).querySelector<HTMLTextAreaElement>('#comment')!;
      expect(textarea.getAttribute('aria-describedby')).to.contain('comment-details');
      expect(textarea.getAttribute('aria-invalid')).to.equal(null);
      // Said politely once typing pauses, with the counter.
      await until(() => (shadow(element).querySelector('[aria-live="polite"]')?.textContent ?? '').includes(expected.slice(0, 40)), 'the announcement');
      await expect(element).to.be.accessible();
      buttonNamed(element, lang === 'fr' ? 'Envoyer' : 'Send').click();
      await untilState(element, 'submitted');
      // The widget sends what was written; the collector masks it before storing.
      expect((fake.contributions[0]!.payload as { comment: string }).comment).to.equal(comment.trim());
      fixtureCleanup();
      restore?.();
      restore = undefined;
      localStorage.clear();
    }
  });

  it('takes the warning away once the details are removed', async () => {
    const { element } = await mount(fakeWith());
    await untilState(element, 'open');
    buttonNamed(element, 'Oui').click();
    await until(() => !!shadow(element).querySelector('#comment'), 'comment field');
    const textarea = shadow(element).querySelector<HTMLTextAreaElement>('#comment')!;
    textarea.value = 'Mon courriel : a@b.ca';
    textarea.dispatchEvent(new Event('input'));
    await until(() => !!shadow(element).querySelector('#comment-details'), 'the warning');
    textarea.value = 'Mon courriel : retiré';
    textarea.dispatchEvent(new Event('input'));
    await until(() => !shadow(element).querySelector('#comment-details'), 'no warning');
    expect(textarea.getAttribute('aria-describedby')).not.to.contain('comment-details');
  });

  it('sends at once when comments are turned off and no reasons are listed', async () => {
    const fake = fakeWith({ definition: { commentMaxLength: 0, reasons: [] } });
    const { element } = await mount(fake);
    await untilState(element, 'open');
    buttonNamed(element, 'Oui').click();
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ answer: 'yes', page: PAGE });
  });

  it('switches language live when an ancestor\u2019s lang changes', async () => {
    const { element, wrapper } = await mount(fakeWith());
    await untilState(element, 'open');
    expect(text(element)).to.contain('Avez-vous trouvé');
    wrapper.setAttribute('lang', 'en-CA');
    await until(() => text(element).includes('Did you find what you were looking for?'), 'English');
    expect(buttonNamed(element, 'Yes')).to.exist;
    await expect(element).to.be.accessible();
    document.documentElement.lang = 'en';
    wrapper.removeAttribute('lang');
    await element.updateComplete;
    expect(text(element)).to.contain('Did you find');
    document.documentElement.lang = '';
  });

  it('shows the closed and upcoming states with their dates', async () => {
    const closed = await mount(fakeWith({ status: 'closed', closesAt: '2026-02-01T12:00:00Z' }));
    await untilState(closed.element, 'closed');
    expect(text(closed.element)).to.contain('La participation a pris fin le 1 février 2026');
    await expect(closed.element).to.be.accessible();

    const upcoming = await mount(fakeWith({ opensAt: '2099-05-01T12:00:00Z', closesAt: '2099-06-01T12:00:00Z' }), { lang: 'en' });
    await untilState(upcoming.element, 'upcoming');
    expect(text(upcoming.element)).to.contain('Participation opens on May 1, 2099');
    await expect(upcoming.element).to.be.accessible();
  });

  it('keeps an answer given offline and sends it when the collector answers again, even after a reload', async () => {
    const fake = fakeWith({}, { submit: 'network-error' });
    const first = await mount(fake);
    await untilState(first.element, 'open');
    buttonNamed(first.element, 'Oui').click();
    await until(() => !!shadow(first.element).querySelector('#comment'), 'comment field');
    buttonNamed(first.element, 'Envoyer').click();
    await untilState(first.element, 'offline');
    expect(text(first.element)).to.contain('Votre réponse est enregistrée sur cet appareil');
    await expect(first.element).to.be.accessible();

    // The page reloads while the collector is still unreachable; then the network comes back.
    first.wrapper.innerHTML = '';
    fake.options.submit = 'accept';
    const again = document.createElement('participe-page-feedback');
    Object.assign(again, { initiative: pageFeedbackExample.id, collector: first.collector, page: PAGE });
    first.wrapper.append(again);
    await untilState(again, 'submitted', 8000);
    expect(fake.contributions).to.have.length(1);
  });

  it('restores a draft after a reload', async () => {
    const first = await mount(fakeWith());
    await untilState(first.element, 'open');
    buttonNamed(first.element, 'Non').click();
    await until(() => !!shadow(first.element).querySelector('#comment'), 'comment field');
    shadow(first.element).querySelector<HTMLInputElement>('#reason-pas-a-jour')!.click();
    const textarea = shadow(first.element).querySelector<HTMLTextAreaElement>('#comment')!;
    textarea.value = 'Brouillon';
    textarea.dispatchEvent(new Event('input'));
    fixtureCleanup();

    const second = await mount(fakeWith(), { collector: first.collector });
    await untilState(second.element, 'open');
    await second.element.updateComplete;
    expect(shadow(second.element).querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('Brouillon');
    expect(buttonNamed(second.element, 'Non').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(second.element).querySelector<HTMLInputElement>('#reason-pas-a-jour')!.checked).to.equal(true);
  });

  it('keeps no draft in the browser for a preview (staff editing, staff keying in a paper form)', async () => {
    const element = await fixture<ParticipePageFeedback>(html`<participe-page-feedback lang="fr" .preview=${pageFeedbackExample}></participe-page-feedback>`);
    await untilState(element, 'open');
    buttonNamed(element, 'Non').click();
    await until(() => !!shadow(element).querySelector('#comment'), 'comment field');
    const textarea = shadow(element).querySelector<HTMLTextAreaElement>('#comment')!;
    textarea.value = 'Réponse d’un formulaire papier';
    textarea.dispatchEvent(new Event('input'));
    expect(Object.keys(localStorage).filter((key) => key.startsWith('participe:draft'))).to.deep.equal([]);
  });

  it('renders a preview without a collector, and sends nothing', async () => {
    const element = await fixture<ParticipePageFeedback>(html`<participe-page-feedback lang="en" .preview=${pageFeedbackExample}></participe-page-feedback>`);
    await untilState(element, 'open');
    Object.assign(element, { preview: { ...pageFeedbackExample, definition: { commentMaxLength: 0, reasons: [] } } });
    await element.updateComplete;
    await untilState(element, 'open');
    buttonNamed(element, 'No').click();
    await untilState(element, 'submitted');
    expect(text(element)).to.contain('Preview: nothing was sent.');
  });

  describe('when misconfigured, says what is wrong in the element and the console', () => {
    let logged: string[] = [];
    const originalError = console.error;
    beforeEach(() => {
      logged = [];
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
    });
    afterEach(() => (console.error = originalError));

    const cases: Array<[string, string, string]> = [
      ['no initiative', '<participe-page-feedback collector="https://c.test/"></participe-page-feedback>', 'the "initiative" attribute is missing'],
      ['a malformed initiative id', '<participe-page-feedback initiative="Not An Id" collector="https://c.test/"></participe-page-feedback>', 'is not an initiative id'],
      ['no collector', '<participe-page-feedback initiative="abc"></participe-page-feedback>', 'the "collector" attribute is missing'],
      ['strings that are not JSON', '<participe-page-feedback initiative="abc" collector="https://c.test/" strings="{oops"></participe-page-feedback>', 'not valid JSON'],
      ['an unknown string key', `<participe-page-feedback initiative="abc" collector="https://c.test/" strings='{"fr":{"questoin":"x"}}'></participe-page-feedback>`, 'fr.questoin: unknown string'],
      ['a page that is not a web address', '<participe-page-feedback initiative="abc" collector="https://c.test/" page="mailto:x@y.z"></participe-page-feedback>', 'the "page" attribute'],
    ];
    for (const [name, markup, expected] of cases) {
      it(`with ${name}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
        wrapper.innerHTML = markup;
        const element = wrapper.firstElementChild as ParticipePageFeedback;
        await untilState(element, 'error');
        expect(text(element)).to.contain('Ce module de participation est mal configuré');
        expect(text(element)).to.contain(expected);
        expect(logged.join('\n')).to.contain('[participe] <participe-page-feedback>').and.contain(expected);
        await expect(element).to.be.accessible();
      });
    }

    it('with a malformed definition from the collector, naming the field', async () => {
      const { element } = await mount(fakeWith({ definition: { commentMaxLength: 'long' } } as never));
      await untilState(element, 'error');
      expect(text(element)).to.contain('definition.commentMaxLength: expected number');
      expect(logged.join('\n')).to.contain('definition.commentMaxLength');
    });

    it('with a malformed preview, in the element only (staff see it in their editor)', async () => {
      const element = await fixture<ParticipePageFeedback>(
        html`<participe-page-feedback .preview=${{ ...pageFeedbackExample, definition: { commentMaxLength: 'long' } }}></participe-page-feedback>`,
      );
      await untilState(element, 'error');
      // The editor lists the problems next to their fields, in the console's language: the preview only says it waits.
      expect(text(element)).to.contain('L’aperçu s’affichera quand la configuration sera complète.');
      expect(text(element)).not.to.contain('commentMaxLength');
      expect(logged).to.deep.equal([]);
    });

    it('with an initiative of another type', async () => {
      const { element } = await mount(fakeWith({ type: 'survey' } as never));
      await untilState(element, 'error');
      expect(text(element)).to.contain('is a survey: show it with <participe-survey>');
    });

    it('with an initiative the collector does not know', async () => {
      const { element } = await mount(fakeCollector({ initiatives: {} }));
      await untilState(element, 'error');
      expect(text(element)).to.contain('no initiative "retroaction-pages"');
    });
  });

  it('offers to try again when the collector cannot be reached, and recovers', async () => {
    const fake = fakeWith({}, { unreachable: true });
    const { element } = await mount(fake, { lang: 'en' });
    await untilState(element, 'error', 8000);
    expect(text(element)).to.contain('This feature could not be loaded');
    await expect(element).to.be.accessible();
    fake.options.unreachable = false;
    buttonNamed(element, 'Try again').click();
    await untilState(element, 'open');
  });

  it('takes wording overrides per instance', async () => {
    const { element } = await mount(fakeWith(), { attributes: `strings='{"fr":{"question":"Cette page vous a-t-elle aidé\u202f?"}}'` });
    await untilState(element, 'open');
    expect(text(element)).to.contain('Cette page vous a-t-elle aidé');
  });

  it('registers once, quietly, when its script runs twice', async () => {
    const registered = customElements.get('participe-page-feedback');
    expect(registered).to.equal(ParticipePageFeedback);
    const define = customElements.define;
    const definitions: string[] = [];
    customElements.define = function (this: CustomElementRegistry, ...args: Parameters<CustomElementRegistry['define']>) {
      definitions.push(args[0]);
      return define.apply(this, args);
    };
    try {
      // The define module once more, as a second script tag would run it (a fresh module instance).
      const again = (await import('../src/element/define.js?again' as string)) as typeof import('../src/element/define.js');
      expect(again.ParticipePageFeedback).to.equal(ParticipePageFeedback);
      // Another copy of the element class (a second bundle) under the same tag.
      class SecondCopy extends ParticipePageFeedback {}
      expect(() => SecondCopy.define('participe-page-feedback')).not.to.throw();
    } finally {
      customElements.define = define;
    }
    expect(definitions).to.deep.equal([]);
    expect(customElements.get('participe-page-feedback')).to.equal(registered);
  });
});
