import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CollectorError } from '@participe/core/client';
import type { StaffInitiative } from '@participe/core/schemas';
import { StaffApi } from '../src/api.js';
import { COLLECTOR, contribution, demoAdmin, exampleInitiative, fakeStaffApi, otherOrganisation, pseudonym, type FakeAccount } from './fake-staff-api.js';
import {
  buttonNamed,
  control,
  currentView,
  deepActiveElement,
  linkNamed,
  liveRegion,
  normalized,
  resetPage,
  shellButton,
  signedIn,
  typeInto,
  until,
  untilElement,
  untilFocused,
  untilText,
  viewNamed,
} from './helpers.js';
import { exampleSurvey, surveyResponse } from './survey-fixtures.js';

afterEach(resetPage);

const ADDRESS = 'jeanne.tremblay@example.ca';

/** The example consultation under another id and title: a second initiative asking for an email. */
const parksSurvey = (organisation = exampleSurvey().organisation): StaffInitiative => ({
  ...exampleSurvey({ organisation }),
  settings: { ...exampleSurvey().settings, id: 'consultation-parcs', title: { fr: 'Consultation sur les parcs', en: 'Parks consultation' } },
});

/**
 * Jeanne answered the consultation twice (once by phone, her address typed in capitals) and the
 * parks survey once; someone else answered too; another organisation also holds her address.
 */
function fakeWithRequests(account: FakeAccount = demoAdmin) {
  const answers = (email: string, extra: Record<string, unknown> = {}) => ({ informer: true, courriel: email, consentement: true, ...extra });
  return fakeStaffApi({
    accounts: [account],
    initiatives: [exampleInitiative(), exampleSurvey(), parksSurvey(), { ...parksSurvey(otherOrganisation), settings: { ...parksSurvey().settings, id: 'parcs-autre' } }],
    contributions: [
      contribution(1),
      surveyResponse(2, answers(ADDRESS, { frequence: 'mois' })),
      surveyResponse(3, answers(' Jeanne.Tremblay@Example.CA '), { channel: 'phone' }),
      surveyResponse(4, answers('autre.personne@example.ca')),
      surveyResponse(5, answers(ADDRESS, { mot: 'Verdure' }), { initiative: 'consultation-parcs' }),
      surveyResponse(6, answers(ADDRESS), { initiative: 'parcs-autre' }),
    ],
  });
}

const analyst: FakeAccount = { ...demoAdmin, email: 'analyse@ministere-demo.example', role: 'analyst' };
const editor: FakeAccount = { ...demoAdmin, email: 'edition@ministere-demo.example', role: 'editor' };
const moderator: FakeAccount = { ...demoAdmin, email: 'moderation@ministere-demo.example', role: 'moderator' };

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')];
const accessCalls = (fake: ReturnType<typeof fakeStaffApi>) => fake.requests.filter((request) => request.url.pathname.startsWith('/v1/staff/access-requests/'));

