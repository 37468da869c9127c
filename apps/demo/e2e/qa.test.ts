// The live Q&A on the demo ministry site, end to end and in real time, as the issue tells it: two
// viewers follow the session; one asks a question with the keyboard only and sees it awaiting
// moderation; a moderator approves it in the console and both viewers see it arrive without their
// focus moving; the other viewer upvotes it; a host pins it and answers it in writing, live on both
// pages and on the English page; the export carries the question, its upvote and the answer.
import type { BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

const QUESTION = 'La séance sera-t-elle offerte en langue des signes\u202f?';

describe('the live Q&A on the demo ministry site', () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];
  /** A viewer of their own (a browser profile each: their own participant id). */
  const viewer = async (path = 'seance.html') => {
    const context = await e2e.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}${path}`);
    await widgetState(page, 'participe-qa', 'open');
    return { page, errors, qa: page.locator('participe-qa') };
  };
  const card = (qa: Locator) => qa.locator('article', { hasText: QUESTION });

  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await e2e?.stop();
  });

  it('runs a session in real time: asked, approved, upvoted, pinned and answered, live for two viewers', async () => {
    const asker = await viewer();
    const watcher = await viewer();
    // The watcher rests on the sort control while the session goes on.
    await watcher.qa.getByLabel('Trier par').focus();

    // Asked with the keyboard only.
    await tabTo(asker.page, (element) => element.id === 'field-question');
    await asker.page.keyboard.type(QUESTION);
    await tabTo(asker.page, (element) => element.tag === 'button' && element.text === 'Envoyer la question', 12);
    await asker.page.keyboard.press('Enter');
    await widgetState(asker.page, 'participe-qa', 'submitted');
    await asker.qa.getByText('En attente de modération').first().waitFor();

    // Approved by a moderator: it arrives on both pages.
    const moderator = await e2e.browser.newPage();
    await consoleSignIn(moderator, e2e.consoleUrl, '#/initiatives/questions-en-direct/question-queue');
    const queue = moderator.locator('participe-moderation-queue');
    const pending = queue.locator('.card', { hasText: QUESTION });
    await pending.waitFor();
    await pending.getByRole('button', { name: 'Approuver' }).click();
    await card(watcher.qa).waitFor();
    await card(asker.qa).waitFor();
    expect(await watcher.page.evaluate(() => document.querySelector('participe-qa')!.shadowRoot!.activeElement?.id)).toBe('sort');

    // Upvoted by the watcher; the asker sees the count change live.
    await card(watcher.qa).getByRole('button', { name: /^Appuyer la question/ }).click();
    await card(asker.qa).getByText('1 appui').waitFor();

    // A host pins it and answers it in writing.
    const host = await e2e.browser.newPage();
    await consoleSignIn(host, e2e.consoleUrl, '#/initiatives/questions-en-direct/hosting');
    const hosted = host.locator('qa-animator').locator('.card', { hasText: QUESTION });
    await hosted.getByRole('button', { name: /^Épingler/ }).click();
    await watcher.qa.locator('.pinned', { hasText: QUESTION }).waitFor();
    await hosted.getByText('Répondre ou fusionner').click();
    const form = hosted.locator('participe-official-response');
    await form.getByLabel(/^Statut/).selectOption('answered');
    await form.getByLabel(/Réponse en français/).fill('Oui, une interprète sera présente.');
    await form.getByLabel(/Réponse en anglais/).fill('Yes, an interpreter will be there.');
    await form.getByRole('button', { name: 'Publier la réponse' }).click();
    await card(watcher.qa).getByText('Oui, une interprète sera présente.').waitFor();
    await card(asker.qa).getByText('Répondue').waitFor();
    const english = await viewer('en/seance.html');
    await card(english.qa).getByText('Yes, an interpreter will be there.').waitFor();
    await moderator.close();
    await host.close();

    const exported = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/questions-en-direct/export?format=csv')).text()).split('\r\n');
    expect(exported[0]).toContain('Votes');
    expect(exported.find((line) => line.includes(QUESTION))).toContain('Oui, une interprète sera présente.');
    expect([...asker.errors, ...watcher.errors, ...english.errors]).toEqual([]);
  });
});
