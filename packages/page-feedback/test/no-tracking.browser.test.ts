import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { pageFeedbackExample } from '../src/manifest.js';
import { fakeCollector, serveFake, until, untilState, watchTracking } from '@participe/core/testing';
import '../src/element/define.js';
import type { ParticipePageFeedback } from '../src/element/page-feedback.js';

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
});

const buttonNamed = (element: ParticipePageFeedback, name: string) => [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

describe('<participe-page-feedback> tracking', () => {
  it('reads no cookie and no fingerprinting source while it loads, is answered, and its answers are downloaded and deleted', async () => {
    const fake = fakeCollector({ initiatives: { [pageFeedbackExample.id]: pageFeedbackExample } });
    const served = serveFake(fake);
    const watch = watchTracking();
    const clicks = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    let element: ParticipePageFeedback;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      wrapper.innerHTML = `<participe-page-feedback initiative="${pageFeedbackExample.id}" collector="${served.collector}" page="https://www.quebec.ca/"></participe-page-feedback>`;
      element = wrapper.querySelector<ParticipePageFeedback>('participe-page-feedback')!;
      await untilState(element, 'open');
      buttonNamed(element, 'Non')!.click();
      await until(() => !!element.shadowRoot!.querySelector('#comment'), 'the comment field');
      buttonNamed(element, 'Envoyer')!.click();
      await untilState(element, 'submitted');
      await until(() => !!buttonNamed(element, 'Télécharger mes réponses'), 'the answers’ actions');
      buttonNamed(element, 'Télécharger mes réponses')!.click();
      await until(() => element.shadowRoot!.textContent!.includes('Vos réponses ont été téléchargées'), 'the download');
      buttonNamed(element, 'Supprimer mes réponses')!.click();
      await until(() => !!buttonNamed(element, 'Oui, supprimer mes réponses'), 'the confirmation');
      buttonNamed(element, 'Oui, supprimer mes réponses')!.click();
      await untilState(element, 'open');
    } finally {
      HTMLAnchorElement.prototype.click = clicks;
      watch.restore();
      served.restore();
    }
    expect(watch.touched.map((touch) => `${touch.what}\n${touch.stack}`)).to.deep.equal([]);
    expect(fake.contributions).to.deep.equal([]);
  });

  it('notices a cookie read, so that the test above can be trusted', () => {
    const watch = watchTracking();
    try {
      void document.cookie;
      void navigator.hardwareConcurrency;
    } finally {
      watch.restore();
    }
    expect(watch.touched.map((touch) => touch.what)).to.deep.equal(['document.cookie', 'navigator.hardwareConcurrency']);
  });
});
