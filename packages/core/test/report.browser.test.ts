// "You said, we did" as every widget shows it: through core's example widget (core names no real type).
import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { ParticipeElement } from '../src/element/participe-element.js';
import { defineStrings } from '../src/element/strings.js';
import type { PublicReport } from '../src/schemas/report.js';
import { fakeCollector, serveFake, until, untilState } from '../src/testing/index.js';
import { exampleType } from './support/example-type.js';

type ExampleInitiative = typeof exampleType.fixtures.initiative;
const strings = defineStrings({ fr: { send: 'Envoyer' }, en: { send: 'Send' } });

class ReportedNote extends ParticipeElement<ExampleInitiative, (typeof strings)['fr']> {
  protected readonly type = 'example-note';
  protected readonly schema = () => Promise.resolve(exampleType.initiative);
  protected readonly tables = strings;
  protected override renderContent() {
    return this.state === 'open' ? html`<button type="button" @click=${() => void this.submit({ note: 'Bonjour' })}>${this.t('send')}</button>` : nothing;
  }
}
ReportedNote.define('participe-reported-note');

const open = { ...exampleType.fixtures.initiative, closesAt: '2999-12-31T23:59:59-05:00' };
const closed = { ...exampleType.fixtures.initiative, status: 'closed' };
const published: PublicReport = {
  state: 'published',
  publishedOn: '2026-09-15',
  text: {
    heard: { fr: 'Les heures étaient introuvables.', en: 'Opening hours were hard to find.' },
    decided: { fr: 'Nous les affichons partout.', en: 'We show them everywhere.' },
    changes: { fr: 'Dès octobre <b>2026</b>.', en: 'From October <b>2026</b>.' },
  },
  themes: [{ name: { fr: 'Heures', en: 'Hours' }, count: 42 }],
  answers: [{ id: '00000000-0000-4000-8000-000000000001', payload: { title: 'Afficher les heures' }, response: { status: 'accepted', text: { fr: 'Fait.', en: 'Done.' }, duplicateOf: null, respondedAt: '2026-09-01T12:00:00Z' } }],
};

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  fixtureCleanup();
});

async function mount(initiative: unknown, report?: PublicReport, lang = 'fr') {
  const fake = fakeCollector({ initiatives: { [exampleType.fixtures.initiative.id]: initiative }, ...(report && { reports: { [exampleType.fixtures.initiative.id]: report } }) });
  const served = serveFake(fake);
  restore = served.restore;
  return fixture<ReportedNote>(fixtureHtml`<participe-reported-note lang=${lang} initiative=${exampleType.fixtures.initiative.id} collector=${served.collector}></participe-reported-note>`);
}

const reportOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="report"]');
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ');

describe('"you said, we did" in every widget', () => {
  it('shows the report once the initiative is closed, in both languages, citizen-free text as text', async () => {
    const element = await mount(closed, published);
    await untilState(element, 'closed');
    await until(() => reportOf(element) !== null, 'the report');
    const report = reportOf(element)!;
    expect(report.querySelector('h2')!.textContent).to.equal('Vous avez parlé, nous avons écouté');
    expect(text(report)).to.contain('Publié le 15 septembre 2026');
    expect(report.querySelector('h3')!.textContent).to.equal('Ce que nous avons entendu');
    expect(report.querySelector('.report__text')!.textContent).to.equal('Les heures étaient introuvables.');
    expect(text(report)).to.contain('Heures — 42 contributions');
    expect(report.querySelector('q')!.textContent).to.equal('Afficher les heures');
    // Words are never markup.
    expect(report.querySelector('b')).to.equal(null);
    expect(text(report)).to.contain('Dès octobre <b>2026</b>.');
    await expect(element).to.be.accessible();

    element.lang = 'en';
    await until(() => text(reportOf(element)).includes('You said, we listened'), 'the report in English');
    expect(text(reportOf(element))).to.contain('Published on September 15, 2026').and.contain('Hours — 42 contributions');
    await expect(element).to.be.accessible();
  });

  it('promises the report in the thank-you message while the initiative is open, then offers it once out', async () => {
    const element = await mount(open, { state: 'expected', expectedBy: '2026-12-01' });
    await untilState(element, 'open');
    expect(reportOf(element)).to.equal(null);
    element.shadowRoot!.querySelector('button')!.click();
    await untilState(element, 'submitted');
    await until(() => reportOf(element) !== null, 'the promise');
    expect(text(reportOf(element))).to.equal('Nous publierons ce que nous avons fait de vos contributions d’ici le 1 décembre 2026.');
    await expect(element).to.be.accessible();

    restore?.();
    fixtureCleanup();
    const again = await mount(open, published);
    await untilState(again, 'open');
    again.shadowRoot!.querySelector('button')!.click();
    await untilState(again, 'submitted');
    await until(() => reportOf(again)?.tagName === 'DETAILS', 'the report, offered');
    expect(text(reportOf(again)!.querySelector('summary'))).to.equal('Voir ce que nous avons fait des contributions');
    await expect(again).to.be.accessible();
  });

  it('says nothing more when there is no report', async () => {
    const element = await mount(closed);
    await untilState(element, 'closed');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(reportOf(element)).to.equal(null);
  });
});
