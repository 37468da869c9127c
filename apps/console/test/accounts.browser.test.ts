import { expect } from '@open-wc/testing';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { buttonNamed, choose, control, currentView, linkNamed, liveRegion, normalized, resetPage, shellButton, signedIn, typeInto, until, untilElement, untilFocused, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

// The fake changes accounts in place (role, password): each test takes fresh copies.
const editorAccount = (): FakeAccount => ({ ...demoAdmin, email: 'edition@ministere-demo.example', password: 'edition-password', role: 'editor' });
const analystAccount = (): FakeAccount => ({ ...demoAdmin, email: 'analyse@ministere-demo.example', password: 'analyse-password', role: 'analyst' });
let editor = editorAccount();
let analyst = analystAccount();
beforeEach(() => {
  editor = editorAccount();
  analyst = analystAccount();
});

/** A row's action button, by its accessible name ("Désactiver (edition@…)"). */
const action = (root: ShadowRoot, name: string) => {
  const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
};
const rowOf = (root: ShadowRoot, email: string) => [...root.querySelectorAll('tbody tr')].find((row) => row.querySelector('th')?.textContent === email)!;

describe('staff accounts', () => {
  it('lists the accounts for admins, changes a role, disables and enables one (its sessions end), in both languages, axe clean', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin, editor, analyst] });
    const editorSession = fake.sessionFor(editor);
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    linkNamed(shell.shadowRoot!, 'Comptes du personnel').click();
    const view = await viewNamed(shell, 'Comptes du personnel');
    await untilText(view, 'edition@ministere-demo.example');
    // My own account shows no actions: another admin manages it.
    expect(rowOf(view, demoAdmin.email).querySelector('button')).to.equal(null);
    await expect(shell).to.be.accessible();

    choose(control(view, 'Rôle de analyse@ministere-demo.example') as unknown as HTMLSelectElement, 'moderator');
    action(view, 'Changer le rôle (analyse@ministere-demo.example)').click();
    await untilText(view, 'Le rôle de analyse@ministere-demo.example est maintenant «\u00a0modération\u00a0».');
    expect(fake.requests.at(-2)).to.include({ method: 'PATCH' });
    expect(fake.requests.at(-2)!.body).to.deep.equal({ role: 'moderator' });
    await untilFocused(await untilElement(view, 'action-done'), 'the outcome');

    action(view, 'Désactiver (edition@ministere-demo.example)').click();
    await untilText(view, 'Le compte edition@ministere-demo.example est désactivé\u00a0: ses sessions ont pris fin.');
    expect(normalized(rowOf(view, editor.email))).to.contain('Désactivé depuis le');
    await until(() => liveRegion(shell).textContent!.includes('est désactivé'), 'the outcome announced');
    // The editor's open session has ended.
    const me = await fake.fetch('https://collector.test/v1/staff/me', { headers: { authorization: `Bearer ${editorSession.token}` } });
    expect(me.status).to.equal(401);
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, 'Disabled since');
    action(view, 'Enable (edition@ministere-demo.example)').click();
    await untilText(view, 'The account edition@ministere-demo.example is enabled again.');
    await expect(shell).to.be.accessible();
  });

  it('gives an account a new password in a dialog, refusing a guessable one next to the field', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin, editor] });
    const shell = await signedIn(fake, '/accounts');
    const view = await viewNamed(shell, 'Comptes du personnel');
    await untilText(view, editor.email);
    const opener = action(view, 'Nouveau mot de passe (edition@ministere-demo.example)');
    opener.click();
    const dialog = view.querySelector('dialog')!;
    await until(() => dialog.open, 'the dialog');
    expect(normalized(dialog)).to.contain('Toutes les sessions de ce compte prendront fin.');
    await expect(shell).to.be.accessible();
    // The dialog's own field (the form to add an account has one with the same label).
    const field = view.getElementById('reset-password') as HTMLInputElement;
    typeInto(field, 'password1234');
    buttonNamed(view, 'Enregistrer le mot de passe').click();
    await untilText(dialog, 'est trop facile à deviner');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await expect(shell).to.be.accessible();

    typeInto(field, 'hibou-lanterne-cerisier');
    buttonNamed(view, 'Enregistrer le mot de passe').click();
    await untilText(view, 'Le mot de passe de edition@ministere-demo.example est changé\u00a0; ses sessions ont pris fin.');
    expect(dialog.open).to.equal(false);
    expect(editor.password).to.equal('hibou-lanterne-cerisier');
  });

  it('deletes an account after a confirmation whose Cancel has focus, and returns focus when cancelled', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin, editor] });
    const shell = await signedIn(fake, '/accounts');
    const view = await viewNamed(shell, 'Comptes du personnel');
    await untilText(view, editor.email);
    const opener = action(view, 'Supprimer (edition@ministere-demo.example)');
    opener.click();
    const dialog = view.querySelector('dialog')!;
    await until(() => dialog.open, 'the dialog');
    await untilFocused(buttonNamed(view, 'Annuler'), 'Cancel first');
    buttonNamed(view, 'Annuler').click();
    await untilFocused(opener, 'focus back on the opener');
    opener.click();
    await until(() => dialog.open, 'the dialog again');
    buttonNamed(view, 'Supprimer le compte').click();
    await untilText(view, 'Le compte edition@ministere-demo.example est supprimé.');
    expect(rowOf(view, editor.email)).to.equal(undefined);
    await expect(shell).to.be.accessible();
  });

  it('adds an account, with the field errors in a summary that takes focus (a weak password the collector refuses too)', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin] });
    const shell = await signedIn(fake, '/accounts');
    const view = await viewNamed(shell, 'Comptes du personnel');
    await untilText(view, demoAdmin.email);
    buttonNamed(view, 'Créer le compte').click();
    await untilFocused(await untilElement(view, 'error-summary'), 'the summary');
    expect(normalized(view.getElementById('error-summary')!)).to.contain('Adresse courriel').and.contain('Nouveau mot de passe');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Adresse courriel'), 'nouvelle@ministere-demo.example');
    typeInto(control(view, 'Nouveau mot de passe'), '123456789012');
    buttonNamed(view, 'Créer le compte').click();
    await untilText(view, 'est trop facile à deviner');
    typeInto(control(view, 'Nouveau mot de passe'), 'tulipe-rouge-velo-montagne');
    choose(control(view, 'Rôle') as unknown as HTMLSelectElement, 'moderator');
    buttonNamed(view, 'Créer le compte').click();
    await untilText(view, 'Le compte nouvelle@ministere-demo.example est créé.');
    expect(normalized(rowOf(view, 'nouvelle@ministere-demo.example'))).to.contain('Actif');
    expect(fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/accounts' && (request.body as { role: string }).role === 'moderator')).to.not.equal(undefined);
    await expect(shell).to.be.accessible();
  });

  it('is not offered to other roles', async () => {
    const fake = fakeStaffApi({ accounts: [editor] });
    const shell = await signedIn(fake, '/initiatives', editor);
    await viewNamed(shell, 'Initiatives');
    expect(() => linkNamed(shell.shadowRoot!, 'Comptes du personnel')).to.throw();
    location.hash = '#/accounts';
    await viewNamed(shell, 'Accès non autorisé');
  });
});

