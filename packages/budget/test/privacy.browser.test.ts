import { expect, fixtureCleanup } from '@open-wc/testing';
import { budgetExample } from '../src/manifest.js';
import { fakeCollector, until, untilState, watchTracking } from '@participe/core/testing';
import { $, buttonNamed, cleanUp, focused, mount, root, slide, text } from './helpers.js';

afterEach(cleanUp);

const keys = (prefix: string) => Object.keys(localStorage).filter((key) => key.startsWith(prefix));

/** Closes the example's deficit (residential tax to 102 M$) and sends. */
async function sendBalanced(element: Parameters<typeof root>[0]) {
  await until(() => !!root(element).querySelector('#line-taxe-residentielle-slider'), 'the simulator');
  await slide(element, 'taxe-residentielle', 24);
  $<HTMLButtonElement>(element, 'button[type=submit]').click();
  await untilState(element, 'submitted');
}

describe('<participe-budget> privacy', () => {
  for (const { lang, words } of [
    { lang: 'fr', words: { already: 'Vous avez déjà envoyé votre budget.', download: 'Télécharger mes réponses', delete: 'Supprimer mes réponses', yes: 'Oui, supprimer mes réponses', deleted: 'Vos réponses ont été supprimées.' } },
    { lang: 'en', words: { already: 'You have already sent your budget.', download: 'Download my answers', delete: 'Delete my answers', yes: 'Yes, delete my answers', deleted: 'Your answers were deleted.' } },
  ]) {
    it(`lets someone who sent a budget delete it, forgets the summary kept on the device, then takes a new one (${lang})`, async () => {
      const fake = fakeCollector({ initiatives: { [budgetExample.id]: budgetExample } });
      const first = await mount(budgetExample, { lang, fake });
      await untilState(first.element, 'open');
      await sendBalanced(first.element);
      expect(keys('participe:budget-sent:')).to.have.length(1);
      fixtureCleanup();

      const again = await mount(budgetExample, { lang, fake, collector: first.collector });
      await untilState(again.element, 'submitted');
      expect(text(again.element)).to.contain(words.already);
      await until(() => !!buttonNamed(again.element, words.download), 'the answers’ actions');
      root(again.element).querySelector<HTMLDetailsElement>('details.privacy')!.open = true;
      await expect(again.element).to.be.accessible();

      buttonNamed(again.element, words.delete).click();
      await until(() => focused(again.element)?.id === 'my-data-confirm', 'focus on the question');
      buttonNamed(again.element, words.yes).click();
      await untilState(again.element, 'open');
      await until(() => focused(again.element)?.classList.contains('status') === true, 'focus on the status');
      expect(text($(again.element, '.status'))).to.contain(words.deleted);
      expect(fake.contributions).to.deep.equal([]);
      // Neither the budget kept for the summary nor the participant id is left.
      expect(keys('participe:budget-sent:')).to.deep.equal([]);
      expect(keys('participe:participant:')).to.deep.equal([]);
      expect(root(again.element).querySelector('.summary')).to.equal(null);
      await expect(again.element).to.be.accessible();

      await sendBalanced(again.element);
      expect(fake.contributions).to.have.length(1);
    });
  }

  it('reads no cookie and no fingerprinting source while it loads, takes a budget, draws its chart and its results', async () => {
    const published = { ...budgetExample, resultsPublished: true };
    const lines = budgetExample.definition.categories.flatMap((category) => category.lines);
    const results = {
      initiative: published.id,
      type: 'budget',
      responses: 1,
      lines: lines.map((line) => ({ line: line.id, answered: 1, increased: 0, kept: 1, decreased: 0, mean: null, median: null, distribution: [] })),
    };
    const fake = fakeCollector({ initiatives: { [published.id]: published }, results: { [published.id]: results } });
    const watch = watchTracking();
    try {
      const { element } = await mount(published, { fake });
      await untilState(element, 'open');
      await until(() => !!root(element).querySelector('.chart-toggle button'), 'the simulator');
      $<HTMLButtonElement>(element, '.chart-toggle button').click();
      await until(() => ($<HTMLCanvasElement>(element, '.allocation canvas')?.width ?? 0) > 0, 'the chart drawn');
      await sendBalanced(element);
      await until(() => !!root(element).querySelector('.results'), 'the results');
      await until(() => !!buttonNamed(element, 'Télécharger mes réponses'), 'the answers’ actions');
    } finally {
      watch.restore();
    }
    expect(watch.touched.map((touch) => `${touch.what}\n${touch.stack}`)).to.deep.equal([]);
  });
});
