import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate } from '@participe/core/element';
import { ANONYMISED_AT, anonymisedContribution, contribution, demoAdmin, fakeStaffApi, pseudonym, type FakeAccount } from './fake-staff-api.js';
import {
  buttonNamed,
  choose,
  control,
  deepActiveElement,
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

afterEach(resetPage);

const moderator: FakeAccount = { ...demoAdmin, email: 'moderation@ministere-demo.example', role: 'moderator' };

/** 60 contributions: more than one page of 50. Odd ones by phone in English, every tenth pending, the three oldest anonymised. */
const many = () =>
  Array.from({ length: 60 }, (_, index) =>
    (index < 3 ? anonymisedContribution : contribution)(index + 1, {
      ...(index % 2 === 0 && { channel: 'phone' as const, language: 'en' as const }),
      ...(index % 10 === 0 && { moderationState: 'pending' as const }),
    }),
  );

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')];

describe('contributions', () => {
  it('shows them in an accessible table, newest first, with each payload readable and as text', async () => {
    const fake = fakeStaffApi({
      contributions: [contribution(1, { payload: { answer: 'no', reason: 'difficile-a-trouver', comment: '<img src=x onerror="alert(1)"> introuvable', page: 'https://www.quebec.ca/permis' } }), contribution(2, { payload: { answer: 'yes', page: 'https://www.quebec.ca/sante' } })],
    });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '2 contributions affichées');
    expect(document.title).to.equal('Contributions – Rétroaction sur les pages – Console Participe');
    const table = view.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Contributions reçues, les plus récentes d’abord');
    expect(table.closest('[role="region"]')!.getAttribute('tabindex')).to.equal('0');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const [newest, oldest] = rows(view);
    expect(normalized(newest!)).to.contain('Oui');
    expect(normalized(oldest!)).to.contain('Non');
    expect(normalized(oldest!)).to.contain('Raison');
    expect(normalized(oldest!)).to.contain('L’information est difficile à trouver');
    expect(normalized(oldest!)).to.contain('Web');
    expect(normalized(oldest!)).to.contain('Français');
    expect(normalized(oldest!)).to.contain('Approuvée');
    // Citizen text stays text: no element comes out of it.
    expect(normalized(oldest!)).to.contain('<img src=x onerror="alert(1)"> introuvable');
    expect(oldest!.querySelector('img')).to.equal(null);
    expect(oldest!.querySelector('dd[lang="fr"]')!.textContent).to.contain('introuvable');
    // The page a citizen names is shown as text, never a link: the collector cannot vouch for it (any site, any path).
    expect(oldest!.querySelector('a')).to.equal(null);
    expect([...oldest!.querySelectorAll('dd code')].map((code) => code.textContent)).to.include('https://www.quebec.ca/permis');
    await expect(shell).to.be.accessible();
  });

  it('shows the host page’s context a contribution came with, each field under its label, as text', async () => {
    const { exampleInitiative } = await import('./fake-staff-api.js');
    const base = exampleInitiative();
    const fake = fakeStaffApi({
      initiatives: [{ ...base, settings: { ...base.settings, context: [{ name: 'program', label: { fr: 'Programme', en: 'Program' }, maxLength: 100 }, { name: 'campaign', maxLength: 100 }] } }],
      contributions: [contribution(1, { context: { program: '1234', campaign: '<b>printemps</b>' } }), contribution(2)],
    });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '2 contributions affichées');
    const [newest, oldest] = rows(view);
    expect(normalized(newest!)).not.to.contain('Contexte de la page');
    expect(normalized(oldest!)).to.contain('Contexte de la page');
    expect(normalized(oldest!)).to.contain('Programme\u00a0: 1234');
    expect(normalized(oldest!)).to.contain('campaign\u00a0: <b>printemps</b>');
    expect(oldest!.querySelector('b')).to.equal(null);
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(await viewNamed(shell, 'Contributions'), 'Program: 1234');
  });

  it('shows each participant’s pseudonym, and the contributions anonymised at the end of retention, in both languages', async () => {
    const fake = fakeStaffApi({ contributions: [anonymisedContribution(1), contribution(2, { payload: { answer: 'no', comment: 'Pas clair', page: 'https://www.quebec.ca/sante' } })] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '2 contributions affichées');
    expect([...view.querySelectorAll('thead th')].map((th) => th.textContent)).to.include('Participant');
    const [recent, anonymised] = rows(view);
    // A pseudonym (a SHA-256), shortened: enough to tell participants apart.
    expect(pseudonym(2)).to.match(/^[0-9a-f]{64}$/);
    expect(recent!.querySelector('code')!.textContent).to.equal(`${pseudonym(2).slice(0, 12)}…`);
    expect(normalized(recent!)).to.contain('Pas clair');
    expect(normalized(anonymised!)).to.contain(`Anonymisé le ${formatDate('fr', ANONYMISED_AT)}`);
    // The marker reads as words, in the interface language, not as the citizen's.
    const comment = [...anonymised!.querySelectorAll('dd')].find((dd) => dd.previousElementSibling?.textContent === 'Commentaire')!;
    expect(normalized(comment)).to.equal('(anonymisé)');
    expect(comment.hasAttribute('lang')).to.equal(false);
    expect(normalized(anonymised!)).not.to.contain('[anonymised]');
    expect(normalized(anonymised!)).to.contain('Oui').and.contain('https://www.quebec.ca/sante');
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, '2 contributions shown');
    expect(normalized(anonymised!)).to.contain(`Anonymised on ${formatDate('en', ANONYMISED_AT)}`).and.contain('(anonymised)');
    await expect(shell).to.be.accessible();
  });

  it('filters with the staff API’s query parameters', async () => {
    const fake = fakeStaffApi({ contributions: many() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '50 contributions affichées');

    choose(control<HTMLSelectElement>(view, 'Canal'), 'phone');
    choose(control<HTMLSelectElement>(view, 'Langue'), 'en');
    choose(control<HTMLSelectElement>(view, 'État de modération'), 'pending');
    typeInto(control(view, 'Reçues à partir du'), '2026-02-01');
    typeInto(control(view, 'Reçues jusqu’au'), '2026-02-03');
    typeInto(control(view, 'Texte recherché'), 'numéro 41');
    buttonNamed(view, 'Filtrer').click();
    await untilText(view, '1 contribution affichée');
    const query = fake.requests.at(-1)!.url.searchParams;
    expect(query.get('channel')).to.equal('phone');
    expect(query.get('language')).to.equal('en');
    expect(query.get('moderation')).to.equal('pending');
    expect(query.get('q')).to.equal('numéro 41');
    expect(Date.parse(query.get('from')!)).to.equal(new Date(2026, 1, 1).getTime());
    // "Until" includes the whole day: the exclusive bound is the next midnight.
    expect(Date.parse(query.get('to')!)).to.equal(new Date(2026, 1, 4).getTime());
    expect(normalized(rows(view)[0]!)).to.contain('Commentaire numéro 41');
    expect(normalized(rows(view)[0]!)).to.contain('Téléphone');
    expect(normalized(rows(view)[0]!)).to.contain('En attente');
    await until(() => liveRegion(shell).textContent === '1 contribution affichée', 'the count to be announced');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Texte recherché'), 'rien de tel');
    buttonNamed(view, 'Filtrer').click();
    await untilText(view, 'Aucune contribution ne correspond à ces filtres.');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Reçues à partir du'), '2026-03-01');
    typeInto(control(view, 'Reçues jusqu’au'), '2026-02-01');
    const before = fake.requests.length;
    buttonNamed(view, 'Filtrer').click();
    await untilText(view, 'La date de fin doit suivre la date de début.');
    expect(fake.requests.length).to.equal(before);
    await untilFocused(control(view, 'Reçues jusqu’au'), 'focus on the end date');
    await expect(shell).to.be.accessible();

    buttonNamed(view, 'Effacer les filtres').click();
    await untilText(view, '50 contributions affichées');
    expect(fake.requests.at(-1)!.url.searchParams.has('channel')).to.equal(false);
  });

  it('loads more with the cursor, keeping the filters, and moves focus to the first new row', async () => {
    const fake = fakeStaffApi({ contributions: many() });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '50 contributions affichées D’autres contributions sont disponibles.');
    expect(rows(view)).to.have.length(50);
    expect(fake.requests.at(-1)!.url.searchParams.get('limit')).to.equal('50');

    buttonNamed(view, 'Afficher plus de contributions').focus();
    await sendKeys({ press: 'Enter' });
    await untilText(view, '60 contributions affichées');
    expect(rows(view)).to.have.length(60);
    expect(fake.requests.at(-1)!.url.searchParams.get('cursor')).to.equal('c50');
    expect(() => buttonNamed(view, 'Afficher plus de contributions')).to.throw();
    await until(() => deepActiveElement() === rows(view)[50]!.querySelector('th'), 'focus on the first new row');
    await expect(shell).to.be.accessible();
  });

  it('exports CSV and JSON through the bearer token, as a download', async () => {
    const fake = fakeStaffApi({ contributions: [contribution(1), contribution(2, { channel: 'paper' })] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/contributions');
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, 'Télécharger en CSV');
    const token = JSON.parse(sessionStorage.getItem('participe-console:session')!).token as string;

    const downloads: { href: string; filename: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, filename: this.download });
    };
    try {
      buttonNamed(view, 'Télécharger en CSV').click();
      await untilText(view, 'Fichier retroaction-pages-2026-02-01.csv téléchargé.');
      buttonNamed(view, 'Télécharger en JSON').click();
      await untilText(view, 'Fichier retroaction-pages-2026-02-01.json téléchargé.');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const exports = fake.requests.filter((request) => request.url.pathname === '/v1/staff/initiatives/retroaction-pages/export');
    expect(exports.map((request) => request.url.searchParams.get('format'))).to.deep.equal(['csv', 'json']);
    expect(exports.every((request) => request.authorization === `Bearer ${token}` && request.credentials === 'omit')).to.equal(true);
    expect(downloads.map((download) => download.filename)).to.deep.equal(['retroaction-pages-2026-02-01.csv', 'retroaction-pages-2026-02-01.json']);
    expect(downloads[0]!.href).to.match(/^blob:/);
    const csv = await (await fetch(downloads[0]!.href)).text();
    expect(csv).to.contain('payload.answer');
    const json = JSON.parse(await (await fetch(downloads[1]!.href)).text()) as unknown[];
    expect(json).to.have.length(2);
    await expect(shell).to.be.accessible();
  });

  it('offers export only to roles that may export', async () => {
    const shell = await signedIn(fakeStaffApi({ accounts: [moderator], contributions: [contribution(1)] }), '/initiatives/retroaction-pages/contributions', moderator);
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '1 contribution affichée');
    expect(normalized(view)).not.to.contain('Télécharger en CSV');
    await expect(shell).to.be.accessible();
  });
});

