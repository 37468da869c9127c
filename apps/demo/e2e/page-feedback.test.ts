import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

const comment = 'Il manque les heures d’ouverture des cliniques.';

describe('page feedback on the demo ministry site', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('is answered with the keyboard only and acknowledged', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}vaccination.html`);
    await widgetState(page, 'participe-page-feedback', 'open');

    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Non');
    await page.keyboard.press('Enter');
    // "No" offers the reasons first (focus on the first one), then the comment.
    await page.waitForFunction(() => (document.querySelector('participe-page-feedback')?.shadowRoot?.activeElement as HTMLInputElement | null)?.type === 'radio');
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.id === 'comment', 12);
    await page.keyboard.type(comment);
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Envoyer', 6);
    await page.keyboard.press('Enter');

    await widgetState(page, 'participe-page-feedback', 'submitted');
    expect(await page.locator('participe-page-feedback').getByText('Merci de votre rétroaction').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows in the staff console, which exports it as CSV', async () => {
    const page = await e2e.browser.newPage({ acceptDownloads: true });
    await consoleSignIn(page, e2e.consoleUrl, '#/initiatives/retroaction-pages/contributions');
    await page.getByText(comment).waitFor();
    expect(await page.getByText(`${e2e.siteUrl}vaccination.html`).count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(comment);
    await page.close();
  });

  it('reaches the collector with the page it was given on, and the CSV export', async () => {
    const listed = await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/retroaction-pages/contributions');
    const { items } = (await listed.json()) as { items: Array<{ payload: { answer: string; comment?: string; page: string }; channel: string; language: string }> };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ channel: 'web', language: 'fr', payload: { answer: 'no', comment, page: `${e2e.siteUrl}vaccination.html` } });

    const csv = await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/retroaction-pages/export?format=csv')).text();
    expect(csv).toContain(comment);
    expect(csv).toContain(`${e2e.siteUrl}vaccination.html`);
  });
});
