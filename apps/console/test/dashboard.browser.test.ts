import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { boardFigures, dashboard, figures } from './dashboard-fixtures.js';
import { choose, control, normalized, resetPage, shellButton, signedIn, until, untilFocused, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const analyst: FakeAccount = { ...demoAdmin, email: 'analyse@ministere-demo.example', role: 'analyst' };

describe('organisation dashboard', () => {
  it('follows every initiative: total, per day as a chart and a table, channels, languages, backlog and its age', async () => {
    const fake = fakeStaffApi({ accounts: [analyst], dashboard: dashboard([figures(), boardFigures()]) });
    const shell = await signedIn(fake, '/initiatives', analyst);
    const navLink = () => [...shell.shadowRoot!.querySelectorAll('nav a')].find((a) => a.textContent === 'Tableau de bord') as HTMLAnchorElement | undefined;
    await until(() => navLink() !== undefined, 'the dashboard in the main navigation');
    navLink()!.focus();
    await sendKeys({ press: 'Enter' });
    const view = await viewNamed(shell, 'Tableau de bord');
    await untilText(view, '1\u00a0234 contributions en tout');
    await untilFocused(view.querySelector('h1'), 'focus on the heading');
    const [feedback, board] = [...view.querySelectorAll('section.panel')];
    expect(normalized(feedback!)).to.contain('3 contributions attendent une décision, dont 1 masquée après des signalements\u202f; la plus ancienne depuis le');
    expect(normalized(feedback!)).to.contain('(3 jours)');
    expect(normalized(feedback!)).to.contain('Web').and.contain('Papier').and.contain('Anglais');
    // Page feedback gives no official answers: no such figure.
    expect(normalized(feedback!)).not.to.contain('Réponses officielles');
    expect(normalized(board!)).to.contain('5 contributions attendent une réponse officielle');
    expect(normalized(board!)).to.contain('(10 jours)');
    expect(normalized(board!)).to.contain('Rien n’attend.');
    // The chart is decorative; its figures are in the table, one row per day.
    expect(feedback!.querySelector('.chart__canvas')!.getAttribute('aria-hidden')).to.equal('true');
    const details = feedback!.querySelector('details')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 'the table to open');
    expect(details.querySelectorAll('tbody tr')).to.have.length(30);
    await expect(shell).to.be.accessible();

    choose(control<HTMLSelectElement>(view, 'Période'), '90');
    await until(() => fake.requests.at(-1)!.url.searchParams.get('days') === '90', 'the period asked for');

    shellButton(shell, 'English').click();
    await untilText(view, '1,234 contributions in all');
    expect(normalized(view)).to.contain('5 contributions await an official answer; the oldest since');
    await expect(shell).to.be.accessible();
  });

  it('says when the organisation has no initiative, and offers to retry when the collector fails', async () => {
    const empty = fakeStaffApi({ dashboard: dashboard([]) });
    const shell = await signedIn(empty, '/dashboard');
    const view = await viewNamed(shell, 'Tableau de bord');
    await untilText(view, 'Votre organisation n’a encore aucune initiative.');
    await expect(shell).to.be.accessible();

    resetPage();
    const failing = fakeStaffApi({ forbid: /dashboard/ });
    const again = await signedIn(failing, '/dashboard');
    const refused = await viewNamed(again, 'Tableau de bord');
    await untilText(refused, 'Votre rôle ne permet pas cette action.');
    await expect(again).to.be.accessible();
  });
});
