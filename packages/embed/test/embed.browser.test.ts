import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '@participe/core/testing';
import { startLoader } from '../src/loader.js';

const ASSETS = 'https://collector.example.ca/widgets/';
const COLLECTOR = 'https://collector.example.ca/';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  fixtureCleanup();
});

function start() {
  const imported: string[] = [];
  const loader = startLoader({ assets: ASSETS, collector: COLLECTOR, reservedHeights: { 'page-feedback': '6.5rem' }, importBundle: async (url) => void imported.push(url) });
  stop = loader.stop;
  return { imported, loader };
}

describe('embed loader', () => {
  it('imports each widget bundle once, and gives widgets the collector', async () => {
    const page = await fixture(html`<main>
      <participe-page-feedback initiative="a"></participe-page-feedback>
      <participe-page-feedback initiative="b" collector="https://other.example.ca/"></participe-page-feedback>
    </main>`);
    const { imported } = start();
    await until(() => imported.length > 0, 'an import');
    expect(imported).to.deep.equal([`${ASSETS}participe-page-feedback.js`]);
    const [first, second] = page.querySelectorAll('participe-page-feedback');
    expect(first!.getAttribute('collector')).to.equal(COLLECTOR);
    expect(second!.getAttribute('collector')).to.equal('https://other.example.ca/');
  });

  it('turns data-participe containers into widgets (for CMSs that strip unknown tags)', async () => {
    const page = await fixture(html`<div><div data-participe="page-feedback" data-initiative="retroaction-pages" data-lang="en"></div></div>`);
    const { imported } = start();
    const widget = page.querySelector('participe-page-feedback')!;
    expect(widget.getAttribute('initiative')).to.equal('retroaction-pages');
    expect(widget.getAttribute('lang')).to.equal('en');
    await until(() => imported.length === 1, 'an import');
  });

  it('passes a thread on to the idea board (data-topic)', async () => {
    const page = await fixture(html`<div><div data-participe="idea-board" data-initiative="consultation-transport" data-topic="tarifs"></div></div>`);
    start();
    const widget = page.querySelector('participe-idea-board')!;
    expect(widget.getAttribute('topic')).to.equal('tarifs');
  });

  it('passes the host page’s context on (data-context and data-context-…)', async () => {
    const page = await fixture(html`<div><div data-participe="survey" data-initiative="x" data-context-program="1234" data-context-campaign="printemps" data-context='{"page":"accueil"}'></div></div>`);
    start();
    const widget = page.querySelector('participe-survey')!;
    expect(widget.getAttribute('context-program')).to.equal('1234');
    expect(widget.getAttribute('context-campaign')).to.equal('printemps');
    expect(widget.getAttribute('context')).to.equal('{"page":"accueil"}');
  });

  it('finds widgets added later, and ignores names that are not widget names', async () => {
    const page = await fixture(html`<div></div>`);
    const { imported } = start();
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      page.innerHTML = '<participe-survey initiative="x"></participe-survey><div data-participe="../evil"></div>';
      await until(() => imported.length === 1 && errors.length === 1, 'the new widget');
    } finally {
      console.error = original;
    }
    expect(imported).to.deep.equal([`${ASSETS}participe-survey.js`]);
    expect(errors[0]).to.contain('data-participe="../evil" is not a widget name');
  });

  it('waits until a widget far below the fold comes near', async () => {
    const page = await fixture(html`<div><div style="height: 5000px"></div><participe-page-feedback initiative="a"></participe-page-feedback></div>`);
    const { imported } = start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(imported).to.deep.equal([]);
    page.querySelector('participe-page-feedback')!.scrollIntoView();
    await until(() => imported.length === 1, 'the import once scrolled');
  });

  it('keeps room for a widget until it is defined', async () => {
    const page = await fixture(html`<div><participe-page-feedback initiative="a"></participe-page-feedback></div>`);
    start();
    expect(getComputedStyle(page.querySelector('participe-page-feedback')!).minHeight).to.equal(`${6.5 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
  });

  it('preloads the chunks each widget needs at once, beside its entry, each chunk once', async () => {
    await fixture(html`<div><participe-page-feedback initiative="a"></participe-page-feedback><participe-survey initiative="b"></participe-survey></div>`);
    const imported: string[] = [];
    const preload = { 'page-feedback': ['chunks/shared.js', 'chunks/comment.js'], survey: ['chunks/shared.js', 'chunks/form.js'] };
    const loader = startLoader({ assets: ASSETS, collector: COLLECTOR, preload, importBundle: async (url) => void imported.push(url) });
    stop = loader.stop;
    await until(() => imported.length === 2, 'both imports');
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
    expect(links.filter((href) => href.startsWith(ASSETS)).sort()).to.deep.equal([`${ASSETS}chunks/comment.js`, `${ASSETS}chunks/form.js`, `${ASSETS}chunks/shared.js`]);
    for (const link of document.head.querySelectorAll('link[rel="modulepreload"]')) link.remove();
  });

  it('says so in the console when a bundle cannot be loaded', async () => {
    await fixture(html`<div><participe-page-feedback initiative="a"></participe-page-feedback></div>`);
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const loader = startLoader({ assets: ASSETS, collector: COLLECTOR, importBundle: () => Promise.reject(new Error('404')) });
      stop = loader.stop;
      await until(() => errors.length === 1, 'an error');
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('[participe] could not load <participe-page-feedback>');
  });
});
