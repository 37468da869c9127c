import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, startE2e, widgetState } from './support.js';

describe('widgets on a page with a strict Content-Security-Policy and Trusted Types', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('work, and the browser reports no violation', async () => {
    const page = await e2e.browser.newPage();
    // Collected from the first script on: every violation the browser sees on this page.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const response = await page.goto(`${e2e.siteUrl}strict/`);
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");

    // Widgets load as they near the viewport: the feedback, at the foot of the page, once scrolled to.
    await widgetState(page, 'participe-survey', 'open');
    await page.locator('participe-page-feedback').scrollIntoViewIfNeeded();
    await widgetState(page, 'participe-page-feedback', 'open');
    const feedback = page.locator('participe-page-feedback');
    await feedback.getByRole('button', { name: 'Oui' }).click();
    await feedback.getByRole('button', { name: 'Envoyer' }).click();
    await widgetState(page, 'participe-page-feedback', 'submitted');

    const survey = page.locator('participe-survey');
    await survey.getByLabel('Chaque semaine').check();
    await survey.getByLabel('Santé').check();
    await survey.getByRole('button', { name: 'Suivant' }).click();
    await survey.getByText('Votre expérience').first().waitFor();

    // The budget: a typed amount, then the allocation chart (chart.js sizes its canvas through CSSOM, which the policy allows).
    await page.locator('participe-budget').scrollIntoViewIfNeeded();
    await widgetState(page, 'participe-budget', 'open');
    const budget = page.locator('participe-budget');
    const amount = budget.getByRole('textbox', { name: /^Montant — Taxe foncière résidentielle/ });
    await amount.fill('101 500 000');
    await amount.press('Enter');
    await budget.getByText('Surplus de 280').first().waitFor();
    await budget.getByRole('button', { name: 'Afficher la répartition en graphique' }).click();
    await page.waitForFunction(() => ((document.querySelector('participe-budget')?.shadowRoot?.querySelector('.allocation canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    // The idea board: its list, its form, similar ideas, an idea sent.
    await page.locator('participe-idea-board').scrollIntoViewIfNeeded();
    await widgetState(page, 'participe-idea-board', 'open');
    const board = page.locator('participe-idea-board');
    await board.getByRole('button', { name: 'Proposer une idée' }).click();
    await board.getByLabel(/Titre de votre idée/).fill('Une page sous politique stricte');
    await board.getByLabel(/^Description/).fill('Les modules fonctionnent ici aussi.');
    await board.locator('#field-category').selectOption('en-ligne');
    await board.getByRole('button', { name: 'Envoyer mon idée' }).click();
    await widgetState(page, 'participe-idea-board', 'submitted');
    // The testimonial wall, last on the page (widgets load as they near the viewport): its form, a testimonial kept for the Ministry.
    const wall = page.locator('participe-testimonials');
    await wall.scrollIntoViewIfNeeded();
    await widgetState(page, 'participe-testimonials', 'open');
    await wall.getByRole('button', { name: 'Partager votre expérience' }).click();
    await wall.getByLabel(/^Votre témoignage/).fill('Une page sous politique stricte, sans souci.');
    await wall.locator('#field-service').selectOption('en-ligne');
    await wall.getByLabel('Pour le Ministère seulement').check();
    await wall.getByRole('button', { name: 'Envoyer mon témoignage' }).click();
    await widgetState(page, 'participe-testimonials', 'submitted');
    // The petition: its count, its form, the proof-of-work (Web Crypto, no worker, no eval), a signature sent.
    const petition = page.locator('participe-petition');
    await petition.scrollIntoViewIfNeeded();
    await widgetState(page, 'participe-petition', 'open');
    await petition.getByLabel(/^Nom complet/).fill('Page Stricte');
    await petition.getByLabel(/^Adresse courriel/).fill(`strict-${Date.now()}@example.ca`);
    await petition.getByLabel(/^Code postal/).fill('H2X 1Y4');
    await petition.getByLabel(/J’ai lu l’avis de confidentialité/).check();
    await petition.getByRole('button', { name: 'Signer', exact: true }).click();
    await widgetState(page, 'participe-petition', 'submitted');
    // The live Q&A: its list and live stream, a question sent.
    await widgetState(page, 'participe-qa', 'open');
    const qa = page.locator('participe-qa');
    await qa.getByLabel(/^Votre question/).fill('Une question sous politique stricte\u202f?');
    await qa.getByRole('button', { name: 'Envoyer la question' }).click();
    await widgetState(page, 'participe-qa', 'submitted');

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
