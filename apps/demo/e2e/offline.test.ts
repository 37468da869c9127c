// The browser loses the network in the middle of a submission, through every widget on the demo
// site: the widget says the answer is kept and will be sent, then sends it once the network is back,
// and the collector stores it exactly once — also when the collector stored it but its answer was
// lost on the way back (the retry carries the same idempotency key).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type E2e, startE2e, staffApi, widgetState } from './support.js';
import type { DemoType } from './types.js';

/**
 * How to reach each widget's submit button on the demo site. A new type adds its flow here; a type
 * that stores web contributions in its own tables (a petition's signatures) says how to count them
 * and which request carries them.
 */
interface Flow {
  initiative: string;
  path: string;
  fill(page: Page): Promise<void>;
  send(page: Page): Promise<void>;
  /** How many the collector stored (default: the initiative's contributions). */
  stored?(e2e: E2e): Promise<number>;
  /** The request that carries a submission (default `**\/contributions`). */
  route?: string;
}

const flows: Record<DemoType, Flow> = {
  'page-feedback': {
    initiative: 'retroaction-pages',
    path: 'vaccination.html',
    async fill(page: Page) {
      const widget = page.locator('participe-page-feedback');
      await widget.getByRole('button', { name: 'Non' }).click();
      await widget.getByLabel(/Qu’est-ce qui manquait/).fill('Réseau coupé pendant l’envoi.');
    },
    send: (page: Page) => page.locator('participe-page-feedback').getByRole('button', { name: 'Envoyer' }).click(),
  },
  survey: {
    initiative: 'services-en-ligne',
    path: 'consultation.html',
    async fill(page: Page) {
      const widget = page.locator('participe-survey');
      const next = () => widget.getByRole('button', { name: /^(Suivant|Vérifier mes réponses)$/ }).click();
      await widget.getByLabel('Chaque mois').check();
      await widget.getByLabel('Santé').check();
      await next();
      await widget.locator('#q-satisfaction-4').check();
      await widget.locator('#q-enonces-trouver-4').check();
      await widget.locator('#q-enonces-clair-4').check();
      await next();
      await widget.getByRole('button', { name: 'Confirmer cet ordre' }).click();
      await next();
      await widget.locator('#q-informer-false').check();
      await next();
    },
    send: (page: Page) => page.locator('participe-survey').getByRole('button', { name: 'Envoyer mes réponses' }).click(),
  },
  budget: {
    initiative: 'budget-2027',
    path: 'budget.html',
    async fill(page: Page) {
      // The deficit closed by typing: residential tax up 3.5 M$.
      const widget = page.locator('participe-budget');
      const amount = widget.getByRole('textbox', { name: /^Montant — Taxe foncière résidentielle/ });
      await amount.fill('101 500 000');
      await amount.press('Enter');
      await widget.getByText('Surplus de 280').first().waitFor();
    },
    send: (page: Page) => page.locator('participe-budget').getByRole('button', { name: 'Envoyer mon budget' }).click(),
  },
  'idea-board': {
    initiative: 'idees-services',
    path: 'idees.html',
    async fill(page: Page) {
      const widget = page.locator('participe-idea-board');
      await widget.getByRole('button', { name: 'Proposer une idée' }).click();
      await widget.getByLabel(/Titre de votre idée/).fill('Des formulaires qui se remplissent hors ligne');
      await widget.getByLabel(/^Description/).fill('Remplir le formulaire dans le train, l’envoyer en arrivant.');
      await widget.locator('#field-category').selectOption('formulaires');
    },
    send: (page: Page) => page.locator('participe-idea-board').getByRole('button', { name: 'Envoyer mon idée' }).click(),
  },
  testimonials: {
    initiative: 'temoignages-services',
    path: 'temoignages.html',
    async fill(page: Page) {
      const widget = page.locator('participe-testimonials');
      await widget.getByRole('button', { name: 'Partager votre expérience' }).click();
      await widget.getByLabel(/^Votre témoignage/).fill('Le formulaire s’est envoyé une fois le réseau revenu.');
      await widget.locator('#field-service').selectOption('en-ligne');
      await widget.getByLabel('Publier sur cette page').check();
    },
    send: (page: Page) => page.locator('participe-testimonials').getByRole('button', { name: 'Envoyer mon témoignage' }).click(),
  },
  petition: {
    initiative: 'petition-pistes-cyclables',
    path: 'petition.html',
    async fill(page: Page) {
      const widget = page.locator('participe-petition[initiative="petition-pistes-cyclables"]');
      await widget.getByLabel(/^Nom complet/).fill('Réseau Coupé');
      await widget.getByLabel(/^Adresse courriel/).fill(`hors-ligne-${Date.now()}-${Math.random().toString(36).slice(2)}@example.ca`);
      await widget.getByLabel(/^Code postal/).fill('G5A 1B2');
      await widget.getByLabel(/J’ai lu l’avis de confidentialité/).check();
    },
    send: (page: Page) => page.locator('participe-petition[initiative="petition-pistes-cyclables"]').getByRole('button', { name: 'Signer', exact: true }).click(),
    // Signatures live in the petition's table: every one stored, counted or not.
    async stored(e2e: E2e) {
      const counts = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/petition-pistes-cyclables/signatures/regions')).json()) as { total: number; pending: number; quarantined: number };
      return counts.total + counts.pending + counts.quarantined;
    },
    route: '**/signatures',
  },
  qa: {
    initiative: 'questions-en-direct',
    path: 'seance.html',
    async fill(page: Page) {
      const widget = page.locator('participe-qa');
      await widget.getByLabel(/^Votre question/).fill('La séance sera-t-elle enregistrée malgré la panne\u202f?');
    },
    send: (page: Page) => page.locator('participe-qa').getByRole('button', { name: 'Envoyer la question' }).click(),
  },
};

