import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { routes } from '../src/routes.js';
import { staffFacets } from '../src/type-registry.js';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import {
  buttonNamed,
  deepActiveElement,
  linkNamed,
  liveRegion,
  normalized,
  resetPage,
  shellButton,
  signedIn,
  until,
  untilFocused,
  untilText,
  viewNamed,
} from './helpers.js';
import { exampleSurvey, exampleSurveyResults } from './survey-fixtures.js';

afterEach(resetPage);

const analyst: FakeAccount = { ...demoAdmin, email: 'analyste@ministere-demo.example', role: 'analyst' };
const editor: FakeAccount = { ...demoAdmin, email: 'edition@ministere-demo.example', role: 'editor' };

const surveyApi = (account: FakeAccount = demoAdmin) =>
  fakeStaffApi({ accounts: [account], initiatives: [exampleSurvey()], results: { 'services-en-ligne': exampleSurveyResults } });

/** One question's block on the dashboard, found by its heading. */
function question(root: ShadowRoot, label: string): HTMLElement {
  const heading = [...root.querySelectorAll('h3')].find((h3) => normalized(h3).endsWith(label));
  if (!heading) throw new Error(`no question "${label}"`);
  return heading.parentElement!;
}

/** A figure's table as rows of cell texts. */
const tableRows = (table: HTMLTableElement) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => normalized(cell).trim()));

