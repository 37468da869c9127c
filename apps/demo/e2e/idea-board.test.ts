// The idea board on the demo ministry site, end to end, as the issue tells it: a citizen proposes an
// idea with the keyboard only → staff approve it in the console → it appears → two participants
// support it (another page sees the count change live) → staff publish the official answer → it
// shows on the idea, in French and in English. Then the discussion page: a comment in one thread.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

const TITLE = 'Recevoir mes avis par texto';
const DESCRIPTION = 'Un message texte quand mon dossier avance, plutôt qu’une lettre.';

describe('the idea board on the demo ministry site', () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];
  /** A citizen of their own (a browser profile each: their own participant id). */
  const citizen = async (path = 'idees.html') => {
    const context = await e2e.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}${path}`);
    return { page, errors, board: page.locator('participe-idea-board').first() };
  };
  const ideaCard = (page: Page) => page.locator('participe-idea-board').locator('article', { hasText: TITLE });

  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await e2e?.stop();
  });

  it('takes an idea proposed with the keyboard only, shown to its author as pending', async () => {
    const { page, errors, board } = await citizen();
    await widgetState(page, 'participe-idea-board', 'open');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Proposer une idée');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('participe-idea-board')?.shadowRoot?.activeElement?.id === 'field-title');
    await page.keyboard.type(TITLE);
    await tabTo(page, (element) => element.id === 'field-description', 5);
    await page.keyboard.type(DESCRIPTION);
    await tabTo(page, (element) => element.id === 'field-category', 3);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Envoyer mon idée', 5);
    await page.keyboard.press('Enter');
    await widgetState(page, 'participe-idea-board', 'submitted');
    await board.getByText('Vos contributions en attente').waitFor();
    expect(await board.getByText('En attente de modération').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is approved in the console, then appears for everyone', async () => {
    const staff = await e2e.browser.newPage();
    await consoleSignIn(staff, e2e.consoleUrl, '#/initiatives/idees-services/moderation');
    const queue = staff.locator('participe-moderation-queue');
    await queue.getByText(TITLE).waitFor();
    await queue.getByRole('button', { name: 'Approuver' }).click();
    await queue.getByText('Rien à modérer pour le moment.').waitFor();
    await staff.close();

    const { page } = await citizen();
    await ideaCard(page).waitFor();
    expect(await ideaCard(page).getByText('0 appui').isVisible()).toBe(true);
  });

  it('counts two participants’ support, live on another page, without moving its focus', async () => {
    const watcher = await citizen();
    await ideaCard(watcher.page).waitFor();
    // The watcher's focus rests on the search field while others vote.
    await watcher.board.getByLabel('Rechercher une idée').focus();

    for (let voter = 0; voter < 2; voter++) {
      const { page, errors } = await citizen();
      const support = ideaCard(page).getByRole('button', { name: `Appuyer l’idée « ${TITLE} »` });
      await support.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (title) => {
          const root = document.querySelector('participe-idea-board')!.shadowRoot!;
          const button = [...root.querySelectorAll('button.vote')].find((candidate) => candidate.getAttribute('aria-label')!.includes(title));
          return button?.getAttribute('aria-pressed') === 'true';
        },
        TITLE,
      );
      expect(await page.locator('participe-idea-board').getByText('Il vous reste 4 votes sur 5.', { exact: true }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    }
    await ideaCard(watcher.page).getByText('2 appuis').waitFor();
    const focusedId = await watcher.page.evaluate(() => document.querySelector('participe-idea-board')!.shadowRoot!.activeElement?.id);
    expect(focusedId).toBe('search');
  });

  it('shows the official answer the console published on the idea, in French and in English', async () => {
    const watcher = await citizen();
    await ideaCard(watcher.page).waitFor();

    const staff = await e2e.browser.newPage();
    await consoleSignIn(staff, e2e.consoleUrl, '#/initiatives/idees-services/answers');
    const card = staff.locator('idea-board-answers').locator('.card', { hasText: TITLE });
    await card.getByText('Répondre').click();
    const form = card.locator('participe-official-response');
    await form.getByLabel(/^Statut/).selectOption('in-progress');
    await form.getByLabel(/Réponse en français/).fill('Les avis par texto arrivent cet automne.');
    await form.getByLabel(/Réponse en anglais/).fill('Text notices are coming this fall.');
    await form.getByRole('button', { name: 'Publier la réponse' }).click();
    await staff.getByText('Réponse publiée.').waitFor({ state: 'attached' });
    await staff.close();

    // Live on the page already open, then on a fresh French page and on the English page.
    await ideaCard(watcher.page).getByText('Les avis par texto arrivent cet automne.').waitFor();
    expect(await ideaCard(watcher.page).getByText('Statut : En cours de réalisation').isVisible()).toBe(true);
    const english = await citizen('en/idees.html');
    await ideaCard(english.page).getByText('Text notices are coming this fall.').waitFor();
    expect(await ideaCard(english.page).getByText('Status: In progress').isVisible()).toBe(true);
    expect(english.errors).toEqual([]);

    const listed = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/idees-services/export?format=csv')).text()).split('\r\n');
    expect(listed[0]).toContain('Appuis');
    expect(listed.find((line) => line.includes(TITLE))).toContain('Les avis par texto arrivent cet automne.');
  });

  it('takes a comment under one question of the consultation page, counted in its thread', async () => {
    const { page, errors } = await citizen('transport.html');
    await widgetState(page, 'participe-idea-board[topic="tarifs"]', 'open');
    const thread = page.locator('participe-idea-board[topic="tarifs"]');
    await thread.getByLabel(/Votre commentaire/).fill('Un tarif familial la fin de semaine.');
    await thread.getByLabel(/Nom affiché/).fill('Camille');
    await thread.getByRole('button', { name: 'Publier mon commentaire' }).click();
    await widgetState(page, 'participe-idea-board[topic="tarifs"]', 'submitted');
    // Post-moderated: shown at once in its thread, not in the others.
    await thread.locator('article').getByText('Un tarif familial la fin de semaine.').waitFor();
    expect(await thread.getByRole('heading', { name: 'Commentaire (1)' }).isVisible()).toBe(true);
    expect(await page.locator('participe-idea-board[topic="frequence"]').getByText('Un tarif familial').count()).toBe(0);
    const counts = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/consultation-transport/topics')).json()) as { topics: Array<{ topic: string; visible: number }> };
    expect(counts.topics).toEqual([{ topic: 'tarifs', total: 1, visible: 1, review: 1 }]);
    expect(errors).toEqual([]);
  });
});