const tag = (type: string) => `participe-${type}`;
/** The element the flow fills (a page may hold two of one type). */
const widgetOf = (flow: Flow, type: string) => `${tag(type)}[initiative="${flow.initiative}"]`;

describe.each(Object.entries(flows))('%s with the network lost mid-submission', (type, flow: Flow) => {
  let e2e: E2e;
  let context: BrowserContext;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  // A browser profile of its own per test: each is a different citizen.
  beforeEach(async () => {
    context = await e2e.browser.newContext();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  const stored = async () =>
    flow.stored ? flow.stored(e2e) : ((await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${flow.initiative}/contributions?limit=100`)).json()) as { items: unknown[] }).items.length;

  it('keeps the answer while offline and sends it once online again', async () => {
    const page = await context.newPage();
    await page.goto(`${e2e.siteUrl}${flow.path}`);
    await widgetState(page, widgetOf(flow, type), 'open');
    await flow.fill(page);
    const before = await stored();
    await context.setOffline(true);
    await flow.send(page);
    await widgetState(page, widgetOf(flow, type), 'offline');
    expect(await stored()).toBe(before);
    await context.setOffline(false);
    await widgetState(page, widgetOf(flow, type), 'submitted');
    expect(await stored()).toBe(before + 1);
    await page.close();
  });

  it('stores it once when the acknowledgement is lost on the way back', async () => {
    const page = await context.newPage();
    let cut = false;
    // The first submission reaches the collector, which stores it; its answer never reaches the page.
    await page.route(flow.route ?? '**/contributions', async (route) => {
      if (cut || route.request().method() !== 'POST') return route.continue();
      cut = true;
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await page.goto(`${e2e.siteUrl}${flow.path}`);
    await widgetState(page, widgetOf(flow, type), 'open');
    await flow.fill(page);
    const before = await stored();
    await flow.send(page);
    await widgetState(page, widgetOf(flow, type), 'submitted');
    expect(cut).toBe(true);
    expect(await stored()).toBe(before + 1);
    await page.close();
  });
});