describe('my account', () => {
  it('changes my password with the current one, refusing a wrong current one and a guessable new one', async () => {
    const account: FakeAccount = { ...editor };
    const fake = fakeStaffApi({ accounts: [account] });
    const elsewhere = fake.sessionFor(account);
    const shell = await signedIn(fake, '/initiatives', account);
    await viewNamed(shell, 'Initiatives');
    linkNamed(shell.shadowRoot!, 'Mon compte').click();
    const view = await viewNamed(shell, 'Mon compte');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Mot de passe actuel'), 'pas-le-bon');
    typeInto(control(view, 'Nouveau mot de passe'), 'hibou-lanterne-cerisier');
    buttonNamed(view, 'Changer le mot de passe').click();
    await untilFocused(await untilElement(view, 'error-summary'), 'the summary');
    expect(normalized(view)).to.contain('Le mot de passe actuel n’est pas le bon.');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Mot de passe actuel'), 'edition-password');
    typeInto(control(view, 'Nouveau mot de passe'), 'motdepasse123');
    buttonNamed(view, 'Changer le mot de passe').click();
    await untilText(view, 'est trop facile à deviner');

    typeInto(control(view, 'Nouveau mot de passe'), 'hibou-lanterne-cerisier');
    buttonNamed(view, 'Changer le mot de passe').click();
    await untilText(view, 'Votre mot de passe est changé. Votre autre session a pris fin.');
    await untilFocused(await untilElement(view, 'password-changed'), 'the outcome');
    const other = await fake.fetch('https://collector.test/v1/staff/me', { headers: { authorization: `Bearer ${elsewhere.token}` } });
    expect(other.status).to.equal(401);
    shellButton(shell, 'English').click();
    await untilText(view, 'Your password is changed. Your other session has ended.');
    await expect(shell).to.be.accessible();
  });

  it('signs out everywhere, then shows the sign-in page saying so', async () => {
    const fake = fakeStaffApi({ accounts: [analyst] });
    const shell = await signedIn(fake, '/my-account', analyst);
    const view = await viewNamed(shell, 'Mon compte');
    buttonNamed(view, 'Me déconnecter partout').click();
    const signIn = await viewNamed(shell, 'Connexion');
    await untilText(signIn, 'Toutes vos sessions ont pris fin.');
    expect(fake.requests.some((request) => request.method === 'DELETE' && request.url.pathname === '/v1/staff/sessions')).to.equal(true);
    await expect(shell).to.be.accessible();
  });
});

