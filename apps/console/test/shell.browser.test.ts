import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoAdmin, exampleInitiative, fakeStaffApi, otherOrganisation } from './fake-staff-api.js';
import {
  buttonNamed,
  control,
  currentView,
  deepActiveElement,
  linkNamed,
  liveRegion,
  mountConsole,
  normalized,
  resetPage,
  shellButton,
  signedIn,
  typeInto,
  until,
  untilFocused,
  untilText,
  viewNamed,
} from './helpers.js';

afterEach(resetPage);

describe('<participe-console> sign-in', () => {
  it('signs in with a good password, keeps the token for this tab only, and shows the organisation', async () => {
    const fake = fakeStaffApi();
    const shell = await mountConsole(fake);
    const signIn = await viewNamed(shell, 'Connexion');
    expect(document.title).to.equal('Connexion – Console Participe');
    await expect(shell).to.be.accessible();

    typeInto(control(signIn, 'Adresse courriel'), demoAdmin.email);
    typeInto(control(signIn, 'Mot de passe'), demoAdmin.password);
    buttonNamed(signIn, 'Se connecter').click();

    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Rétroaction sur les pages');
    const signInCall = fake.requests.find((request) => request.url.pathname === '/v1/staff/sessions')!;
    expect(signInCall.body).to.deep.equal({ email: demoAdmin.email, password: demoAdmin.password });
    expect(signInCall.credentials).to.equal('omit');
    const stored = JSON.parse(sessionStorage.getItem('participe-console:session')!);
    expect(stored.token).to.match(/^pcs_/);
    expect(localStorage.getItem('participe-console:session')).to.equal(null);
    const listCall = fake.requests.find((request) => request.url.pathname === '/v1/staff/initiatives')!;
    expect(listCall.authorization).to.equal(`Bearer ${stored.token}`);
    expect(listCall.credentials).to.equal('omit');
    expect(normalized(shell.shadowRoot!)).to.contain('Ministère de la Démonstration');
    expect(normalized(shell.shadowRoot!)).to.contain(`Session de ${demoAdmin.email}`);
    expect(deepActiveElement()?.tagName).to.equal('H1');
    await expect(shell).to.be.accessible();
  });

  it('refuses a wrong password with a message that takes focus, and empties the password', async () => {
    const shell = await mountConsole(fakeStaffApi());
    const signIn = await viewNamed(shell, 'Connexion');
    typeInto(control(signIn, 'Adresse courriel'), demoAdmin.email);
    typeInto(control(signIn, 'Mot de passe'), 'not-the-password');
    buttonNamed(signIn, 'Se connecter').click();
    await untilText(signIn, 'Cette adresse courriel et ce mot de passe ne correspondent à aucun compte.');
    expect(deepActiveElement()?.id).to.equal('refusal');
    expect(control(signIn, 'Mot de passe').value).to.equal('');
    expect(sessionStorage.getItem('participe-console:session')).to.equal(null);
    await expect(shell).to.be.accessible();
  });

  it('shows field errors and a focused summary whose links lead to the fields', async () => {
    const fake = fakeStaffApi();
    const shell = await mountConsole(fake);
    const signIn = await viewNamed(shell, 'Connexion');
    typeInto(control(signIn, 'Adresse courriel'), 'pas-une-adresse');
    buttonNamed(signIn, 'Se connecter').click();
    await untilText(signIn, 'Le formulaire contient 2 erreurs');
    expect(deepActiveElement()?.id).to.equal('error-summary');
    const email = control(signIn, 'Adresse courriel');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(signIn.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.contain('Entrez une adresse courriel valide');
    expect(normalized(signIn)).to.contain('Entrez votre mot de passe.');
    expect(fake.requests).to.have.length(0);
    await expect(shell).to.be.accessible();

    linkNamed(signIn, 'Mot de passe\u00a0: Entrez votre mot de passe.').click();
    await untilFocused(control(signIn, 'Mot de passe'), 'focus on the password field');
    // Errors follow the typing once shown.
    typeInto(control(signIn, 'Mot de passe'), 'x');
    await until(() => !normalized(signIn).includes('Entrez votre mot de passe.'), 'the password error to go');
  });

  it('keeps the session across a reload of the tab, and signs out for good', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    expect(fake.requests[0]!.url.pathname).to.equal('/v1/staff/me');

    shellButton(shell, 'Se déconnecter').click();
    const signIn = await viewNamed(shell, 'Connexion');
    await untilText(signIn, 'Vous êtes déconnecté.');
    const signOut = fake.requests.find((request) => request.method === 'DELETE')!;
    expect(signOut.url.pathname).to.equal('/v1/staff/sessions/current');
    expect(sessionStorage.getItem('participe-console:session')).to.equal(null);
    expect(normalized(shell.shadowRoot!)).not.to.contain(demoAdmin.email);
    await expect(shell).to.be.accessible();
  });

  it('goes back to sign-in with a message on any 401, then returns to where the person was', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/initiatives');
    await viewNamed(shell, 'Initiatives');
    fake.expireSessions();
    location.hash = '#/initiatives/retroaction-pages';
    const signIn = await viewNamed(shell, 'Connexion');
    await untilText(signIn, 'Votre session a pris fin. Reconnectez-vous pour continuer.');
    expect(sessionStorage.getItem('participe-console:session')).to.equal(null);
    expect(deepActiveElement()?.tagName).to.equal('H1');
    await expect(shell).to.be.accessible();

    typeInto(control(signIn, 'Adresse courriel'), demoAdmin.email);
    typeInto(control(signIn, 'Mot de passe'), demoAdmin.password);
    buttonNamed(signIn, 'Se connecter').click();
    await viewNamed(shell, 'Rétroaction sur les pages');
  });

  it('says so when a stored session is no longer valid', async () => {
    const fake = fakeStaffApi();
    sessionStorage.setItem('participe-console:session', JSON.stringify({ token: 'pcs_forgotten-by-the-collector', expiresAt: '2099-01-01T00:00:00Z' }));
    const shell = await mountConsole(fake);
    const signIn = await viewNamed(shell, 'Connexion');
    await untilText(signIn, 'Votre session a pris fin.');
  });
});

