import { expect } from '@open-wc/testing';
import { formatDate } from '@participe/core/element';
import { ANONYMISED } from '@participe/core/schemas';
import { stateOf } from '@participe/core/testing';
import type { ParticipeSurvey } from '@participe/survey';
import type { SurveyQuestion } from '@participe/survey/manifest';
import { surveyTemplate } from '@participe/survey/staff';
import { ANONYMISED_AT, exampleInitiative, fakeStaffApi } from './fake-staff-api.js';
import { buttonNamed, choose, control, fillRequiredSettings, normalized, resetPage, shellButton, signedIn, typeInto, until, untilElement, untilText, viewNamed } from './helpers.js';
import { exampleSurvey, surveyResponse } from './survey-fixtures.js';

afterEach(resetPage);

/** Every required setting of a new initiative, so that the preview has a whole initiative to show. */
const fillRequired = (root: ShadowRoot) =>
  fillRequiredSettings(root, {
    id: 'visite-bureau',
    titleFr: 'Visite au bureau',
    titleEn: 'Office visit',
    purposeFr: 'Améliorer l’accueil.',
    purposeEn: 'Improve our service.',
    recipientFr: 'La direction des services.',
    recipientEn: 'The services branch.',
  });

const previews = (root: ShadowRoot) => [...root.querySelectorAll<ParticipeSurvey>('participe-survey')];
const widgetText = (widget: ParticipeSurvey) => normalized(widget.shadowRoot!);

