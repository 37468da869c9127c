import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { exampleSurvey, surveyResponse } from './survey-fixtures.js';
import { buttonNamed, choose, control, deepActiveElement, liveRegion, normalized, resetPage, shellButton, signedIn, typeInto, until, untilFocused, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const analyst: FakeAccount = { ...demoAdmin, email: 'analyse@ministere-demo.example', role: 'analyst' };
const moderator: FakeAccount = { ...demoAdmin, email: 'moderation@ministere-demo.example', role: 'moderator' };

const themeList = (view: ShadowRoot) => view.querySelector('console-theme-list')!.shadowRoot!;
const items = (view: ShadowRoot) => [...view.querySelectorAll<HTMLElement>('article.coding-item')];
const feedback = () => [1, 2, 3].map((n) => contribution(n, { payload: { answer: 'no', comment: `Commentaire ${n}`, page: 'https://www.quebec.ca/sante' } }));

/** Adds a theme through the form, with the keyboard's Enter on the submit button. */
async function addTheme(view: ShadowRoot, fr: string, en: string, colour?: string) {
  const list = themeList(view);
  typeInto(control(list, 'Nom en français'), fr);
  typeInto(control(list, 'Nom en anglais'), en);
  if (colour) {
    const withColour = control(list, 'Afficher le thème avec une couleur');
    withColour.click();
    await until(() => list.querySelector('input[type="color"]') !== null, 'the colour field');
    typeInto(control(list, 'Couleur'), colour);
  }
  buttonNamed(list, 'Ajouter le thème').focus();
  await sendKeys({ press: 'Enter' });
  await untilText(list, en === 'Hours' ? 'Heures' : fr);
}

describe('qualitative coding', () => {
  it('defines themes in both languages, with a colour that never stands alone, and checks the names', async () => {
    const fake = fakeStaffApi({ accounts: [analyst], contributions: feedback() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/coding', analyst);
    const view = await viewNamed(shell, 'Analyse qualitative');
    await untilText(view, '3 contributions sur 3 ne sont pas encore codées.');
    const list = themeList(view);
    expect(normalized(list)).to.contain('Aucun thème pour l’instant.');
    await expect(shell).to.be.accessible();

    // Both names are required: the English one is missing.
    typeInto(control(list, 'Nom en français'), 'Heures');
    buttonNamed(list, 'Ajouter le thème').click();
    await untilText(list, 'Entrez le nom dans cette langue.');
    await untilFocused(control(list, 'Nom en anglais'), 'focus on the missing name');
    expect(fake.requests.some((request) => request.method === 'POST')).to.equal(false);
    await expect(shell).to.be.accessible();

    typeInto(control(list, 'Nom en anglais'), 'Hours');
    control(list, 'Afficher le thème avec une couleur').click();
    await until(() => list.querySelector('input[type="color"]') !== null, 'the colour field');
    typeInto(control(list, 'Couleur'), '#c0392b');
    buttonNamed(list, 'Ajouter le thème').click();
    await until(() => liveRegion(shell).textContent === 'Thème Heures ajouté.', 'the theme to be announced');
    const row = list.querySelector('tbody tr')!;
    // The swatch is decorative; the name is the cue.
    expect(row.querySelector('.swatch')!.getAttribute('aria-hidden')).to.equal('true');
    expect(normalized(row)).to.contain('1. Heures');
    expect(fake.requests.at(-2)!.body).to.deep.equal({ name: { fr: 'Heures', en: 'Hours' }, colour: '#c0392b' });
    await expect(shell).to.be.accessible();

    // Rename, then delete after a confirmation.
    buttonNamed(list, 'Modifier').click();
    await untilFocused(control(list, 'Nom en français'), 'focus on the name to edit');
    typeInto(control(list, 'Nom en français'), 'Horaires');
    buttonNamed(list, 'Enregistrer le thème').click();
    await until(() => liveRegion(shell).textContent === 'Thème Horaires enregistré.', 'the rename to be announced');
    buttonNamed(list, 'Supprimer').click();
    await untilText(list, 'Confirmer la suppression de Horaires');
    await untilFocused(buttonNamed(list, 'Confirmer la suppression de Horaires'), 'focus on the confirmation');
    await expect(shell).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await untilText(list, 'Aucun thème pour l’instant.');

    shellButton(shell, 'English').click();
    await untilText(view, '3 of 3 contributions are not coded yet.');
    await expect(shell).to.be.accessible();
  });

  it('codes one contribution at a time with the keyboard: 1–9 toggle a theme, J and K move', async () => {
    const fake = fakeStaffApi({ accounts: [analyst], contributions: feedback() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/coding', analyst);
    const view = await viewNamed(shell, 'Analyse qualitative');
    await until(() => view.querySelector('console-theme-list') !== null, 'the themes');
    await addTheme(view, 'Heures', 'Hours');
    await addTheme(view, 'Lenteur', 'Slowness');
    await until(() => items(view).length === 3 && items(view)[0]!.querySelectorAll('input[type="checkbox"]').length === 3, 'the contributions with their themes');

    const [newest, middle] = items(view);
    newest!.focus();
    await sendKeys({ press: '1' });
    await until(() => liveRegion(shell).textContent === 'Thème Heures ajouté à la contribution.', 'the coding to be announced');
    await sendKeys({ press: 'j' });
    await untilFocused(middle!, 'focus on the next contribution');
    await sendKeys({ press: '2' });
    await until(() => liveRegion(shell).textContent === 'Thème Lenteur ajouté à la contribution.', 'the second coding to be announced');
    await sendKeys({ press: '9' });
    await until(() => liveRegion(shell).textContent === 'Aucun thème ne porte le numéro 9.', 'no ninth theme');
    await sendKeys({ press: 'k' });
    await untilFocused(newest!, 'focus back on the first contribution');
    expect(fake.contributions.find((c) => c.id === contribution(3).id)!.themes).to.deep.equal([{ theme: fake.analysis.themes.get('retroaction-pages')![0]!.id, field: '' }]);
    // What the citizen wrote is left as it was.
    expect(fake.contributions.find((c) => c.id === contribution(3).id)!.payload).to.deep.equal(feedback()[2]!.payload);
    await untilText(view, '1 contribution sur 3 n’est pas encore codée.');
    await expect(shell).to.be.accessible();

    // Space on a theme's checkbox does the same; the counts follow.
    const box = [...middle!.querySelectorAll<HTMLInputElement>('fieldset input')][1]!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await until(() => liveRegion(shell).textContent === 'Thème Lenteur retiré de la contribution.', 'the removal to be announced');

    // Only what is not coded yet.
    choose(control<HTMLSelectElement>(view, 'Afficher'), 'uncoded');
    buttonNamed(view, 'Afficher').click();
    await until(() => items(view).length === 2, 'the uncoded contributions');
    expect(fake.requests.at(-1)!.url.searchParams.get('uncoded')).to.equal('true');
    await expect(shell).to.be.accessible();
  });

  it('codes a selection in bulk and filters by theme', async () => {
    const fake = fakeStaffApi({ accounts: [analyst], contributions: feedback() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/coding', analyst);
    const view = await viewNamed(shell, 'Analyse qualitative');
    await until(() => view.querySelector('console-theme-list') !== null, 'the themes');
    await addTheme(view, 'Accessibilité', 'Accessibility', '#1f6feb');
    await until(() => items(view).length === 3, 'the contributions');

    buttonNamed(view, 'Ajouter aux contributions sélectionnées').click();
    await untilText(view, 'Sélectionnez au moins une contribution.');
    control(view, 'Sélectionner toutes les contributions affichées').click();
    await untilText(view, '3 contributions sélectionnées');
    buttonNamed(view, 'Ajouter aux contributions sélectionnées').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => liveRegion(shell).textContent === 'Thème Accessibilité ajouté à 3 contributions.', 'the bulk coding to be announced');
    const sent = fake.requests.find((request) => request.url.pathname.endsWith('/coding'))!;
    expect((sent.body as { contributions: string[] }).contributions).to.have.length(3);
    await untilText(view, '0 contribution sur 3 n’est pas encore codée.');

    const theme = fake.analysis.themes.get('retroaction-pages')![0]!;
    choose(control<HTMLSelectElement>(view, 'Afficher'), theme.id);
    buttonNamed(view, 'Afficher').click();
    await until(() => fake.requests.at(-1)!.url.searchParams.get('theme') === theme.id, 'a list filtered by theme');
    expect(normalized(control<HTMLSelectElement>(view, 'Afficher'))).to.contain('Thème\u00a0: Accessibilité (3)');
    await expect(shell).to.be.accessible();
  });

  it('codes a survey’s free-text answers one question at a time', async () => {
    const survey = exampleSurvey();
    const fake = fakeStaffApi({
      accounts: [analyst],
      initiatives: [survey],
      contributions: [surveyResponse(1, { problemes: 'La page plantait.', mot: 'Lent' }), surveyResponse(2, { mot: 'Rapide' })],
    });
    const shell = await signedIn(fake, `/initiatives/${survey.settings.id}/coding`, analyst);
    const view = await viewNamed(shell, 'Analyse qualitative');
    await until(() => view.querySelector('console-theme-list') !== null, 'the themes');
    await addTheme(view, 'Pannes', 'Outages');
    choose(control<HTMLSelectElement>(view, 'Ce qui est codé'), 'answers.problemes');
    buttonNamed(view, 'Afficher').click();
    await until(() => fake.requests.at(-1)!.url.searchParams.get('field') === 'answers.problemes', 'a list of one question');
    await untilText(view, '1 contribution sur 1 n’est pas encore codée.');
    await untilText(view, 'La page plantait.');
    expect(view.querySelector('.answer')!.getAttribute('lang')).to.equal('fr');
    expect(normalized(view)).to.contain('Sans réponse à cette question.');
    items(view)[1]!.focus();
    await sendKeys({ press: '1' });
    await until(() => fake.requests.at(-1)!.url.pathname.endsWith('/themes') && fake.requests.some((request) => request.method === 'PUT'), 'the coding');
    const put = fake.requests.find((request) => request.method === 'PUT')!;
    expect(put.body).to.deep.equal({ field: 'answers.problemes', themes: [fake.analysis.themes.get(survey.settings.id)![0]!.id] });
    await untilText(view, '0 contribution sur 1 n’est pas encore codée.');
    await expect(shell).to.be.accessible();
  });

  it('is not offered to roles that cannot code', async () => {
    const fake = fakeStaffApi({ accounts: [moderator], contributions: feedback() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages', moderator);
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Contributions');
    expect(normalized(detail)).not.to.contain('Analyse qualitative');
    resetPage();
    const coding = await signedIn(fake, '/initiatives/retroaction-pages/coding', moderator);
    const view = await viewNamed(coding, 'Analyse qualitative');
    await untilText(view, 'Votre rôle ne permet pas de coder les contributions.');
    expect(deepActiveElement()).to.not.equal(null);
    await expect(coding).to.be.accessible();
  });
});
