// The testimonial wall on the demo ministry site, end to end, as the issue tells it: a citizen
// shares an experience with the keyboard only (a phone number left in it) → the console's queue
// flags the number, the moderator edits it out and publishes → staff reply as the organisation
// and mark "change made" → the wall shows the edited text, never the original, with the reply
// and the mark, in French and in English; the export has it all.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

const ORIGINAL = 'Au comptoir de Sherbrooke, on m’a rappelé au 819 555-0142 le jour même pour mon permis.';
const EDITED = 'Au comptoir de Sherbrooke, on m’a rappelé le jour même pour mon permis.';

describe('the testimonial wall on the demo ministry site', () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];
  /** A citizen of their own (a browser profile each). */
  const citizen = async (path = 'temoignages.html') => {
    const context = await e2e.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}${path}`);
    return { page, errors, wall: page.locator('participe-testimonials') };
  };
  const card = (page: Page, text: string) => page.locator('participe-testimonials').locator('article', { hasText: text });

  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await e2e?.stop();
  });

  it('takes a testimonial shared with the keyboard only, the phone number in it warned about', async () => {
    const { page, errors, wall } = await citizen();
    await widgetState(page, 'participe-testimonials', 'open');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Partager votre expérience');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('participe-testimonials')?.shadowRoot?.activeElement?.id === 'field-text');
    await page.keyboard.type(ORIGINAL);
    await wall.getByText('Votre texte semble contenir des renseignements personnels (numéro de téléphone)', { exact: false }).waitFor();
    await tabTo(page, (element) => element.id === 'field-service', 3);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (element) => element.id === 'field-rating', 3);
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await tabTo(page, (element) => element.id === 'field-visibility', 5);
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Envoyer mon témoignage', 3);
    await page.keyboard.press('Enter');
    await widgetState(page, 'participe-testimonials', 'submitted');
    await wall.getByText('S’il doit être publié, il le sera après relecture.').waitFor();
    // Pre-moderated: nothing on the wall yet.
    expect(await card(page, 'Sherbrooke').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('is flagged in the console, edited to remove the number, then published', async () => {
    const staff = await e2e.browser.newPage();
    await consoleSignIn(staff, e2e.consoleUrl, '#/initiatives/temoignages-services/testimonial-moderation');
    const queue = staff.locator('participe-moderation-queue');
    await queue.getByText(ORIGINAL).waitFor();
    expect(await queue.getByText(/Renseignements personnels repérés automatiquement.*numéro de téléphone/).isVisible()).toBe(true);
    await queue.getByRole('button', { name: 'Corriger' }).click();
    await queue.getByRole('textbox', { name: 'Témoignage' }).fill(EDITED);
    await queue.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await queue.getByText(EDITED).waitFor();
    await queue.getByRole('button', { name: 'Approuver' }).click();
    await queue.getByText('Rien à modérer pour le moment.').waitFor();
    await staff.close();

    const { page } = await citizen();
    await card(page, 'Sherbrooke').waitFor();
    expect(await card(page, 'Sherbrooke').getByText(EDITED).isVisible()).toBe(true);
    expect(await card(page, 'Sherbrooke').getByText('Modifié par la modération pour retirer des renseignements personnels').isVisible()).toBe(true);
    expect(await page.locator('participe-testimonials').getByText('819 555-0142').count()).toBe(0);
    // No public route returns the original.
    const listed = await (await fetch(`${e2e.collectorUrl}v1/initiatives/temoignages-services/testimonials?limit=50`)).text();
    expect(listed).toContain(EDITED);
    expect(listed).not.toContain('819 555-0142');
  });

  it('shows the organisation’s reply and "change made" under it, in French and in English', async () => {
    const staff = await e2e.browser.newPage();
    await consoleSignIn(staff, e2e.consoleUrl, '#/initiatives/temoignages-services/testimonial-replies');
    const item = staff.locator('testimonials-replies').locator('.card', { hasText: 'Sherbrooke' });
    await item.getByText('Répondre').click();
    const form = item.locator('participe-official-response');
    await form.getByLabel(/^Statut/).selectOption('change-made');
    await form.getByLabel(/Réponse en français/).fill('Nous rappelons maintenant chaque personne le jour même, partout.');
    await form.getByLabel(/Réponse en anglais/).fill('We now call everyone back the same day, everywhere.');
    await form.getByRole('button', { name: 'Publier la réponse' }).click();
    await staff.getByText('Réponse publiée.').waitFor({ state: 'attached' });
    await staff.close();

    const french = await citizen();
    await card(french.page, 'Sherbrooke').getByText('Nous rappelons maintenant chaque personne le jour même, partout.').waitFor();
    expect(await card(french.page, 'Sherbrooke').getByText('Suivi : Changement apporté').isVisible()).toBe(true);
    const english = await citizen('en/temoignages.html');
    await card(english.page, 'Sherbrooke').getByText('We now call everyone back the same day, everywhere.').waitFor();
    expect(await card(english.page, 'Sherbrooke').getByText('Follow-up: Change made').isVisible()).toBe(true);
    expect(english.errors).toEqual([]);

    const exported = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/temoignages-services/export?format=csv')).text()).split('\r\n');
    expect(exported[0]).toContain('Renseignements personnels signalés');
    expect(exported.find((line) => line.includes('Sherbrooke'))).toContain('Changement apporté');
  });
});