describe('surveys in the console', () => {
  it('lists a survey with its type’s label, in both languages', async () => {
    const shell = await signedIn(fakeStaffApi({ initiatives: [exampleInitiative(), exampleSurvey()] }), '/initiatives');
    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Consultation sur les services en ligne');
    expect(normalized(list)).to.contain('Sondage');
    expect(normalized(list)).to.contain('Rétroaction sur la page');
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(list, 'Consultation on online services');
    expect(normalized(list)).to.contain('Survey');
    await expect(shell).to.be.accessible();
  });

  it('starts a new survey from a valid two-page template, previews the real survey in French and English, and checks the definition inline', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    await untilText(form, 'Créer le brouillon');
    choose(control<HTMLSelectElement>(form, 'Type d’initiative'), 'survey');
    fillRequired(form);
    // The builder shows first; this test works on the JSON view.
    ((await untilElement(form, 'definition-as-json')) as HTMLInputElement).click();
    await untilElement(form, 'field-definition');
    const definition = control<HTMLTextAreaElement>(form, 'Définition (JSON)');
    await until(() => definition.value.includes('"satisfaction"'), 'the survey template');
    expect(JSON.parse(definition.value)).to.deep.equal(surveyTemplate());
    expect(normalized(form)).to.contain('«\u00a0showIf\u00a0» affiche une page ou une question selon une réponse donnée plus tôt');

    await until(() => previews(form).length === 2, 'two survey previews');
    const [french, english] = previews(form);
    await until(() => stateOf(french!) === 'open' && stateOf(english!) === 'open', 'both previews open');
    expect(widgetText(french!)).to.contain('Votre visite').and.contain('Quelle était la raison de votre visite\u202f?');
    expect(widgetText(english!)).to.contain('Your visit').and.contain('What was the reason for your visit?');
    await expect(shell).to.be.accessible();

    // A condition may only look at an earlier question: the issue names where it is.
    const broken = surveyTemplate();
    broken.pages[0]!.questions[0]!.showIf = { question: 'recommander', equals: true };
    typeInto(definition, JSON.stringify(broken, null, 2));
    const issues = await untilElement(form, 'field-definition-issues');
    await untilText(issues, 'Question 1 «\u00a0Quelle était la raison de votre visite\u202f?\u00a0», condition d’affichage\u00a0: renvoie à «\u00a0recommander\u00a0», qui n’est pas une question posée plus tôt');
    // The survey's own code, worded by its staff facet in the console's language.
    expect(issues.querySelector('[lang="en"]')).to.equal(null);
    expect(definition.getAttribute('aria-invalid')).to.equal('true');
    expect(definition.getAttribute('aria-describedby')).to.contain('field-definition-issues');
    await until(() => stateOf(french!) === 'error', 'the preview to show its configuration error');
    expect(widgetText(french!)).to.contain('L’aperçu s’affichera quand la configuration sera complète.');
    await expect(shell).to.be.accessible();

    typeInto(definition, JSON.stringify(surveyTemplate()));
    await until(() => !form.getElementById('field-definition-issues'), 'the issue to go once fixed');
    await until(() => stateOf(french!) === 'open', 'the preview back');
    buttonNamed(form, 'Créer le brouillon').click();
    await viewNamed(shell, 'Visite au bureau');
    const created = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives')!;
    expect(created.body).to.deep.include({ type: 'survey', definition: surveyTemplate() });
  });

  it('shows a comment beside its answer and "Don’t know" in words', async () => {
    const definition = surveyTemplate();
    const recommend = definition.pages[1]!.questions[1]! as Extract<SurveyQuestion, { type: 'yes-no' }>;
    recommend.comment = { fr: 'Pourquoi\u202f?', en: 'Why?' };
    recommend.unsure = true;
    const initiative = exampleSurvey({});
    initiative.settings = { ...initiative.settings, definition };
    const fake = fakeStaffApi({
      initiatives: [initiative],
      contributions: [surveyResponse(1, { raison: 'demande', satisfaction: 4, recommander: 'unsure' }, { language: 'en', payload: { answers: { raison: 'demande', satisfaction: 4, recommander: 'unsure' }, comments: { recommander: 'It <i>depends</i>.' } } })],
    });
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '1 contribution affichée');
    const row = view.querySelector('tbody tr')!;
    expect(normalized(row)).to.contain('Recommanderiez-vous nos services\u202f? Je ne sais pas Pourquoi\u202f?\u00a0: It <i>depends</i>.');
    expect(row.querySelector('i')).to.equal(null);
    expect(row.querySelector('dd span[lang="en"]')!.textContent).to.equal('It <i>depends</i>.');
    await expect(shell).to.be.accessible();
  });

  it('shows each survey response readably: question labels, the survey’s own words, citizen text as text with its language', async () => {
    const fake = fakeStaffApi({
      initiatives: [exampleSurvey()],
      contributions: [
        surveyResponse(
          1,
          {
            frequence: 'mois',
            services: { choices: ['sante', 'permis'], other: 'Parental insurance' },
            satisfaction: 2,
            problemes: 'The site <b>crashes</b>.',
            enonces: { trouver: '2', clair: '4' },
            recommander: false,
            priorites: ['delais', 'mobile', 'aide'],
            ancienne: 'answered before the question was removed',
          },
          { language: 'en', channel: 'phone' },
        ),
      ],
    });
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '1 contribution affichée');
    const row = view.querySelector('tbody tr')!;
    const text = normalized(row);
    expect(text).to.contain('À quelle fréquence utilisez-vous nos services en ligne\u202f? Chaque mois');
    expect(text).to.contain('Dans l’ensemble, êtes-vous satisfait\u202f? 2 / 5');
    expect(text).to.contain('L’information est facile à trouver\u00a0: Plutôt en désaccord ; Le langage est clair\u00a0: Plutôt d’accord');
    expect(text).to.contain('Recommanderiez-vous nos services en ligne\u202f? Non');
    expect(text).to.contain('1. Des délais plus courts ; 2. Un meilleur affichage sur mobile ; 3. Plus d’aide en ligne');
    // Questions left unanswered are not listed.
    expect(text).not.to.contain('Votre courriel');
    // The citizen's own words: as text, in the language they were written in.
    const written = [...row.querySelectorAll('dd[lang="en"]')].map((dd) => normalized(dd));
    expect(written).to.deep.equal(['Health, Permits and licences, Other: Parental insurance', 'The site <b>crashes</b>.']);
    expect(row.querySelector('b')).to.equal(null);
    // An answer to a question no longer in the survey is kept visible, by its id.
    expect(row.querySelector('dt code')!.textContent).to.equal('ancienne');
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, '1 contribution shown');
    expect(normalized(row)).to.contain('How often do you use our online services? Every month');
    await expect(shell).to.be.accessible();
  });

  it('shows what retention left of a response: its personal answers as “(anonymisé)”, its choices as they were', async () => {
    // As the collector's survey privacy hook leaves it: texts, email and postal code replaced whole, "other" texts inside choices.
    const answers = {
      frequence: 'mois',
      services: { choices: ['sante'], other: ANONYMISED },
      problemes: ANONYMISED,
      informer: true,
      courriel: ANONYMISED,
      'code-postal': ANONYMISED,
      consentement: true,
      ancienne: ANONYMISED,
    };
    const fake = fakeStaffApi({ initiatives: [exampleSurvey()], contributions: [surveyResponse(1, answers, { language: 'en', participant: null, anonymisedAt: ANONYMISED_AT })] });
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '1 contribution affichée');
    const row = view.querySelector('tbody tr')!;
    const text = normalized(row);
    expect(text).to.contain(`Anonymisé le ${formatDate('fr', ANONYMISED_AT)}`);
    expect(text).to.contain('Chaque mois');
    expect(text).to.contain('Santé, Autre\u00a0: (anonymisé)');
    expect(text).to.contain('Votre courriel (anonymisé)');
    expect(text).to.contain('Votre code postal (anonymisé)');
    expect(text).not.to.contain(ANONYMISED);
    // The marker is the console's words, not the citizen's: no `lang` of the response on it.
    expect(row.querySelectorAll('dd[lang="en"]')).to.have.length(0);
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, '1 contribution shown');
    expect(normalized(row)).to.contain('Health, Other: (anonymised)').and.contain('Your email (anonymised)');
    await expect(shell).to.be.accessible();
  });

  it('exports CSV with headers in the interface language, and JSON as it is', async () => {
    const fake = fakeStaffApi({ initiatives: [exampleSurvey()], contributions: [surveyResponse(1, { frequence: 'mois' })] });
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, 'Les en-têtes du fichier CSV sont en français.');
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    };
    try {
      buttonNamed(view, 'Télécharger en CSV').click();
      await untilText(view, 'Fichier services-en-ligne-2026-02-01.csv téléchargé.');
      shellButton(shell, 'English').click();
      await untilText(view, 'The CSV file’s headers are in English.');
      buttonNamed(view, 'Download as CSV').click();
      await until(() => downloads.length === 2, 'the English CSV');
      buttonNamed(view, 'Download as JSON').click();
      await untilText(view, 'File services-en-ligne-2026-02-01.json downloaded.');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const exports = fake.requests.filter((request) => request.url.pathname.endsWith('/export')).map((request) => Object.fromEntries(request.url.searchParams));
    expect(exports).to.deep.equal([{ format: 'csv', lang: 'fr' }, { format: 'csv', lang: 'en' }, { format: 'json' }]);
    const english = await (await fetch(downloads[1]!)).text();
    expect(english.split('\n')[0]).to.contain('"How often do you use our online services?"');
    await expect(shell).to.be.accessible();
  });
});
