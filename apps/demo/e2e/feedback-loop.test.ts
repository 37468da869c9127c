import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, widgetState } from './support.js';

// The feedback loop, end to end: a citizen answers, an analyst codes, staff close the initiative
// and publish what they did from the console, and the widget on the ministry's page shows it.

const initiative = 'retroaction-pages';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());

describe('"you said, we did" on the demo ministry site', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('closes, publishes the report from the console, and the widget shows it', async () => {
    const api = (path: string, init?: RequestInit) => staffApi(e2e.collectorUrl, e2e.token, path, init);
    // A citizen's contribution, coded with a theme.
    const posted = await fetch(`${e2e.collectorUrl}v1/initiatives/${initiative}/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(e2e.siteUrl).origin },
      body: JSON.stringify({ initiative, type: 'page-feedback', payload: { answer: 'no', comment: 'Les heures manquent.', page: `${e2e.siteUrl}vaccination.html` }, idempotencyKey: crypto.randomUUID(), participant: crypto.randomUUID(), channel: 'web', language: 'fr' }),
    });
    expect(posted.status, await posted.clone().text()).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const theme = (await (await api(`initiatives/${initiative}/themes`, { method: 'POST', body: JSON.stringify({ name: { fr: 'Heures d’ouverture', en: 'Opening hours' } }) })).json()) as { id: string };
    expect((await api(`initiatives/${initiative}/contributions/${id}/themes`, { method: 'PUT', body: JSON.stringify({ themes: [theme.id] }) })).status).toBe(200);
    expect((await api(`initiatives/${initiative}/status`, { method: 'POST', body: JSON.stringify({ status: 'closed' }) })).status).toBe(200);

    // Staff write and publish the report in the console.
    const consolePage = await e2e.browser.newPage();
    await consoleSignIn(consolePage, e2e.consoleUrl, `#/initiatives/${initiative}/report`);
    await consolePage.getByRole('heading', { name: 'Vous avez parlé, nous avons écouté', level: 1 }).waitFor();
    await consolePage.getByLabel('Ce que nous avons entendu (français)').fill('Les heures d’ouverture étaient introuvables.');
    await consolePage.getByLabel('Ce que nous avons entendu (anglais)').fill('Opening hours were hard to find.');
    await consolePage.getByLabel('Ce que nous avons décidé (français)').fill('Nous les affichons en haut de chaque page.');
    await consolePage.getByLabel('Ce que nous avons décidé (anglais)').fill('We show them at the top of every page.');
    await consolePage.getByLabel('Ce qui change, et quand (français)').fill('Dès aujourd’hui.');
    await consolePage.getByLabel('Ce qui change, et quand (anglais)').fill('From today.');
    await consolePage.getByLabel('Publier le rapport le').fill(today);
    await consolePage.getByLabel('Heures d’ouverture (1)').check();
    await consolePage.getByRole('button', { name: 'Enregistrer' }).click();
    await consolePage.getByText('Rapport enregistré.').first().waitFor();
    await consolePage.close();

    // The widget, closed, shows what was done.
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}vaccination.html`);
    await widgetState(page, 'participe-page-feedback', 'closed');
    const widget = page.locator('participe-page-feedback');
    await widget.getByRole('heading', { name: 'Vous avez parlé, nous avons écouté' }).waitFor();
    expect(await widget.getByText('Nous les affichons en haut de chaque page.').isVisible()).toBe(true);
    expect(await widget.getByText('Heures d’ouverture — 1 contribution').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