describe('API tokens', () => {
  it('creates a token with an expiry, shows it once in a focused field, and revokes it, in both languages, axe clean', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin] });
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    linkNamed(shell.shadowRoot!, 'Jetons d’API').click();
    const view = await viewNamed(shell, 'Jetons d’API');
    await untilText(view, 'Aucun jeton pour le moment.');
    await expect(shell).to.be.accessible();

    buttonNamed(view, 'Créer le jeton').click();
    await untilText(view, 'Donnez un nom au jeton.');
    typeInto(control(view, 'Nom'), 'Export nocturne');
    choose(control(view, 'Durée de validité') as unknown as HTMLSelectElement, '90');
    buttonNamed(view, 'Créer le jeton').click();
    const value = await untilElement(view, 'token-value');
    await untilFocused(value, 'the token value');
    expect((value as HTMLInputElement).value).to.match(/^pat_/);
    const sent = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/tokens');
    expect(sent!.body).to.deep.equal({ label: 'Export nocturne', role: 'analyst', expiresInDays: 90 });
    expect(normalized(view)).to.contain('Copiez-le maintenant');
    expect(normalized(view.querySelector('tbody tr')!)).to.contain('Export nocturne').and.contain('Actif').and.contain('Jamais');
    await expect(shell).to.be.accessible();

    action(view, 'Révoquer le jeton Export nocturne').click();
    await untilText(view, 'Le jeton Export nocturne est révoqué.');
    expect(normalized(view.querySelector('tbody tr')!)).to.contain('Révoqué le');
    shellButton(shell, 'English').click();
    await untilText(view, 'Revoked on');
    await expect(shell).to.be.accessible();
  });
});

describe('burst of new participants', () => {
  it('warns on the initiative page when far more participants arrive than usual, in both languages, axe clean', async () => {
    const arrivals = { windowMinutes: 10, recentParticipants: 583, usualParticipants: 1.5, burst: true };
    const fake = fakeStaffApi({ accounts: [demoAdmin], arrivals: { 'retroaction-pages': arrivals } });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    const view = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(view, 'Arrivée inhabituelle\u00a0: 583 nouveaux participants en 10 minutes (d’habitude environ 1,5).');
    expect(linkNamed(view, 'Contributions').getAttribute('href')).to.equal('#/initiatives/retroaction-pages/contributions');
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(view, 'Unusual arrivals: 583 new participants in 10 minutes (usually about 1.5).');
    await expect(shell).to.be.accessible();
  });

  it('says nothing when arrivals are as usual', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    const view = await viewNamed(shell, 'Rétroaction sur les pages');
    // The answer read (the view keeps it) and rendered.
    const detail = currentView(shell) as unknown as { arrivals?: unknown; updateComplete: Promise<unknown> };
    await until(() => detail.arrivals !== undefined, 'the arrivals read');
    await detail.updateComplete;
    expect(normalized(view)).not.to.contain('Arrivée inhabituelle');
  });
});

describe('against stuffing', () => {
  it('sets a ceiling per minute and rejects a period, from a view linked on the initiative page, in both languages, axe clean', async () => {
    const burst = Array.from({ length: 3 }, (_, i) => contribution(i + 1, { receivedAt: `2026-02-01T12:0${i}:00.000Z` }));
    const fake = fakeStaffApi({ accounts: [demoAdmin], contributions: [...burst, contribution(9, { receivedAt: '2026-02-03T12:00:00.000Z' })] });
    const shell = await signedIn(fake, '/initiatives/retroaction-pages');
    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Contre le bourrage');
    linkNamed(detail, 'Contre le bourrage').click();
    const view = await viewNamed(shell, 'Contre le bourrage');
    await untilText(view, '0 nouveaux participants en 10 minutes');
    await expect(shell).to.be.accessible();

    typeInto(control(view, 'Contributions en ligne par minute, au plus'), '0');
    buttonNamed(view, 'Enregistrer la limite').click();
    await untilText(view, 'Entrez un nombre entier de 1 à 100');
    typeInto(control(view, 'Contributions en ligne par minute, au plus'), '30');
    buttonNamed(view, 'Enregistrer la limite').click();
    await untilText(view, 'Au plus 30 contributions en ligne par minute.');
    expect(fake.ceilings.get('retroaction-pages')).to.equal(30);

    const from = control(view, 'Du');
    typeInto(from, '2026-02-01T13:00');
    typeInto(control(view, 'Au (exclu)'), '2026-02-01T11:00');
    buttonNamed(view, 'Rejeter la période').click();
    await untilText(view, 'Entrez une période dont la fin suit le début.');
    await untilFocused(from, 'the start of the period');
    // Local times, as the person typed them: the fake compares the instants sent.
    typeInto(from, localInput('2026-02-01T11:00:00.000Z'));
    typeInto(control(view, 'Au (exclu)'), localInput('2026-02-01T12:30:00.000Z'));
    buttonNamed(view, 'Rejeter la période').click();
    await untilText(view, '3 contributions rejetées.');
    expect(fake.contributions.filter((c) => c.moderationState === 'rejected')).to.have.length(3);
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(view, '3 contributions rejected.');
    await expect(shell).to.be.accessible();
  });
});

/** An instant as a `datetime-local` field shows it, in this browser's time zone. */
function localInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
