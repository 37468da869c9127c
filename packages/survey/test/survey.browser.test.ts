import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { surveyExample } from '../src/manifest.js';
import { fakeCollector, stateOf, until, untilState } from '@participe/core/testing';
import { $, $$, buttonNamed, cleanUp, focused, mount, next, pageTitle, pick, root, text, type } from './helpers.js';

afterEach(cleanUp);

/** Answers the example's pages up to the review, taking the permits branch and asking to be informed. */
async function fillExample(element: Parameters<typeof pick>[0]) {
  await pick(element, 'Chaque mois');
  await pick(element, 'Santé');
  await pick(element, 'Permis et licences');
  await next(element);
  await until(() => pageTitle(element) === 'Votre expérience', 'page 2');
  await pick(element, '2');
  await until(() => !!$(element, '#q-problemes-input'), 'the follow-up for the dissatisfied');
  await type(element, '#q-problemes-input', 'Le site plante.');
  await pick(element, 'Plutôt en désaccord'); // first matrix row
  $$<HTMLInputElement>(element, '#q-enonces input')[8]!.click(); // second row, "Plutôt d’accord"
  await element.updateComplete;
  await next(element);
  await until(() => pageTitle(element) === 'Permis et licences', 'the permits page');
  await type(element, '#q-nombre-permis-input', '3');
  await next(element);
  await until(() => pageTitle(element) === 'Vos priorités', 'page 4');
  buttonNamed(element, 'Confirmer cet ordre').click();
  await element.updateComplete;
  await next(element);
  await until(() => pageTitle(element) === 'Suivi', 'page 5');
  await pick(element, 'Non');
  await next(element);
}