/** Presses Tab until `target` has focus: the keyboard path, without counting every stop on the way. */
async function tabTo(target: Element, what: string): Promise<void> {
  for (let presses = 0; presses < 40 && deepActiveElement() !== target; presses += 1) await sendKeys({ press: 'Tab' });
  await untilFocused(target, what);
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function openView(fake: ReturnType<typeof fakeStaffApi>) {
  const shell = await signedIn(fake, '/access-requests');
  return { shell, view: await viewNamed(shell, 'Demandes d’accès') };
}

async function search(view: ShadowRoot, email: string, expected: string) {
  typeInto(control(view, 'Adresse courriel de la personne'), email);
  buttonNamed(view, 'Chercher').click();
  await untilText(view, expected);
}

describe('access requests', () => {
  it('is linked in the navigation for admins, explains itself, and finds every contribution holding the address, per initiative', async () => {
    const fake = fakeWithRequests();
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    linkNamed(shell.shadowRoot!, 'Demandes d’accès').click();
    const view = await viewNamed(shell, 'Demandes d’accès');
    expect(document.title).to.equal('Demandes d’accès – Console Participe');
    expect(linkNamed(shell.shadowRoot!, 'Demandes d’accès').getAttribute('aria-current')).to.equal('page');
    expect(normalized(view)).to.contain('Les règles québécoises sur l’accès aux documents et la protection des renseignements personnels');
    expect(normalized(view)).to.contain('puis d’en demander la suppression');
    await expect(shell).to.be.accessible();

    await search(view, '  Jeanne.Tremblay@example.ca ', '3 contributions trouvées dans 2 initiatives');
    // The address goes in the body, trimmed, never in the URL.
    const [call] = accessCalls(fake);
    expect(call!.method).to.equal('POST');
    expect(call!.url.pathname).to.equal('/v1/staff/access-requests/search');
    expect(call!.url.search).to.equal('');
    expect(call!.body).to.deep.equal({ email: 'Jeanne.Tremblay@example.ca' });
    expect(normalized(view)).to.contain('Résultat pour Jeanne.Tremblay@example.ca');
    expect([...view.querySelectorAll('h3')].map((h3) => h3.textContent)).to.deep.equal(['Consultation sur les services en ligne', 'Consultation sur les parcs']);
    // Oldest first; each with its date, channel, participant and payload as the survey words it.
    const [first, second, parks] = rows(view);
    expect(normalized(first!)).to.contain('Web').and.contain(pseudonym(2).slice(0, 12)).and.contain('Votre courriel jeanne.tremblay@example.ca').and.contain('Chaque mois');
    expect(normalized(second!)).to.contain('Téléphone').and.contain('Jeanne.Tremblay@Example.CA');
    expect(normalized(parks!)).to.contain('Un mot pour décrire nos services Verdure');
    expect(normalized(view)).not.to.contain('autre.personne');
    expect(view.querySelector('tbody th[scope="row"]')!.textContent).to.match(/2026/);
    await until(() => liveRegion(shell).textContent === '3 contributions trouvées dans 2 initiatives', 'the count announced');
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, '3 contributions found in 2 initiatives');
    expect(normalized(view)).to.contain('Result for Jeanne.Tremblay@example.ca');
    expect([...view.querySelectorAll('h3')].map((h3) => h3.textContent)).to.deep.equal(['Consultation on online services', 'Parks consultation']);
    expect(normalized(first!)).to.contain('Your email jeanne.tremblay@example.ca').and.contain('Every month');
    expect(normalized(view)).to.contain('Québec’s rules on access to documents and the protection of personal information');
    await expect(shell).to.be.accessible();
  });

  it('says when no contribution holds the address, in both languages', async () => {
    const { shell, view } = await openView(fakeWithRequests());
    await search(view, 'personne@example.ca', 'Aucune contribution ne contient cette adresse.');
    expect(view.querySelector('table')).to.equal(null);
    expect(() => buttonNamed(view, 'Supprimer la sélection')).to.throw();
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(view, 'No contribution holds this address.');
    await expect(shell).to.be.accessible();
  });

  it('checks the address: field error and a summary that takes focus, nothing sent', async () => {
    const fake = fakeWithRequests();
    const { shell, view } = await openView(fake);
    buttonNamed(view, 'Chercher').click();
    const summary = await untilElement(view, 'error-summary');
    await untilFocused(summary, 'focus on the summary');
    expect(normalized(summary)).to.contain('Le formulaire contient une erreur');
    expect(normalized(summary)).to.contain('Adresse courriel de la personne\u00a0: Entrez l’adresse courriel de la personne.');
    const email = control(view, 'Adresse courriel de la personne');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(view.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.contain('Entrez l’adresse courriel de la personne.');
    await expect(shell).to.be.accessible();

    typeInto(email, 'jeanne@exemple');
    buttonNamed(view, 'Chercher').click();
    await untilText(view, 'Entrez une adresse courriel valide, par exemple nom@exemple.ca.');
    summary.querySelector('a')!.click();
    await untilFocused(email, 'focus on the field from the summary');
    shellButton(shell, 'English').click();
    await untilText(view, 'Enter a valid email address, such as name@example.ca.');
    await untilText(view, 'There is a problem with the form');
    await expect(shell).to.be.accessible();

    // Corrected as it is typed, once a search was tried.
    typeInto(email, ADDRESS);
    await until(() => !view.getElementById('error-summary'), 'the summary gone');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    expect(accessCalls(fake)).to.have.length(0);
  });

  it('is usable with the keyboard only: search, delete one after confirming (or not), then the rest', async () => {
    const fake = fakeWithRequests();
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    shell.shadowRoot!.querySelector<HTMLAnchorElement>('.skip-link')!.focus();
    await tabTo(linkNamed(shell.shadowRoot!, 'Demandes d’accès'), 'the navigation link');
    await sendKeys({ press: 'Enter' });
    const view = await viewNamed(shell, 'Demandes d’accès');
    await untilFocused(view.querySelector('h1'), 'focus on the heading');
    await tabTo(control(view, 'Adresse courriel de la personne'), 'the email field');
    await sendKeys({ type: ADDRESS });
    await sendKeys({ press: 'Enter' });
    await untilText(view, '3 contributions trouvées dans 2 initiatives');
    expect(normalized(view)).to.contain('Aucune contribution sélectionnée');

    const [, second] = rows(view);
    const checkbox = second!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.labels![0]!.textContent).to.match(/Sélectionner la contribution reçue le .*2026/);
    await tabTo(checkbox, 'the second contribution’s checkbox');
    await sendKeys({ press: 'Space' });
    await untilText(view, '1 contribution sélectionnée');
    const deleteSelection = buttonNamed(view, 'Supprimer la sélection');
    await tabTo(deleteSelection, 'Delete the selection');
    await sendKeys({ press: 'Enter' });

    // The confirmation names how many and says it is for good; Cancel has focus first.
    const dialog = view.querySelector('dialog')!;
    await until(() => dialog.open, 'the confirmation');
    expect(normalized(dialog)).to.contain('Supprimer une contribution\u202f?');
    expect(normalized(dialog)).to.contain('Elle sera supprimée définitivement').and.contain('Cette action est irréversible.');
    await untilFocused(buttonNamed(view, 'Annuler'), 'focus on Cancel');
    await expect(shell).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the confirmation closed');
    await untilFocused(deleteSelection, 'focus back on Delete the selection');
    expect(accessCalls(fake).filter((call) => call.url.pathname.endsWith('/deletion'))).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open, 'the confirmation again');
    await shiftTab();
    await untilFocused(buttonNamed(view, 'Supprimer définitivement'), 'focus on Delete for good');
    await sendKeys({ press: 'Enter' });
    const done = await untilElement(view, 'deletion-done');
    await untilFocused(done, 'focus on the confirmation message');
    expect(normalized(done)).to.contain('1 contribution supprimée définitivement.');
    await until(() => liveRegion(shell).textContent === '1 contribution supprimée définitivement.', 'the deletion announced');
    const deletion = accessCalls(fake).at(-1)!;
    expect(deletion.url.pathname).to.equal('/v1/staff/access-requests/deletion');
    expect(deletion.body).to.deep.equal({ email: ADDRESS, contributions: [contribution(3).id] });
    expect(fake.contributions.map((c) => c.id)).not.to.include(contribution(3).id);
    await untilText(view, '2 contributions trouvées dans 2 initiatives');
    expect(rows(view)).to.have.length(2);
    await expect(shell).to.be.accessible();

    const deleteAll = buttonNamed(view, 'Supprimer les 2 contributions');
    await tabTo(deleteAll, 'Delete all');
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open, 'the confirmation');
    expect(normalized(dialog)).to.contain('Supprimer 2 contributions\u202f?').and.contain('Elles seront supprimées définitivement');
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await untilText(view, '2 contributions supprimées définitivement.');
    await untilFocused(view.getElementById('deletion-done'), 'focus on the confirmation message');
    expect(accessCalls(fake).at(-1)!.body).to.deep.equal({ email: ADDRESS });
    expect(normalized(view)).to.contain('Aucune autre contribution ne contient cette adresse.');
    expect(view.querySelector('table')).to.equal(null);
    // Another organisation's contribution holding the same address is out of reach.
    expect(fake.contributions.map((c) => c.initiative)).to.deep.equal(['retroaction-pages', 'services-en-ligne', 'parcs-autre']);
    await expect(shell).to.be.accessible();
  });

  it('confirms and deletes in English too', async () => {
    const fake = fakeWithRequests();
    const { shell, view } = await openView(fake);
    shellButton(shell, 'English').click();
    await viewNamed(shell, 'Access requests');
    typeInto(control(view, 'The person’s email address'), ADDRESS);
    buttonNamed(view, 'Search').click();
    await untilText(view, '3 contributions found in 2 initiatives');
    buttonNamed(view, 'Delete all 3 contributions').click();
    const dialog = view.querySelector('dialog')!;
    await until(() => dialog.open, 'the confirmation');
    expect(normalized(dialog)).to.contain('Delete 3 contributions?').and.contain('They will be deleted for good').and.contain('This cannot be undone.');
    await expect(shell).to.be.accessible();
    buttonNamed(view, 'Delete for good').click();
    await untilFocused(await untilElement(view, 'deletion-done'), 'focus on the confirmation message');
    expect(normalized(view)).to.contain('3 contributions deleted for good.').and.contain('No other contribution holds this address.');
    await until(() => liveRegion(shell).textContent === '3 contributions deleted for good.', 'the deletion announced');
    await expect(shell).to.be.accessible();
  });

  it('says so when the collector refuses or cannot be reached, keeping what was found', async () => {
    const refused = fakeStaffApi({ forbid: /access-requests/ });
    const first = await openView(refused);
    await search(first.view, ADDRESS, 'Votre rôle ne permet pas cette action.');
    await until(() => liveRegion(first.shell).textContent === 'Votre rôle ne permet pas cette action.', 'the refusal announced');
    await expect(first.shell).to.be.accessible();
    resetPage();

    const fake = fakeWithRequests();
    const { shell, view } = await openView(fake);
    await search(view, ADDRESS, '3 contributions trouvées dans 2 initiatives');
    fake.setUnreachable(true);
    buttonNamed(view, 'Supprimer les 3 contributions').click();
    await until(() => view.querySelector('dialog')!.open, 'the confirmation');
    buttonNamed(view, 'Supprimer définitivement').click();
    const error = await untilElement(view, 'deletion-error');
    await untilFocused(error, 'focus on the failure');
    expect(normalized(error)).to.contain('Le service ne répond pas.');
    expect(rows(view)).to.have.length(3);
    await expect(shell).to.be.accessible();
  });
});