describe('<participe-console> shell', () => {
  it('shows a friendly page for an unknown path and for another organisation’s initiative', async () => {
    const fake = fakeStaffApi({ initiatives: [exampleInitiative(), exampleInitiative({ settings: { ...exampleInitiative().settings, id: 'secret-autre' } }, otherOrganisation)] });
    const shell = await signedIn(fake, '/initiatives/secret-autre');
    const detail = await viewNamed(shell, 'Page introuvable');
    await untilText(detail, 'cette initiative n’existe pas ou n’appartient pas à votre organisation');
    expect(normalized(detail)).not.to.contain('secret');
    expect(fake.requests.at(-1)!.url.pathname).to.equal('/v1/staff/initiatives/secret-autre');
    await expect(shell).to.be.accessible();

    location.hash = '#/nowhere';
    await until(() => currentView(shell).localName === 'console-not-found', 'the not-found page');
    expect(document.title).to.equal('Page introuvable – Console Participe');
    await expect(shell).to.be.accessible();
  });

  it('has a skip link to the main content, landmarks and a live region', async () => {
    const shell = await signedIn(fakeStaffApi());
    await viewNamed(shell, 'Initiatives');
    const root = shell.shadowRoot!;
    expect(root.querySelector('header')).to.exist;
    expect(root.querySelector('nav[aria-label="Navigation principale"]')).to.exist;
    expect(shell.querySelector('main#main')).to.exist;
    expect(liveRegion(shell)).to.exist;
    const skip = root.querySelector<HTMLAnchorElement>('.skip-link')!;
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(shell.querySelector('main'), 'focus on main');
    expect(location.hash).to.equal('#/initiatives');
  });

  it('is usable with the keyboard only: sign in, then open an initiative', async () => {
    const shell = await mountConsole(fakeStaffApi());
    const signIn = await viewNamed(shell, 'Connexion');
    shell.shadowRoot!.querySelector<HTMLAnchorElement>('.skip-link')!.focus();
    await sendKeys({ press: 'Tab' }); // language switch
    await sendKeys({ press: 'Tab' }); // email
    await untilFocused(control(signIn, 'Adresse courriel'), 'focus on the email field');
    await sendKeys({ type: demoAdmin.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: demoAdmin.password });
    await sendKeys({ press: 'Enter' });

    const list = await viewNamed(shell, 'Initiatives');
    await untilText(list, 'Rétroaction sur les pages');
    expect(deepActiveElement()?.textContent).to.equal('Initiatives');
    await sendKeys({ press: 'Tab' }); // "New initiative"
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Nouvelle initiative');
    await sendKeys({ press: 'Tab' }); // the initiative's link
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Rétroaction sur les pages');
    await sendKeys({ press: 'Enter' });

    const detail = await viewNamed(shell, 'Rétroaction sur les pages');
    await untilText(detail, 'Résumé');
    await untilFocused(detail.querySelector('h1'), 'focus on the heading');
    expect(document.title).to.equal('Rétroaction sur les pages – Console Participe');
    await expect(shell).to.be.accessible();
  });

  it('switches language live in every view, remembers it, and announces it', async () => {
    const fake = fakeStaffApi();
    const shell = await mountConsole(fake);
    const views: [path: string | undefined, french: string, english: string][] = [
      [undefined, 'Connexion', 'Sign in'],
      ['/initiatives', 'Initiatives', 'Initiatives'],
      ['/initiatives/retroaction-pages', 'Rétroaction sur les pages', 'Page feedback'],
      ['/initiatives/retroaction-pages/settings', 'Modifier «\u00a0Rétroaction sur les pages\u00a0»', 'Edit “Page feedback”'],
      ['/new-initiative', 'Nouvelle initiative', 'New initiative'],
      ['/initiatives/retroaction-pages/contributions', 'Contributions', 'Contributions'],
      ['/initiatives/retroaction-pages/paper-entry', 'Saisie papier ou téléphone', 'Paper or phone entry'],
      ['/initiatives/retroaction-pages/results', 'Résultats', 'Results'],
      ['/access-requests', 'Demandes d’accès', 'Access requests'],
    ];
    // A sentence only the view's own content says, to know it re-rendered too (not just its heading).
    const bodies: Record<string, [string, string]> = {
      Connexion: ['Adresse courriel', 'Email address'],
      Initiatives: ['Nouvelle initiative', 'New initiative'],
      'Rétroaction sur les pages': ['Copier le code', 'Copy the code'],
      'Modifier «\u00a0Rétroaction sur les pages\u00a0»': ['Définition du module', 'Widget definition'],
      'Nouvelle initiative': ['Créer le brouillon', 'Create the draft'],
      Contributions: ['Aucune contribution ne correspond à ces filtres.', 'No contribution matches these filters.'],
      'Saisie papier ou téléphone': ['Enregistrer la contribution', 'Save the contribution'],
      Résultats: ['Aucune réponse pour l’instant.', 'No response yet.'],
      'Demandes d’accès': ['Adresse courriel de la personne', 'The person’s email address'],
    };
    for (const [path, french, english] of views) {
      if (path) {
        if (!sessionStorage.getItem('participe-console:session')) {
          const signIn = currentView(shell).shadowRoot;
          typeInto(control(signIn, 'Adresse courriel'), demoAdmin.email);
          typeInto(control(signIn, 'Mot de passe'), demoAdmin.password);
          buttonNamed(signIn, 'Se connecter').click();
          await viewNamed(shell, 'Initiatives');
        }
        location.hash = `#${path}`;
      }
      const root = await viewNamed(shell, french);
      await untilText(root, bodies[french]![0]);
      shellButton(shell, 'English').click();
      await viewNamed(shell, english);
      await untilText(root, bodies[french]![1]);
      expect(document.documentElement.lang).to.equal('en');
      expect(document.title).to.contain('Participe console');
      await until(() => liveRegion(shell).textContent === 'The console is now in English.', 'the announcement');
      await expect(shell).to.be.accessible();
      shellButton(shell, 'Français').click();
      await viewNamed(shell, french);
      expect(document.documentElement.lang).to.equal('fr');
    }
    shellButton(shell, 'English').click();
    expect(localStorage.getItem('participe-console:language')).to.equal('en');
  });
});
