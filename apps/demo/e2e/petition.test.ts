// The petition on the demo ministry site, end to end: a citizen signs → the collector's outbox holds
// the confirmation email (no SMTP in the demo: the operator reads it in the console) → its link
// opens the page, where reading it changes nothing and the button confirms → the count goes up,
// live on another page. The hand-off petition links to the National Assembly and collects nothing.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, startE2e, staffApi, widgetState } from './support.js';

const ID = 'petition-pistes-cyclables';
const widget = `participe-petition[initiative="${ID}"]`;

describe('the petition on the demo ministry site', () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];
  const citizen = async (path = 'petition.html') => {
    const context = await e2e.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${e2e.siteUrl}${path}`);
    return { page, errors, petition: page.locator(widget) };
  };
  const count = async () => ((await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${ID}/results`)).json()) as { signatures: number }).signatures;

  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await e2e?.stop();
  });

  it('counts a signature once confirmed through the outbox’s link, live on another page', async () => {
    const before = await count();
    const watcher = await citizen('en/petition.html');
    await widgetState(watcher.page, widget, 'open');
    await watcher.petition.getByText(`${before} of 500 signatures`).waitFor();

    const signer = await citizen();
    await widgetState(signer.page, widget, 'open');
    const address = `e2e-${Date.now()}@example.ca`;
    await signer.petition.getByLabel(/^Nom complet/).fill('Camille Gagnon');
    await signer.petition.getByLabel(/^Adresse courriel/).fill(address);
    await signer.petition.getByLabel(/^Code postal/).fill('G5A 1B2');
    await signer.petition.getByLabel(/J’ai lu l’avis de confidentialité/).check();
    await signer.petition.getByRole('button', { name: 'Signer', exact: true }).click();
    await widgetState(signer.page, widget, 'submitted');
    expect(await signer.petition.getByText(/Vérifiez vos courriels/).count()).toBeGreaterThan(0);
    expect(await count()).toBe(before);

    // The operator's copy of the email, in the outbox.
    const outbox = (await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${ID}/outbox`)).json()) as { items: { recipient: string; body: string }[] };
    const mail = outbox.items.find((item) => item.recipient === address);
    const link = /(https?:\/\/\S+#petition-confirm=[A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
    expect(link, 'a confirmation link in the outbox').toBeDefined();

    // Opening the link changes nothing; the button confirms.
    const confirmer = await citizen();
    await confirmer.page.goto(link!);
    await confirmer.petition.getByRole('button', { name: 'Confirmer ma signature' }).waitFor();
    expect(await count()).toBe(before);
    await confirmer.petition.getByRole('button', { name: 'Confirmer ma signature' }).click();
    await confirmer.petition.getByText('Merci, votre signature est confirmée.').waitFor();
    expect(await count()).toBe(before + 1);
    await watcher.petition.getByText(`${before + 1} of 500 signatures`).waitFor({ timeout: 60_000 });
    expect([...signer.errors, ...confirmer.errors, ...watcher.errors]).toEqual([]);
  });

  it('hands a petition lodged with the National Assembly off to its site', async () => {
    const { page } = await citizen();
    const handOff = page.locator('participe-petition[initiative="petition-assemblee-nationale"]');
    await widgetState(page, 'participe-petition[initiative="petition-assemblee-nationale"]', 'open');
    const link = handOff.getByRole('link', { name: /Signer la pétition sur le site de l’Assemblée nationale/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.assnat\.qc\.ca\//);
    expect(await handOff.locator('form').count()).toBe(0);
  });
});
