import { expect } from '@open-wc/testing';
import { stateOf } from '@participe/core/testing';
import type { ParticipePageFeedback } from '@participe/page-feedback';
import { demoAdmin, exampleInitiative, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import {
  buttonNamed,
  choose,
  control,
  deepActiveElement,
  fillRequiredSettings,
  linkNamed,
  liveRegion,
  normalized,
  resetPage,
  shellButton,
  signedIn,
  typeInto,
  until,
  untilFocused,
  untilElement,
  untilText,
  viewNamed,
} from './helpers.js';

afterEach(resetPage);

const analyst: FakeAccount = { ...demoAdmin, email: 'analyste@ministere-demo.example', role: 'analyst' };
const editor: FakeAccount = { ...demoAdmin, email: 'edition@ministere-demo.example', role: 'editor' };

describe('initiatives list', () => {
  it('lists the organisation’s initiatives with their status, dates and counts, each linking to its page', async () => {
    const fake = fakeStaffApi({
      initiatives: [
        exampleInitiative(),
        exampleInitiative({ settings: { ...exampleInitiative().settings, id: 'brouillon', title: { fr: 'Un brouillon', en: 'A draft' }, opensAt: null, closesAt: null }, status: 'draft', availability: 'upcoming' }),
      ],
    });
    const shell = await signedIn(fake, '/initiatives');
    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Un brouillon');
    const text = normalized(list);
    expect(text).to.contain('2 initiatives');
    expect(text).to.contain('Rétroaction sur la page');
    expect(text).to.contain('Ouverte');
    expect(text).to.contain('Brouillon');
    expect(text).to.contain('Du 1 janvier 2026 au');
    expect(text).to.contain('Aucune date fixée');
    expect(text).to.contain('0 contribution');
    expect(linkNamed(list, 'Rétroaction sur les pages').getAttribute('href')).to.equal('#/initiatives/retroaction-pages');
    expect(linkNamed(list, 'Nouvelle initiative').getAttribute('href')).to.equal('#/new-initiative');
    expect(document.title).to.equal('Initiatives – Console Participe');
    await expect(shell).to.be.accessible();
  });

  it('says when the collector cannot be reached, and tries again on request', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    await viewNamed(shell, 'Rétroaction sur les pages');
    fake.setUnreachable(true);
    location.hash = '#/initiatives';
    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.');
    await expect(shell).to.be.accessible();
    fake.setUnreachable(false);
    buttonNamed(list, 'Réessayer').click();
    await untilText(list, '1 initiative');
  });

  it('says when there is none, and hides creation from roles that cannot create', async () => {
    const shell = await signedIn(fakeStaffApi({ accounts: [analyst], initiatives: [] }), '/initiatives', analyst);
    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Votre organisation n’a encore aucune initiative.');
    expect(() => linkNamed(list, 'Nouvelle initiative')).to.throw();
    await expect(shell).to.be.accessible();
  });
});

