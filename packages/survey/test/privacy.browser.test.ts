import { expect, fixtureCleanup } from '@open-wc/testing';
import type { SurveyInitiative } from '../src/manifest.js';
import { fakeCollector, until, untilState, watchTracking } from '@participe/core/testing';
import { $, buttonNamed, cleanUp, focused, mount, next, pick, root, surveyOf, text } from './helpers.js';

afterEach(cleanUp);

/** One question, one response per participant: answered in a click. */
const oneQuestion: SurveyInitiative = surveyOf(
  [{ id: 'frequence', type: 'single', required: true, label: { fr: 'À quelle fréquence\u202f?', en: 'How often?' }, choices: [{ id: 'souvent', label: { fr: 'Souvent', en: 'Often' } }, { id: 'rarement', label: { fr: 'Rarement', en: 'Rarely' } }] }],
  { onePerParticipant: true },
);

const keys = (prefix: string) => Object.keys(localStorage).filter((key) => key.startsWith(prefix));

describe('<participe-survey> privacy', () => {
  for (const { lang, words } of [
    { lang: 'fr', words: { choice: 'Souvent', already: 'Vous avez déjà répondu à ce questionnaire.', download: 'Télécharger mes réponses', delete: 'Supprimer mes réponses', yes: 'Oui, supprimer mes réponses', deleted: 'Vos réponses ont été supprimées.' } },
    { lang: 'en', words: { choice: 'Often', already: 'You have already answered this survey.', download: 'Download my answers', delete: 'Delete my answers', yes: 'Yes, delete my answers', deleted: 'Your answers were deleted.' } },
  ]) {
    it(`lets someone who already answered delete their answers, then answer afresh (${lang})`, async () => {
      const fake = fakeCollector({ initiatives: { [oneQuestion.id]: oneQuestion } });
      const first = await mount(oneQuestion, { lang, fake });
      await untilState(first.element, 'open');
      await pick(first.element, words.choice);
      await next(first.element);
      await untilState(first.element, 'submitted');
      expect(keys('participe:responded:')).to.have.length(1);
      fixtureCleanup();

      // Back on the page later: "already answered", and the notice offers the answers' actions.
      const again = await mount(oneQuestion, { lang, fake, collector: first.collector });
      await untilState(again.element, 'submitted');
      expect(text(again.element)).to.contain(words.already);
      await until(() => !!buttonNamed(again.element, words.download), 'the answers’ actions');
      root(again.element).querySelector<HTMLDetailsElement>('details.privacy')!.open = true;
      await expect(again.element).to.be.accessible();

      buttonNamed(again.element, words.delete).click();
      await until(() => focused(again.element)?.id === 'my-data-confirm', 'focus on the question');
      await expect(again.element).to.be.accessible();
      buttonNamed(again.element, words.yes).click();
      await untilState(again.element, 'open');
      await until(() => focused(again.element)?.classList.contains('status') === true, 'focus on the status');
      expect(text($(again.element, '.status'))).to.contain(words.deleted);
      expect(fake.contributions).to.deep.equal([]);
      // Neither the "already answered" mark nor the participant id is left: the next answer is a new participant's.
      expect(keys('participe:responded:')).to.deep.equal([]);
      expect(keys('participe:participant:')).to.deep.equal([]);
      expect(keys('participe:contributed:')).to.deep.equal([]);
      expect(root(again.element).querySelector('.my-data')).to.equal(null);
      await expect(again.element).to.be.accessible();

      await pick(again.element, words.choice);
      await next(again.element);
      await untilState(again.element, 'submitted');
      expect(fake.contributions).to.have.length(1);
    });
  }

  it('reads no cookie and no fingerprinting source while it loads, takes a response and draws its published results', async () => {
    const published = { ...oneQuestion, resultsPublished: true };
    const results = { initiative: published.id, type: 'survey', responses: 3, questions: [{ question: 'frequence', kind: 'choices', answered: 3, counts: { souvent: 2, rarement: 1 } }] };
    const fake = fakeCollector({ initiatives: { [published.id]: published }, results: { [published.id]: results } });
    const watch = watchTracking();
    try {
      const { element } = await mount(published, { fake });
      await untilState(element, 'open');
      await pick(element, 'Souvent');
      await next(element);
      await untilState(element, 'submitted');
      await until(() => !!root(element).querySelector('.results canvas'), 'the chart');
      // Let chart.js draw.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await until(() => !!buttonNamed(element, 'Télécharger mes réponses'), 'the answers’ actions');
    } finally {
      watch.restore();
    }
    expect(watch.touched.map((touch) => `${touch.what}\n${touch.stack}`)).to.deep.equal([]);
  });
});