describe('paper and phone entry', () => {
  it('keys in a phone contribution, checked by the type’s schema, and confirms it by its channel', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/paper-entry');
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilText(view, 'Enregistrer la contribution');
    expect(document.title).to.equal('Saisie papier ou téléphone – Rétroaction sur les pages – Console Participe');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Page concernée'), 'https://www.quebec.ca/sante?nom=Tremblay');
    buttonNamed(view, 'Enregistrer la contribution').click();
    const summary = await untilElement(view, 'error-summary');
    await untilFocused(summary, 'focus on the error summary');
    expect(normalized(summary)).to.contain('Réponse\u00a0: Choisissez Oui ou Non.');
    expect(normalized(summary)).to.contain('Page concernée\u00a0: ne doit contenir ni paramètres (?) ni fragment (#)');
    expect(control(view, 'Page concernée').getAttribute('aria-invalid')).to.equal('true');
    expect(fake.requests.some((request) => request.method === 'POST')).to.equal(false);
    await expect(shell).to.be.accessible();

    control(view, 'par téléphone').click();
    control(view, 'Anglais').click();
    control(view, 'Non').click();
    // "No" brings the definition's reasons, optional, before the comment.
    await until(() => [...view.querySelectorAll('legend')].some((legend) => normalized(legend).includes('Pourquoi la personne n’a-t-elle pas trouvé')), 'the reasons');
    await expect(shell).to.be.accessible();
    control(view, 'L’information n’est pas à jour').click();
    typeInto(control<HTMLTextAreaElement>(view, 'Commentaire'), '  The form is hard to find.  ');
    typeInto(control(view, 'Page concernée'), 'https://www.quebec.ca/sante');
    buttonNamed(view, 'Enregistrer la contribution').click();
    const saved = await untilElement(view, 'entry-saved');
    await untilFocused(saved, 'focus on the confirmation');
    expect(normalized(saved)).to.contain('Contribution reçue par téléphone enregistrée le');
    const post = fake.requests.find((request) => request.method === 'POST')!;
    expect(post.url.pathname).to.equal('/v1/staff/initiatives/retroaction-pages/contributions');
    const body = post.body as { channel: string; language: string; payload: unknown; idempotencyKey: string };
    expect(body.channel).to.equal('phone');
    expect(body.language).to.equal('en');
    expect(body.payload).to.deep.equal({ answer: 'no', reason: 'pas-a-jour', comment: 'The form is hard to find.', page: 'https://www.quebec.ca/sante' });
    expect(body.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(fake.contributions).to.have.length(1);
    // Ready for the next form: fields emptied, channel kept, a new idempotency key.
    expect(control(view, 'Page concernée').value).to.equal('');
    expect(control(view, 'par téléphone').checked).to.equal(true);
    await expect(shell).to.be.accessible();

    control(view, 'sur papier').click();
    control(view, 'Oui').click();
    typeInto(control(view, 'Page concernée'), 'https://www.quebec.ca/permis');
    buttonNamed(view, 'Enregistrer la contribution').click();
    await untilText(view, 'Contribution reçue sur papier enregistrée le');
    const keys = fake.requests.filter((request) => request.method === 'POST').map((request) => (request.body as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys).size).to.equal(2);
  });

  it('shows the collector’s refusal (a draft does not take contributions yet)', async () => {
    const fake = fakeStaffApi();
    fake.initiatives.get('retroaction-pages')!.status = 'draft';
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/paper-entry');
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilText(view, 'Enregistrer la contribution');
    control(view, 'Oui').click();
    typeInto(control(view, 'Page concernée'), 'https://www.quebec.ca/sante');
    buttonNamed(view, 'Enregistrer la contribution').click();
    const error = await untilElement(view, 'entry-error');
    await untilFocused(error, 'focus on the refusal');
    expect(normalized(error)).to.contain('Cette initiative n’est pas encore ouverte.');
    await expect(shell).to.be.accessible();
  });
});