describe('initiative page', () => {
  it('shows the facts, opens and closes after confirmation, and publishes results', async () => {
    const fake = fakeStaffApi({ initiatives: [exampleInitiative({ status: 'draft', availability: 'upcoming' })] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Résumé');
    expect(normalized(detail)).to.contain('http://localhost:4173');
    expect(normalized(detail)).to.contain('365 jours');
    await expect(shell).to.be.accessible();

    buttonNamed(detail, 'Ouvrir l’initiative').click();
    const dialog = detail.querySelector('dialog')!;
    await until(() => dialog.open, 'the confirmation dialog');
    expect(normalized(dialog)).to.contain('Ouvrir cette initiative\u202f?');
    await expect(shell).to.be.accessible();
    buttonNamed(detail, 'Annuler').click();
    expect(dialog.open).to.equal(false);
    expect(fake.requests.some((request) => request.url.pathname.endsWith('/status'))).to.equal(false);

    buttonNamed(detail, 'Ouvrir l’initiative').click();
    await until(() => dialog.open, 'the confirmation dialog');
    buttonNamed(detail, 'Confirmer').click();
    await untilText(detail, 'L’initiative est ouverte.');
    expect(fake.requests.find((request) => request.url.pathname.endsWith('/status'))!.body).to.deep.equal({ status: 'open' });
    expect(normalized(detail)).to.contain('Fermer l’initiative');
    await until(() => liveRegion(shell).textContent === 'L’initiative est ouverte.', 'the announcement');
    await expect(shell).to.be.accessible();

    buttonNamed(detail, 'Fermer l’initiative').click();
    await until(() => dialog.open, 'the confirmation dialog');
    expect(normalized(dialog)).to.contain('Fermer cette initiative\u202f?');
    buttonNamed(detail, 'Confirmer').click();
    await untilText(detail, 'L’initiative est fermée.');
    expect(fake.requests.filter((request) => request.url.pathname.endsWith('/status')).at(-1)!.body).to.deep.equal({ status: 'closed' });

    buttonNamed(detail, 'Publier les résultats').click();
    await untilText(detail, 'Les résultats sont publiés.');
    expect(fake.requests.find((request) => request.url.pathname.endsWith('/results-publication'))!.body).to.deep.equal({ published: true });
    buttonNamed(detail, 'Retirer les résultats').click();
    await untilText(detail, 'Les résultats ne sont plus publiés.');
    await expect(shell).to.be.accessible();
  });

  it('gives the embed snippet and copies it', async () => {
    const shell = await signedIn(fakeStaffApi(), '/initiatives/retroaction-pages');
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Intégrer à une page Web');
    const snippet = control<HTMLTextAreaElement>(detail, 'Code d’intégration');
    expect(snippet.value).to.equal(
      '<script src="https://collector.test/widgets/embed.js" async></script>\n<participe-page-feedback initiative="retroaction-pages"></participe-page-feedback>',
    );
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      buttonNamed(detail, 'Copier le code').click();
      await untilText(detail, 'Code copié.');
      expect(copied).to.deep.equal([snippet.value]);
    } finally {
      clipboard.writeText = original;
    }
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      buttonNamed(detail, 'Copier le code').click();
      await untilText(detail, 'copiez-le avec Ctrl+C');
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    } finally {
      clipboard.writeText = original;
    }
    await expect(shell).to.be.accessible();
  });

  it('says whether a given page may embed the initiative, from the address as pasted', async () => {
    const shell = await signedIn(fakeStaffApi(), '/initiatives/retroaction-pages');
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    const address = control(detail, 'Adresse d’une page où intégrer le module');
    const check = async (typed: string, expected: string) => {
      address.value = typed;
      buttonNamed(detail, 'Vérifier la page').click();
      await untilText(detail, expected);
    };
    await check('http://localhost:4173/fr/sondage.html?x=1', 'Les pages de http://localhost:4173 peuvent intégrer cette initiative.');
    await check('https://www.exemple.gouv.qc.ca/page/', 'https://www.exemple.gouv.qc.ca ne fait pas partie des origines autorisées');
    await check('www.quebec.ca', 'Entrez l’adresse complète d’une page Web');
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    const english = await viewNamed(shell, 'Page feedback');
    await untilText(english, 'Enter the full address of a web page, starting with https://.');
  });

  it('offers each role only what it may do', async () => {
    const analystShell = await signedIn(fakeStaffApi({ accounts: [analyst] }), '/initiatives/retroaction-pages', analyst);
    let detail = await viewNamed(analystShell, 'Rétroaction sur les pages');
    await untilText(detail, 'Votre rôle permet de consulter cette initiative, pas de la modifier.');
    expect(() => buttonNamed(detail, 'Fermer l’initiative')).to.throw();
    expect(linkNamed(detail, 'Contributions')).to.exist;
    expect(() => linkNamed(detail, 'Saisie papier ou téléphone')).to.throw();
    await expect(analystShell).to.be.accessible();
    resetPage();

    const editorShell = await signedIn(fakeStaffApi({ accounts: [editor] }), '/initiatives/retroaction-pages', editor);
    detail = await viewNamed(editorShell, 'Rétroaction sur les pages');
    await untilText(detail, 'Fermer l’initiative');
    expect(() => linkNamed(detail, 'Contributions')).to.throw();
    expect(linkNamed(detail, 'Saisie papier ou téléphone')).to.exist;
  });

  it('words the collector’s refusals: 403 on an action, and a role without editing rights', async () => {
    const fake = fakeStaffApi({ forbid: /^POST .*\/results-publication$/ });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Publier les résultats');
    buttonNamed(detail, 'Publier les résultats').click();
    await untilText(detail, 'Votre rôle ne permet pas cette action.');
    expect(normalized(detail)).to.contain('Non publiés');
    await expect(shell).to.be.accessible();
    resetPage();

    const analystShell = await signedIn(fakeStaffApi({ accounts: [analyst] }), '/initiatives/retroaction-pages/settings', analyst);
    const editorView = await viewNamed(analystShell, 'Modifier «\u00a0Rétroaction sur les pages\u00a0»');
    await untilText(editorView, 'Votre rôle ne permet pas de créer ni de modifier des initiatives.');
    await expect(analystShell).to.be.accessible();
  });
});