describe('results dashboard', () => {
  it('charts every kind of survey result with the same figures in tables', async () => {
    const shell = await signedIn(surveyApi(), '/initiatives/services-en-ligne/results');
    const view = await viewNamed(shell, 'Résultats');
    await untilText(view, '12 réponses');
    expect(document.title).to.equal('Résultats – Consultation sur les services en ligne – Console Participe');
    expect(view.querySelectorAll('h3')).to.have.length(15);

    // Choices, in the question's order, "other" last.
    const services = question(view, 'Quels services avez-vous utilisés\u202f?');
    expect(normalized(services.querySelector('figcaption')!)).to.equal('Répartition des réponses');
    expect(tableRows(services.querySelector('table')!).map(([label, count]) => [label, count])).to.deep.equal([
      ['Santé', '8'],
      ['Impôts', '6'],
      ['Permis et licences', '5'],
      ['Autre', '2'],
    ]);
    expect(normalized(services)).to.contain('12 personnes ont répondu');
    expect(tableRows(question(view, 'Recommanderiez-vous nos services en ligne\u202f?').querySelector('table')!)[0]!.slice(0, 2)).to.deep.equal(['Oui', '7']);

    // Numbers: their distribution, mean and median.
    const satisfaction = question(view, 'Dans l’ensemble, êtes-vous satisfait\u202f?');
    expect(tableRows(satisfaction.querySelector('table')!).map(([value, count]) => `${value}:${count}`)).to.deep.equal(['1:1', '2:2', '3:3', '4:4', '5:2']);
    expect(normalized(satisfaction.querySelector('dl')!)).to.match(/Moyenne\s*3,25\s*Médiane\s*3,5/);

    // Ranking: first places charted, average ranks best first.
    const ranking = question(view, 'Classez ces améliorations, de la plus à la moins importante.');
    expect(normalized(ranking.querySelector('figcaption')!)).to.equal('Classé premier');
    const ranks = ranking.querySelectorAll('table')[1]!;
    expect(normalized(ranks.querySelector('caption')!)).to.equal('Rang moyen (1 = le plus important)');
    expect(tableRows(ranks)).to.deep.equal([
      ['Des délais plus courts', '1,5'],
      ['Un meilleur affichage sur mobile', '1,75'],
      ['Plus d’aide en ligne', '2,75'],
    ]);

    // Matrix: one chart per row.
    const matrix = question(view, 'Dites-nous si vous êtes d’accord.');
    expect([...matrix.querySelectorAll('figcaption')].map((caption) => normalized(caption))).to.deep.equal(['L’information est facile à trouver', 'Le langage est clair']);
    expect(tableRows(matrix.querySelectorAll('table')[1]!).map((row) => row[1])).to.deep.equal(['0', '1', '2', '5', '3']);
    expect(normalized(matrix)).to.contain('11 personnes ont répondu');

    // Written or personal answers: how many, never what.
    const written = question(view, 'Qu’est-ce qui n’a pas fonctionné\u202f?');
    expect(written.querySelector('figure')).to.equal(null);
    expect(normalized(written)).to.contain('3 personnes ont répondu.').and.contain('Le détail de ces réponses n’est jamais publié, seul leur nombre est compté.');

    // Every chart is drawn, beside its table.
    const canvases = [...view.querySelectorAll('canvas')];
    expect(canvases).to.have.length(10);
    await until(() => canvases.every((canvas) => canvas.style.display === 'block'), 'chart.js to draw every chart');
    expect(view.querySelectorAll('figure.chart table')).to.have.length(10);
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await viewNamed(shell, 'Results');
    await untilText(view, '12 responses');
    expect(normalized(question(view, 'Overall, are you satisfied?').querySelector('dl')!)).to.match(/Mean\s*3\.25\s*Median\s*3\.5/);
    expect(normalized(view)).to.contain('Distribution of answers').and.contain('Average rank (1 = most important)');
    await expect(shell).to.be.accessible();
  });

  it('shows whether citizens see the results, and publishes or withdraws them', async () => {
    const fake = surveyApi();
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/results');
    const view = await viewNamed(shell, 'Résultats');
    await untilText(view, 'Non publiés\u00a0: seul le personnel de votre organisation les voit.');
    buttonNamed(view, 'Publier les résultats').click();
    await untilText(view, 'Les résultats sont publiés.');
    expect(normalized(view)).to.contain('Publiés\u00a0: les citoyens les voient dans le module.');
    expect(fake.requests.find((request) => request.url.pathname.endsWith('/results-publication'))!.body).to.deep.equal({ published: true });
    await until(() => liveRegion(shell).textContent === 'Les résultats sont publiés.', 'the announcement');
    await expect(shell).to.be.accessible();

    buttonNamed(view, 'Retirer les résultats').click();
    await untilText(view, 'Les résultats ne sont plus publiés.');
    expect(normalized(view)).to.contain('Non publiés');
  });

  it('charts page feedback too, with the reasons given for "No", and says when nothing has been received yet', async () => {
    const no = (n: number, reason?: string) => contribution(n, { payload: { answer: 'no', ...(reason && { reason }), page: 'https://www.quebec.ca/sante' } });
    const fake = fakeStaffApi({ contributions: [contribution(1), no(2, 'pas-a-jour'), contribution(3), no(4, 'pas-a-jour'), no(6, 'autre'), no(8)] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/results');
    const view = await viewNamed(shell, 'Résultats');
    await untilText(view, '6 réponses');
    const figures = [...view.querySelectorAll('figure')];
    expect(figures).to.have.length(2);
    expect(normalized(figures[0]!.querySelector('figcaption')!)).to.equal('Avez-vous trouvé ce que vous cherchiez\u202f?');
    expect(tableRows(figures[0]!.querySelector('table')!).map(([label, count]) => `${label}:${count}`)).to.deep.equal(['Oui:2', 'Non:4']);
    expect(normalized(figures[1]!.querySelector('figcaption')!)).to.equal('Raisons données par les personnes qui ont répondu «\u00a0Non\u00a0»');
    expect(tableRows(figures[1]!.querySelector('table')!).map(([label, count]) => `${label}:${count}`)).to.deep.equal([
      'L’information est difficile à trouver:0',
      'L’information n’est pas à jour:2',
      'Ce n’est pas dans ma langue ou c’est difficile à comprendre:0',
      'Quelque chose ne fonctionne pas:0',
      'Autre raison:1',
    ]);
    await expect(shell).to.be.accessible();
    resetPage();

    const empty = await signedIn(fakeStaffApi(), '/initiatives/retroaction-pages/results');
    const emptyView = await viewNamed(empty, 'Résultats');
    await untilText(emptyView, 'Aucune réponse pour l’instant.');
    expect(emptyView.querySelector('figure')).to.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('words a failure with a way to try again, and refreshes on request', async () => {
    const options = { initiatives: [exampleSurvey()], results: {} as Record<string, unknown> };
    const fake = fakeStaffApi(options);
    const shell = await signedIn(fake, '/initiatives/services-en-ligne/results');
    const view = await viewNamed(shell, 'Résultats');
    await untilText(view, 'cette initiative n’existe pas ou n’appartient pas à votre organisation');
    await expect(shell).to.be.accessible();

    fake.setUnreachable(true);
    buttonNamed(view, 'Réessayer').click();
    await untilText(view, 'Le service ne répond pas.');
    await expect(shell).to.be.accessible();

    fake.setUnreachable(false);
    options.results['services-en-ligne'] = exampleSurveyResults;
    buttonNamed(view, 'Réessayer').click();
    await untilText(view, '12 réponses');
    buttonNamed(view, 'Actualiser les résultats').click();
    await until(() => liveRegion(shell).textContent === 'Résultats actualisés.', 'the refresh to be announced');
    // The first answer, the retry that got through, the refresh (the unreachable attempt never arrived).
    expect(fake.requests.filter((request) => request.url.pathname.endsWith('/results'))).to.have.length(3);
  });

  it('is offered to the roles that read contributions, for the types that have results, and reached by keyboard', async () => {
    const shell = await signedIn(surveyApi(analyst), '/initiatives', analyst);
    await viewNamed(shell, 'Initiatives');
    location.hash = '#/initiatives/services-en-ligne';
    const detail = await viewNamed(shell, 'Consultation sur les services en ligne');
    await untilText(detail, 'Gérer');
    await untilFocused(detail.querySelector('h1'), 'focus on the heading');
    for (let tabs = 0; tabs < 10 && deepActiveElement()?.textContent?.trim() !== 'Résultats'; tabs++) await sendKeys({ press: 'Tab' });
    await untilFocused(linkNamed(detail, 'Résultats'), 'focus on the results link');
    await sendKeys({ press: 'Enter' });
    const view = await viewNamed(shell, 'Résultats');
    await untilFocused(view.querySelector('h1'), 'focus on the results heading');
    await untilText(view, '12 réponses');
    // An analyst reads results but does not publish them.
    expect(() => buttonNamed(view, 'Publier les résultats')).to.throw();
    await expect(shell).to.be.accessible();
    resetPage();

    const editorShell = await signedIn(surveyApi(editor), '/initiatives/services-en-ligne', editor);
    const editorDetail = await viewNamed(editorShell, 'Consultation sur les services en ligne');
    await untilText(editorDetail, 'Gérer');
    expect(() => linkNamed(editorDetail, 'Résultats')).to.throw();
    location.hash = '#/initiatives/services-en-ligne/results';
    const refused = await viewNamed(editorShell, 'Résultats');
    await untilText(refused, 'Votre rôle ne permet pas de consulter les résultats.');
    await expect(editorShell).to.be.accessible();
  });

  it('lists the view for exactly the types whose support has results', () => {
    const linked = routes.find((route) => route.path === '/initiatives/:id/results')!.initiativeLink!.types!;
    const withResults = staffFacets.filter((facet) => facet.results).map((facet) => facet.manifest.type);
    expect([...linked].sort()).to.deep.equal([...withResults].sort());
  });
});