describe('access requests and roles', () => {
  for (const account of [analyst, editor, moderator]) {
    it(`are neither linked nor open for the ${account.role} role, and the collector refuses them`, async () => {
      const fake = fakeWithRequests(account);
      const shell = await signedIn(fake, '/initiatives', account);
      await viewNamed(shell, 'Initiatives');
      const navigation = shell.shadowRoot!.querySelector('nav')!;
      expect(normalized(navigation)).not.to.contain('Demandes d’accès');

      location.hash = '#/access-requests';
      const view = await viewNamed(shell, 'Accès non autorisé');
      expect(currentView(shell).localName).to.equal('console-not-allowed');
      expect(normalized(view)).to.contain('Votre rôle ne permet pas d’ouvrir cette page.');
      expect(document.title).to.equal('Accès non autorisé – Console Participe');
      await untilFocused(view.querySelector('h1'), 'focus on the heading');
      await expect(shell).to.be.accessible();
      shellButton(shell, 'English').click();
      await viewNamed(shell, 'Not allowed');
      expect(document.title).to.equal('Not allowed – Participe console');
      await expect(shell).to.be.accessible();
      expect(accessCalls(fake)).to.have.length(0);

      // The collector is the guard: called anyway, it answers 403.
      const api = new StaffApi(COLLECTOR);
      api.token = fake.sessionFor(account).token;
      const refusal = await api.searchAccessRequest(ADDRESS).catch((error: unknown) => error);
      expect(refusal).to.be.instanceOf(CollectorError);
      expect((refusal as CollectorError).status).to.equal(403);
      expect((refusal as CollectorError).code).to.equal('forbidden');
      const deletion = await api.deleteForAccessRequest(ADDRESS).catch((error: unknown) => error);
      expect((deletion as CollectorError).status).to.equal(403);
      expect(fake.contributions).to.have.length(6);
    });
  }
});