describe('<participe-survey>', () => {
  it('opens on the first page with the privacy notice first, since it asks for an email', async () => {
    const { element } = await mount();
    await untilState(element, 'open');
    expect(text(element)).to.contain('Consultation sur les services en ligne');
    expect($(element, '.privacy--expanded')).to.exist;
    expect(root(element).querySelector('.privacy')!.compareDocumentPosition($(element, '#q-frequence')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    // The conditional third page is counted from the start: the total does not grow if it appears.
    expect($(element, '.progress__text').textContent).to.equal('Page 1 sur 5');
    await expect(element).to.be.accessible();
  });

  it('stops on missing answers with a summary that takes focus and messages next to each field', async () => {
    const { element } = await mount();
    await untilState(element, 'open');
    await next(element);
    await until(() => focused(element)?.classList.contains('error-summary') === true, 'focus on the summary');
    expect(text($(element, '.error-summary'))).to.contain('À quelle fréquence utilisez-vous nos services en ligne');
    expect($(element, '#q-frequence-error').textContent).to.contain('Répondez à cette question.');
    expect($(element, '#q-frequence').getAttribute('aria-describedby')).to.contain('q-frequence-error');
    await expect(element).to.be.accessible();
    $<HTMLButtonElement>(element, '.error-summary button').click();
    expect(focused(element)?.id).to.equal('q-frequence-semaine');
    await pick(element, 'Chaque semaine');
    expect(root(element).querySelector('#q-frequence-error')).to.equal(null);
  });

  it('shows pages and follow-ups only when earlier answers call for them, keeps the page total stable, and announces a question that appears', async () => {
    const { element } = await mount();
    await untilState(element, 'open');
    await pick(element, 'Chaque mois');
    await pick(element, 'Santé');
    expect($(element, '.progress__text').textContent).to.equal('Page 1 sur 5');
    await pick(element, 'Permis et licences');
    expect($(element, '.progress__text').textContent).to.equal('Page 1 sur 5');
    await next(element);
    await until(() => pageTitle(element) === 'Votre expérience');
    expect($(element, '.progress__text').textContent).to.equal('Page 2 sur 5');
    expect(root(element).querySelector('#q-problemes')).to.equal(null);
    await pick(element, '1');
    expect(root(element).querySelector('#q-problemes')).to.exist;
    await until(() => text($(element, '[aria-live=polite]')).includes('Nouvelle question : Qu’est-ce qui n’a pas fonctionné ?'), `the new question announced (live region: ${text($(element, '[aria-live=polite]'))})`);
    await pick(element, '4');
    expect(root(element).querySelector('#q-problemes')).to.equal(null);
  });

  it('goes through every page, reviews, changes an answer and sends only what was shown', async () => {
    const { element, fake } = await mount();
    await untilState(element, 'open');
    await fillExample(element);
    await until(() => $(element, '.page-title').textContent === 'Vérifiez vos réponses', 'the review');
    expect(focused(element)?.classList.contains('page-title')).to.equal(true);
    const review = text($(element, '.form'));
    expect(review).to.contain('Chaque mois').and.contain('Santé, Permis et licences').and.contain('2 / 5');
    expect(review).to.contain('1. Un meilleur affichage sur mobile ; 2. Des délais plus courts ; 3. Plus d’aide en ligne');
    await expect(element).to.be.accessible();

    // Change the satisfaction: the follow-up disappears, and with it its answer.
    $$<HTMLButtonElement>(element, '.review button').find((button) => button.textContent!.includes('êtes-vous satisfait'))!.click();
    await until(() => focused(element)?.id === 'q-satisfaction-1', 'focus on the question to change');
    await pick(element, '4');
    await next(element);
    await next(element);
    await next(element);
    await next(element);
    await until(() => $(element, '.page-title').textContent === 'Vérifiez vos réponses', 'back to the review');
    buttonNamed(element, 'Envoyer mes réponses').click();
    await untilState(element, 'submitted');
    const { answers } = fake.contributions[0]!.payload as { answers: Record<string, unknown> };
    expect(answers).to.deep.equal({
      frequence: 'mois',
      services: { choices: ['sante', 'permis'] },
      satisfaction: 4,
      enonces: { trouver: '2', clair: '4' },
      'nombre-permis': 3,
      priorites: ['mobile', 'delais', 'aide'],
      informer: false,
    });
    expect(text(element)).to.contain('Merci, vos réponses ont bien été reçues.');
    await expect(element).to.be.accessible();
  });

  it('keeps a half-filled survey across a reload, on the same page', async () => {
    const first = await mount();
    await untilState(first.element, 'open');
    await pick(first.element, 'Chaque mois');
    await pick(first.element, 'Impôts');
    await next(first.element);
    await until(() => pageTitle(first.element) === 'Votre expérience');
    first.wrapper.remove();

    const second = await mount(surveyExample, { collector: first.collector, fake: first.fake });
    await untilState(second.element, 'open');
    await until(() => pageTitle(second.element) === 'Votre expérience', 'the same page');
    buttonNamed(second.element, 'Précédent').click();
    await until(() => pageTitle(second.element) === 'Votre utilisation');
    expect($<HTMLInputElement>(second.element, '#q-services-impots').checked).to.equal(true);
  });

  it('takes one response per participant: after sending, the survey says it was answered', async () => {
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, pages: [surveyExample.definition.pages[0]!], review: false } };
    const first = await mount(initiative);
    await untilState(first.element, 'open');
    await pick(first.element, 'Jamais');
    await pick(first.element, 'Santé');
    await next(first.element);
    await untilState(first.element, 'submitted');
    first.wrapper.remove();
    const again = await mount(initiative, { collector: first.collector, fake: first.fake });
    await untilState(again.element, 'submitted');
    expect(text(again.element)).to.contain('Vous avez déjà répondu à ce questionnaire.');
  });

  it('keeps a response given offline and sends it when the collector answers again', async () => {
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, pages: [surveyExample.definition.pages[0]!], review: false } };
    const { element, fake } = await mount(initiative, { options: { submit: 'network-error' } });
    await untilState(element, 'open');
    await pick(element, 'Jamais');
    await pick(element, 'Santé');
    await next(element);
    await untilState(element, 'offline');
    await expect(element).to.be.accessible();
    fake.options.submit = 'accept';
    window.dispatchEvent(new Event('online'));
    await untilState(element, 'submitted', 8000);
    expect(fake.contributions).to.have.length(1);
  });

  it('says when it closes while it is open, in the page’s language', async () => {
    const closesAt = '2099-03-31T21:00:00Z';
    const { element, wrapper } = await mount({ ...surveyExample, closesAt });
    await untilState(element, 'open');
    const french = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(closesAt));
    expect($(element, '.closes').textContent).to.equal(`Vous pouvez répondre jusqu’au ${french}.`);
    wrapper.lang = 'en';
    const english = new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(closesAt));
    await until(() => $(element, '.closes').textContent === `You can answer until ${english}.`, 'the date in English');
    await expect(element).to.be.accessible();
  });

  it('words the summary without doubled punctuation after a label ending in a question mark', async () => {
    const { element } = await mount();
    await untilState(element, 'open');
    await next(element);
    await until(() => !!root(element).querySelector('.error-summary'), 'the summary');
    // (`text` folds every kind of space into one.)
    expect(text($(element, '.error-summary'))).to.contain('À quelle fréquence utilisez-vous nos services en ligne : Répondez à cette question.');
    expect(text($(element, '.error-summary'))).not.to.contain('? :');
  });

  it('says when the collector refuses because the survey closed meanwhile', async () => {
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, pages: [surveyExample.definition.pages[0]!], review: false } };
    const refuse = () => new Response(JSON.stringify({ code: 'initiative_closed', message: 'closed' }), { status: 409 });
    const { element } = await mount(initiative, { options: { submit: refuse } });
    await untilState(element, 'open');
    await pick(element, 'Jamais');
    await pick(element, 'Santé');
    await next(element);
    await untilState(element, 'closed');
  });

  it('words the collector’s refusal by code, as the form words its own checks, naming each question', async () => {
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, pages: [surveyExample.definition.pages[0]!], review: false } };
    // The definition changed on the collector since the form was loaded: the rules' codes come back with their figures.
    const refuse = () =>
      new Response(
        JSON.stringify({
          code: 'validation_failed',
          message: 'The contribution does not fit this initiative.',
          issues: [
            { path: 'payload.answers.services', code: 'choose_at_most', params: { maximum: 2 }, message: 'choose at most 2' },
            { path: 'payload.answers.frequence', code: 'not_a_choice', message: 'not one of the question’s choices' },
            { path: 'payload', code: 'unrecognized_keys', params: { keys: ['extra'] }, message: 'unknown field "extra"' },
            { path: 'payload.answers.frequence', code: 'brand_new_rule', message: 'a rule this widget does not know' },
          ],
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      );
    const { element } = await mount(initiative, { options: { submit: refuse } });
    await untilState(element, 'open');
    await pick(element, 'Jamais');
    await pick(element, 'Santé');
    await next(element);
    await until(() => text(element).includes('n’a pas pu être acceptée'), 'the refusal');
    const status = $(element, '.status');
    // French typography kept: only ordinary white space is collapsed.
    expect(status.textContent!.replace(/[ \t\n\r]+/g, ' ')).to.contain(
      'Votre réponse n’a pas pu être acceptée\u00a0: Quels services avez-vous utilisés\u202f?\u00a0: Choisissez au plus 2 réponses\u202f; ' +
        'À quelle fréquence utilisez-vous nos services en ligne\u202f?\u00a0: Choisissez une des réponses proposées\u202f; ' +
        'payload\u00a0: champ inconnu\u00a0: "extra"\u202f; ',
    );
    // Only the code nobody here knows keeps the collector's English, marked as such.
    const english = [...status.querySelectorAll('[lang="en"]')].map((node) => node.textContent);
    expect(english).to.deep.equal(['a rule this widget does not know']);
    expect(stateOf(element)).to.equal('open');
    await expect(element).to.be.accessible();
  });

  it('switches language live, answers kept', async () => {
    const { element, wrapper } = await mount();
    await untilState(element, 'open');
    await pick(element, 'Chaque mois');
    wrapper.lang = 'en';
    await until(() => text(element).includes('How often do you use our online services?'), 'English');
    expect($<HTMLInputElement>(element, '#q-frequence-mois').checked).to.equal(true);
    expect($(element, '.progress__text').textContent).to.equal('Page 1 of 5');
    await expect(element).to.be.accessible();
  });

  it('is filled in and sent with the keyboard only', async () => {
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, review: true, pages: [surveyExample.definition.pages[0]!] } };
    const { element, fake } = await mount(initiative);
    await untilState(element, 'open');
    const tabUntil = async (wanted: (control: HTMLElement) => boolean) => {
      for (let presses = 0; presses < 20 && !(focused(element) && wanted(focused(element)!)); presses++) await sendKeys({ press: 'Tab' });
      expect(focused(element) && wanted(focused(element)!), 'reached by Tab').to.equal(true);
    };
    $(element, '#q-frequence-semaine').focus();
    await sendKeys({ press: 'ArrowDown' }); // in a radio group, arrows move and select
    expect(focused(element)?.id).to.equal('q-frequence-mois');
    await tabUntil((control) => control.id === 'q-services-sante');
    await sendKeys({ press: 'Space' });
    await tabUntil((control) => control.getAttribute('type') === 'submit');
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, '.page-title').textContent === 'Vérifiez vos réponses', 'the review');
    await tabUntil((control) => control.textContent!.trim() === 'Envoyer mes réponses');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect((fake.contributions[0]!.payload as { answers: unknown }).answers).to.deep.equal({ frequence: 'mois', services: { choices: ['sante'] } });
  });

  describe('results', () => {
    const results = {
      initiative: surveyExample.id,
      type: 'survey',
      responses: 12,
      questions: [
        { question: 'frequence', kind: 'choices', answered: 12, counts: { semaine: 3, mois: 6, annee: 2, jamais: 1 } },
        { question: 'services', kind: 'choices', answered: 3, counts: { sante: 2, impots: 1, permis: 1, other: 1 } },
        { question: 'satisfaction', kind: 'numbers', answered: 12, mean: 3.5, median: 4, distribution: [{ value: 1, count: 1 }, { value: 4, count: 11 }] },
        { question: 'priorites', kind: 'ranking', answered: 10, averageRank: { mobile: 1.5, delais: 2, aide: 2.5 }, firstPlace: { mobile: 6, delais: 3, aide: 1 } },
        { question: 'enonces', kind: 'matrix', answered: 12, counts: { trouver: { '1': 2, '5': 10 }, clair: { '3': 12 } } },
        { question: 'problemes', kind: 'count-only', answered: 4 },
      ],
    };

    it('shows charts with the same figures as tables once published, never the written answers', async () => {
      const published = { ...surveyExample, status: 'closed' as const, resultsPublished: true };
      const { element } = await mount(published, { fake: fakeCollector({ initiatives: { [published.id]: published }, results: { [published.id]: results } }) });
      await untilState(element, 'closed');
      await until(() => !!root(element).querySelector('.results'), 'the results');
      const tables = $$(element, '.chart__table');
      expect(text(tables[0]!)).to.contain('Chaque mois 6 50 %');
      // Several choices per person: shares of the 3 respondents, the base said (not 2 of 5 selections).
      expect(text(tables[1]!)).to.contain('Part des répondants (plusieurs choix possibles)').and.contain('Santé 2 66,7 %');
      expect(text(tables[1]!.closest('figure')!)).to.contain('3 personnes ont répondu');
      expect(text($(element, '.results'))).to.contain('12 réponses').and.contain('Moyenne').and.contain('Les réponses écrites ne sont pas publiées.');
      expect(text($(element, '.results'))).to.not.contain('Le site plante');
      await expect(element).to.be.accessible();
    });
  });

  it('names the wrong field of a malformed definition', async () => {
    const broken = { ...surveyExample, definition: { ...surveyExample.definition, pages: [{ id: 'p', questions: [{ id: 'a', type: 'slider', label: { fr: 'a', en: 'a' } }] }] } };
    const { element } = await mount(broken as never);
    await untilState(element, 'error');
    expect(text(element)).to.contain('definition.pages[0].questions[0].type: unknown type');
    expect(stateOf(element)).to.equal('error');
  });

  it('takes a paper response through the same form when the console supplies a submitter', async () => {
    const { element } = await mount();
    await untilState(element, 'open');
    const received: unknown[] = [];
    element.submitter = async (payload) => {
      received.push(payload);
      return { id: '00000000-0000-4000-8000-000000000001', receivedAt: new Date().toISOString() };
    };
    const initiative = { ...surveyExample, definition: { ...surveyExample.definition, review: false, pages: [surveyExample.definition.pages[0]!] } };
    element.preview = initiative;
    await element.updateComplete;
    await untilState(element, 'open');
    await until(() => !!root(element).querySelector('#q-frequence-jamais'), 'the preview form');
    await pick(element, 'Jamais');
    await pick(element, 'Santé');
    await next(element);
    await untilState(element, 'submitted');
    expect(received).to.deep.equal([{ answers: { frequence: 'jamais', services: { choices: ['sante'] } } }]);
  });
});
