import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { pageFeedbackExample } from '../src/manifest.js';
import { formatDate } from '@participe/core/element';
import { retentionEndsAt } from '@participe/core/schemas';
import { fakeCollector, serveFake, stateOf, until, untilState, type FakeCollector } from '@participe/core/testing';
import '../src/element/define.js';
import type { ParticipePageFeedback } from '../src/element/page-feedback.js';

const PAGE = 'https://www.quebec.ca/sante/vaccins';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  fixtureCleanup();
  localStorage.clear();
});

async function mount(fake: FakeCollector, lang = 'fr') {
  const served = serveFake(fake);
  restore = served.restore;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-page-feedback initiative="${pageFeedbackExample.id}" collector="${served.collector}" page="${PAGE}"></participe-page-feedback>`;
  return { element: wrapper.querySelector<ParticipePageFeedback>('participe-page-feedback')!, collector: served.collector, wrapper };
}

const fakeWith = (changes: Partial<typeof pageFeedbackExample> = {}, options: Parameters<typeof fakeCollector>[0] = {}) =>
  fakeCollector({ initiatives: { [pageFeedbackExample.id]: { ...pageFeedbackExample, ...changes } }, ...options });

const shadow = (element: ParticipePageFeedback) => element.shadowRoot!;
const text = (element: Element | ShadowRoot) => element.textContent!.replace(/\s+/g, ' ');
const buttonNamed = (element: ParticipePageFeedback, name: string) => [...shadow(element).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const activeInShadow = (element: ParticipePageFeedback) => shadow(element).activeElement as HTMLElement | null;
const participantKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('participe:participant:') || key.startsWith('participe:contributed:'));

/** Answers "No" with a comment and waits for the acknowledgement, then for the answers' actions in the notice. */
async function answer(element: ParticipePageFeedback, labels: { no: string; send: string; download: string }, comment = 'Il manque les horaires.') {
  await untilState(element, 'open');
  buttonNamed(element, labels.no)!.click();
  await until(() => !!shadow(element).querySelector('#comment'), 'the comment field');
  const textarea = shadow(element).querySelector<HTMLTextAreaElement>('#comment')!;
  textarea.value = comment;
  textarea.dispatchEvent(new Event('input'));
  await element.updateComplete;
  buttonNamed(element, labels.send)!.click();
  await untilState(element, 'submitted');
  await until(() => !!buttonNamed(element, labels.download), 'the answers’ actions in the privacy notice');
  shadow(element).querySelector<HTMLDetailsElement>('details.privacy')!.open = true;
}

/** Clicks that would save a file: their link, instead of a download. */
function captureDownloads() {
  const links: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  return { links, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('<participe-page-feedback> privacy', () => {
  it('shows the purpose, the recipient and the retention date, in both languages', async () => {
    const { element, wrapper } = await mount(fakeWith());
    await untilState(element, 'open');
    buttonNamed(element, 'Oui')!.click();
    await until(() => !!shadow(element).querySelector('details.privacy'), 'the privacy notice');
    const endsAt = retentionEndsAt(pageFeedbackExample)!;
    const notice = () => text(shadow(element).querySelector('.privacy')!);
    expect(notice()).to.contain(pageFeedbackExample.privacyNotice.purpose.fr).and.contain(pageFeedbackExample.privacyNotice.recipient.fr);
    expect(notice()).to.contain(`Renseignements personnels conservés au plus tard jusqu’au ${formatDate('fr', endsAt)}.`);
    wrapper.setAttribute('lang', 'en');
    await until(() => notice().includes('Personal information kept until'), 'English');
    expect(notice()).to.contain(`Personal information kept until ${formatDate('en', endsAt)} at the latest.`).and.contain(pageFeedbackExample.privacyNotice.purpose.en);
    await expect(element).to.be.accessible();
  });

  it('says how long after the contribution it is kept when the initiative has no closing date', async () => {
    const { element, wrapper } = await mount(fakeWith({ closesAt: null, retentionDays: 90 }));
    await untilState(element, 'open');
    buttonNamed(element, 'Oui')!.click();
    await until(() => !!shadow(element).querySelector('details.privacy'), 'the privacy notice');
    const notice = () => text(shadow(element).querySelector('.privacy')!);
    expect(notice()).to.contain('Renseignements personnels conservés au plus 90 jours après votre participation.');
    wrapper.setAttribute('lang', 'en');
    await until(() => notice().includes('Personal information kept for at most 90 days after your contribution.'), 'English');
    await expect(element).to.be.accessible();
  });

  it('offers nothing to someone who has not contributed from this browser', async () => {
    const { element } = await mount(fakeWith());
    await untilState(element, 'open');
    buttonNamed(element, 'Oui')!.click();
    await until(() => !!shadow(element).querySelector('details.privacy'), 'the privacy notice');
    expect(shadow(element).querySelector('.my-data')).to.equal(null);
    expect(buttonNamed(element, 'Télécharger mes réponses')).to.equal(undefined);
  });

  it('lets a participant download their answers as a JSON file, then delete them after confirming', async () => {
    const fake = fakeWith();
    const { element, collector } = await mount(fake);
    await answer(element, { no: 'Non', send: 'Envoyer', download: 'Télécharger mes réponses' });
    expect(text(shadow(element).querySelector('.my-data')!)).to.contain('Cet appareil a envoyé des réponses à cette initiative.');
    await expect(element).to.be.accessible();
    const participant = fake.contributions[0]!.participant;

    const downloads = captureDownloads();
    try {
      buttonNamed(element, 'Télécharger mes réponses')!.click();
      await until(() => text(shadow(element)).includes('Vos réponses ont été téléchargées dans un fichier JSON.'), 'the download');
    } finally {
      downloads.restore();
    }
    const [link] = downloads.links;
    expect(link!.download).to.equal(`${pageFeedbackExample.id}-mes-reponses.json`);
    expect(link!.href.startsWith('blob:')).to.equal(true);
    const file = (await (await fetch(link!.href)).json()) as { initiative: string; contributions: Array<{ payload: unknown; channel: string; receivedAt: string }> };
    expect(file.initiative).to.equal(pageFeedbackExample.id);
    expect(file.contributions.map((contribution) => contribution.payload)).to.deep.equal([{ answer: 'no', comment: 'Il manque les horaires.', page: PAGE }]);
    expect(file.contributions[0]!.channel).to.equal('web');
    await expect(element).to.be.accessible();

    // A confirmation step, which Cancel leaves with focus back where it was.
    buttonNamed(element, 'Supprimer mes réponses')!.click();
    await until(() => activeInShadow(element)?.id === 'my-data-confirm', 'focus on the question');
    expect(activeInShadow(element)!.textContent).to.contain('Vos réponses seront supprimées définitivement');
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Annuler')!.click();
    await until(() => activeInShadow(element)?.textContent?.trim() === 'Supprimer mes réponses', 'focus back on Delete');
    expect(fake.contributions).to.have.length(1);

    buttonNamed(element, 'Supprimer mes réponses')!.click();
    await until(() => !!buttonNamed(element, 'Oui, supprimer mes réponses'), 'the confirmation');
    buttonNamed(element, 'Oui, supprimer mes réponses')!.click();
    await untilState(element, 'open');
    await until(() => activeInShadow(element)?.classList.contains('status') === true, 'focus on the status');
    expect(text(shadow(element).querySelector('.status')!)).to.contain('Vos réponses ont été supprimées. Cet appareil ne garde plus rien de votre participation.');
    expect(fake.contributions).to.deep.equal([]);
    expect(fake.selfService.map((call) => call.route)).to.deep.equal(['my-contributions', 'my-contributions/deletion']);
    expect(fake.selfService.every((call) => call.participant === participant)).to.equal(true);
    // Nothing ties this browser to its old answers any more; the question starts over.
    expect(participantKeys()).to.deep.equal([]);
    expect(Object.keys(localStorage).some((key) => key.startsWith('participe:draft:'))).to.equal(false);
    expect(shadow(element).querySelector('.my-data')).to.equal(null);
    expect(buttonNamed(element, 'Non')!.getAttribute('aria-pressed')).to.equal('false');
    expect(collector).to.be.a('string');
    await expect(element).to.be.accessible();
  });

  it('does the same in English', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake, 'en');
    await answer(element, { no: 'No', send: 'Send', download: 'Download my answers' });
    expect(text(shadow(element).querySelector('.my-data')!)).to.contain('This device sent answers to this initiative. You can download or delete them.');
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Delete my answers')!.click();
    await until(() => activeInShadow(element)?.id === 'my-data-confirm', 'focus on the question');
    expect(activeInShadow(element)!.textContent).to.contain('Your answers will be deleted for good and cannot be recovered. Do you want to delete them?');
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Yes, delete my answers')!.click();
    await untilState(element, 'open');
    await until(() => text(shadow(element).querySelector('.status')!).includes('Your answers were deleted.'), 'the confirmation');
    expect(fake.contributions).to.deep.equal([]);
    expect(participantKeys()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('forgets answers the collector no longer keeps (anonymised), and says so', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake);
    await answer(element, { no: 'Non', send: 'Envoyer', download: 'Télécharger mes réponses' });
    fake.options.myContributions = () => new Response(JSON.stringify({ code: 'not_found', message: 'Nothing kept.' }), { status: 404, headers: { 'content-type': 'application/json' } });
    buttonNamed(element, 'Télécharger mes réponses')!.click();
    await untilState(element, 'open');
    await until(() => text(shadow(element).querySelector('.status')!).includes('Aucune réponse de cet appareil n’est conservée'), 'the message');
    expect(participantKeys()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('keeps everything and says so when the collector cannot be reached', async () => {
    const fake = fakeWith();
    const { element } = await mount(fake);
    await answer(element, { no: 'Non', send: 'Envoyer', download: 'Télécharger mes réponses' });
    fake.options.myContributions = () => {
      throw new TypeError('Failed to fetch');
    };
    buttonNamed(element, 'Supprimer mes réponses')!.click();
    await until(() => !!buttonNamed(element, 'Oui, supprimer mes réponses'), 'the confirmation');
    buttonNamed(element, 'Oui, supprimer mes réponses')!.click();
    await until(() => text(shadow(element).querySelector('.my-data')!).includes('Votre demande n’a pas pu être traitée.'), 'the failure');
    expect(stateOf(element)).to.equal('submitted');
    expect(participantKeys()).to.have.length(2);
    expect(fake.contributions).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});
