// The budget simulator on the demo site: a town's 21-line budget in five categories, balanced
// with the keyboard only, sent, kept as a summary; then read in the staff console (the payload,
// the results dashboard) and exported with one column per line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

describe('budget simulator on the demo ministry site', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('balances the deficit with the keyboard only, and is acknowledged', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}budget.html`);
    await widgetState(page, 'participe-budget', 'open');
    const widget = page.locator('participe-budget');
    await expect(widget.locator('.balance__state').first().textContent()).resolves.toContain('Déficit de 3\u00a0220\u00a0000\u00a0$');
    const focusedId = (id: string) => (element: { id: string }) => element.id === id;
    const key = (name: string) => page.keyboard.press(name);

    // Police down 1 M$ (four steps), snow removal down 1 M$ (four steps), then type the rest on
    // residential tax: 1.5 M$ more.
    await tabTo(page, focusedId('line-police-slider'), 80);
    for (let step = 0; step < 4; step++) await key('ArrowLeft');
    await tabTo(page, focusedId('line-deneigement-slider'), 80);
    for (let step = 0; step < 4; step++) await key('ArrowLeft');
    await tabTo(page, focusedId('line-taxe-residentielle-amount'), 120);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('99 500 000');
    await key('Enter');
    await widget.getByText('Surplus de 280\u00a0000\u00a0$').first().waitFor();
    await expect(widget.getByText('hausse de 43,75\u00a0$ par année').first().isVisible()).resolves.toBe(true);

    await tabTo(page, focusedId('comment'), 40);
    await page.keyboard.type('Gardez les bibliothèques ouvertes le dimanche.');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Envoyer mon budget', 40);
    await key('Enter');
    await widgetState(page, 'participe-budget', 'submitted');
    await widget.getByText('Le budget que vous avez envoyé').waitFor();
    await expect(widget.locator('.summary').textContent()).resolves.toContain('Police\u00a0: 32\u00a0000\u00a0000\u00a0$ → 31\u00a0000\u00a0000\u00a0$');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stored the values the citizen chose, and the console shows them, their results and a CSV', async () => {
    const listed = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/budget-2027/contributions')).json()) as { items: Array<{ payload: { values: Record<string, number>; comment?: string } }> };
    const payload = listed.items[0]!.payload;
    expect(payload.values['police']).toBe(3_100_000_000);
    expect(payload.values['deneigement']).toBe(1_300_000_000);
    expect(payload.values['taxe-residentielle']).toBe(9_950_000_000);
    expect(payload.comment).toBe('Gardez les bibliothèques ouvertes le dimanche.');

    const page = await e2e.browser.newPage();
    await consoleSignIn(page, e2e.consoleUrl, '#/initiatives/budget-2027/contributions');
    await page.getByText('Police\u00a0: 31\u00a0000\u00a0000\u00a0$').first().waitFor({ timeout: 60_000 });
    await page.evaluate(() => (location.hash = '#/initiatives/budget-2027/results'));
    await page.getByRole('heading', { name: 'Police' }).first().waitFor({ timeout: 60_000 });
    await page.getByText('Ont diminué').first().waitFor();
    await page.close();

    const csv = await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/budget-2027/export?format=csv&lang=fr')).text();
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Sécurité publique — Police ($)');
    expect(row).toContain('31000000');
  });
});