describe('initiative editor', () => {
  /** Fills every required field of the new-initiative form. */
  const fillRequired = (root: ShadowRoot, id = 'sondage-routes') =>
    fillRequiredSettings(root, {
      id,
      titleFr: 'Sondage sur les routes',
      titleEn: 'Road survey',
      purposeFr: 'Améliorer nos routes.',
      purposeEn: 'Improve our roads.',
      recipientFr: 'La direction des routes.',
      recipientEn: 'The roads branch.',
    });

  const previews = (root: ShadowRoot) => [...root.querySelectorAll<ParticipePageFeedback>('participe-page-feedback')];
  const previewText = (widget: ParticipePageFeedback) => normalized(widget.shadowRoot!);

  it('shows schema issues next to their fields, a focused summary on save, then creates the draft', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    await untilText(form, 'Créer le brouillon');
    expect(document.title).to.equal('Nouvelle initiative – Console Participe');
    // Nothing is flagged before the person does anything.
    expect(form.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    await expect(shell).to.be.accessible();

    const id = control(form, 'Identifiant');
    typeInto(id, 'Pas Un Identifiant');
    await untilText(form, 'doit compter de 1 à 64 lettres minuscules, chiffres ou traits d’union');
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(form.getElementById(`${id.id}-error`)!.textContent).to.contain('doit compter de 1 à 64 lettres minuscules');
    expect(id.getAttribute('aria-describedby')).to.contain(`${id.id}-error`);
    // Only the touched field says something so far.
    expect(form.querySelectorAll('[aria-invalid="true"]')).to.have.length(1);

    buttonNamed(form, 'Créer le brouillon').click();
    await untilFocused(await untilElement(form, 'error-summary'), 'focus on the error summary');
    const summary = normalized(form.getElementById('error-summary')!);
    expect(summary).to.contain('Le formulaire contient 9 erreurs');
    expect(summary).to.contain('Titre en français\u00a0: ne doit pas être vide');
    expect(control(form, 'Titre en anglais').getAttribute('aria-invalid')).to.equal('true');
    expect(fake.requests.some((request) => request.method === 'POST')).to.equal(false);
    await expect(shell).to.be.accessible();

    linkNamed(form, 'Titre en français\u00a0: ne doit pas être vide').click();
    await untilFocused(control(form, 'Titre en français'), 'focus on the French title');

    fillRequired(form);
    typeInto(control(form, 'Origines autorisées'), 'https://www.quebec.ca\nhtp://mauvaise');
    await untilText(form, '«\u00a0htp://mauvaise\u00a0»\u00a0: doit être une origine comme https://www.quebec.ca');
    typeInto(control(form, 'Origines autorisées'), 'https://www.quebec.ca');
    typeInto(control(form, 'Ouverture'), '2026-03-01T09:00');
    typeInto(control(form, 'Fermeture'), '2026-02-01T09:00');
    await untilText(form, 'la fermeture doit suivre l’ouverture');
    typeInto(control(form, 'Fermeture'), '2026-06-01T17:00');
    choose(control<HTMLSelectElement>(form, 'Modération'), 'pre');
    await until(() => form.querySelectorAll('[aria-invalid="true"]').length === 0, 'every issue to be fixed');

    buttonNamed(form, 'Créer le brouillon').click();
    const detail = await viewNamed(shell, 'Sondage sur les routes');
    await untilText(detail, 'Brouillon');
    const created = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives')!;
    expect(created.body).to.deep.include({ id: 'sondage-routes', type: 'page-feedback', moderation: 'pre', allowedOrigins: ['https://www.quebec.ca'], retentionDays: 365 });
    expect(created.body).to.have.nested.property('definition.commentMaxLength', 500);
    expect(Date.parse((created.body as { opensAt: string }).opensAt)).to.equal(new Date('2026-03-01T09:00').getTime());
    await until(() => liveRegion(shell).textContent === 'Brouillon créé.', 'the announcement');
  });

  it('shows the collector’s own issues after saving (an id already taken)', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    await untilText(form, 'Créer le brouillon');
    fillRequired(form, 'retroaction-pages');
    buttonNamed(form, 'Créer le brouillon').click();
    await untilFocused(await untilElement(form, 'error-summary'), 'focus on the error summary');
    expect(normalized(form.getElementById('error-summary')!)).to.contain('Identifiant\u00a0: est déjà utilisé');
    expect(control(form, 'Identifiant').getAttribute('aria-invalid')).to.equal('true');
    await expect(shell).to.be.accessible();
    typeInto(control(form, 'Identifiant'), 'retroaction-pages-2');
    await until(() => !form.getElementById('error-summary'), 'the issue to clear once the id changes');
  });

  it('previews the real widget in French and English, following the definition as it changes', async () => {
    const shell = await signedIn(fakeStaffApi(), '/initiatives/retroaction-pages/settings');
    const form = await viewNamed(shell, 'Modifier «\u00a0Rétroaction sur les pages\u00a0»');
    await untilText(form, 'Aperçu');
    const [french, english] = previews(form);
    await until(() => stateOf(french!) === 'open' && stateOf(english!) === 'open', 'both previews open');
    expect(previewText(french!)).to.contain('Avez-vous trouvé ce que vous cherchiez');
    expect(previewText(english!)).to.contain('Did you find what you were looking for?');
    expect(control(form, 'Identifiant').readOnly).to.equal(true);
    await expect(shell).to.be.accessible();

    const definition = control<HTMLTextAreaElement>(form, 'Définition (JSON)');
    typeInto(definition, JSON.stringify({ question: { fr: 'Cette page est-elle claire\u202f?', en: 'Is this page clear?' }, commentMaxLength: 300 }));
    await until(() => previewText(french!).includes('Cette page est-elle claire') && previewText(english!).includes('Is this page clear?'), 'the new question in both previews');

    // A malformed definition: listed under the editor, and the widget says what is wrong itself.
    typeInto(definition, JSON.stringify({ commentMaxLength: 5000, colour: 'blue' }));
    await until(() => stateOf(french!) === 'error' && stateOf(english!) === 'error', 'both previews to show their configuration error');
    // The previews wait in the page's language; the problems are the editor's to list, in its words.
    expect(previewText(french!)).to.contain('L’aperçu s’affichera quand la configuration sera complète.');
    expect(previewText(french!)).not.to.contain('definition.commentMaxLength');
    expect(previewText(english!)).to.contain('The preview shows once the configuration is complete.');
    const issues = form.getElementById('field-definition-issues')!;
    expect(definition.getAttribute('aria-describedby')).to.contain('field-definition-issues');
    expect(definition.getAttribute('aria-invalid')).to.equal('true');
    expect(normalized(issues)).to.contain('commentMaxLength\u00a0: doit être d’au plus 2\u00a0000');
    expect(normalized(issues)).to.contain('champ inconnu\u00a0: "colour"');
    // Worded by code in the console's language: nothing is left in the schemas' English.
    expect(issues.querySelector('[lang="en"]')).to.equal(null);
    await expect(shell).to.be.accessible();

    typeInto(definition, '{ "commentMaxLength": 300,');
    await untilText(issues, 'n’est pas du JSON valide');
    await expect(shell).to.be.accessible();
  });

  it('saves edited settings with PUT and returns to the initiative', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/initiatives/retroaction-pages/settings');
    const form = await viewNamed(shell, 'Modifier «\u00a0Rétroaction sur les pages\u00a0»');
    await untilText(form, 'Enregistrer');
    typeInto(control(form, 'Titre en français'), 'Rétroaction sur nos pages');
    buttonNamed(form, 'Enregistrer').click();
    await viewNamed(shell, 'Rétroaction sur nos pages');
    const put = fake.requests.find((request) => request.method === 'PUT')!;
    expect(put.url.pathname).to.equal('/v1/staff/initiatives/retroaction-pages');
    expect(put.body).to.have.nested.property('title.fr', 'Rétroaction sur nos pages');
    expect(put.body).to.have.nested.property('opensAt');
    expect(Date.parse((put.body as { opensAt: string }).opensAt)).to.equal(Date.parse(exampleInitiative().settings.opensAt!));
    expect(deepActiveElement()?.tagName).to.equal('H1');
  });
});
