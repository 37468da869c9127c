import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, type E2e, startE2e, staffApi, tabTo, widgetState } from './support.js';

describe('survey on the demo ministry site', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('is filled in page by page with the keyboard only, conditions included, and acknowledged', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${e2e.siteUrl}consultation.html`);
    await widgetState(page, 'participe-survey', 'open');
    const key = (name: string) => page.keyboard.press(name);
    const focusedId = (id: string) => (element: { id: string }) => element.id === id;
    const button = (text: string) => (element: { tag: string; text: string }) => element.tag === 'button' && element.text.startsWith(text);

    // Page 1: how often (radio group: arrows move and select), which services (checkboxes).
    await tabTo(page, focusedId('q-frequence-semaine'));
    await key('ArrowDown');
    await tabTo(page, focusedId('q-services-sante'));
    await key('Space');
    await tabTo(page, focusedId('q-services-permis'), 3);
    await key('Space');
    await tabTo(page, button('Suivant'));
    await key('Enter');

    // Page 2: a low rating brings the follow-up question.
    await tabTo(page, focusedId('q-satisfaction-1'));
    await key('ArrowRight');
    await tabTo(page, focusedId('q-problemes-input'), 2);
    await page.keyboard.type('Le paiement en ligne échoue.');
    await tabTo(page, focusedId('q-enonces-trouver-1'));
    await key('ArrowRight');
    await tabTo(page, focusedId('q-enonces-clair-1'));
    await key('ArrowRight');
    await key('ArrowRight');
    await key('ArrowRight');
    await tabTo(page, button('Suivant'));
    await key('Enter');

    // Page 3 exists only because "permits" was chosen.
    await tabTo(page, focusedId('q-nombre-permis-input'));
    await page.keyboard.type('3');
    await tabTo(page, button('Suivant'));
    await key('Enter');

    // Page 4: ranking with buttons — move "Shorter delays" to the top, then next.
    await tabTo(page, (element) => element.tag === 'button' && element.text.startsWith('Monter') && element.text.includes('délais'));
    await key('Enter');
    await tabTo(page, button('Suivant'));
    await key('Enter');

    // Page 5: asking to be informed brings the contact questions and the consent.
    await tabTo(page, focusedId('q-informer-true'));
    await key('Space');
    await tabTo(page, focusedId('q-courriel-input'), 2);
    await page.keyboard.type('citoyen@exemple.ca');
    await tabTo(page, focusedId('q-code-postal-input'), 2);
    await page.keyboard.type('g1r 4a5');
    await tabTo(page, focusedId('q-consentement-input'), 2);
    await key('Space');
    await tabTo(page, button('Vérifier mes réponses'));
    await key('Enter');

    // Review, then send.
    await tabTo(page, button('Envoyer mes réponses'));
    await key('Enter');
    await widgetState(page, 'participe-survey', 'submitted');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stored the answers the citizen saw, normalised, and exports them one column per question', async () => {
    const { items } = (await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/services-en-ligne/contributions')).json()) as {
      items: Array<{ payload: { answers: Record<string, unknown> } }>;
    };
    expect(items).toHaveLength(1);
    expect(items[0]!.payload.answers).toEqual({
      frequence: 'mois',
      services: { choices: ['sante', 'permis'] },
      satisfaction: 2,
      problemes: 'Le paiement en ligne échoue.',
      enonces: { trouver: '2', clair: '4' },
      'nombre-permis': 3,
      priorites: ['delais', 'mobile', 'aide'],
      informer: true,
      courriel: 'citoyen@exemple.ca',
      'code-postal': 'G1R 4A5',
      consentement: true,
    });
    const csv = await (await staffApi(e2e.collectorUrl, e2e.token, 'initiatives/services-en-ligne/export?format=csv&lang=fr')).text();
    expect(csv).toContain('À quelle fréquence utilisez-vous nos services en ligne');
    expect(csv).toContain('Chaque mois');
  });

  it('shows in the console\u2019s results dashboard, figures in tables beside the charts', async () => {
    const page = await e2e.browser.newPage();
    await consoleSignIn(page, e2e.consoleUrl, '#/initiatives/services-en-ligne/results');
    const row = page.locator('table.chart__table tr', { hasText: 'Chaque mois' }).first();
    await row.waitFor();
    expect((await row.textContent())!.replace(/\s+/g, ' ')).toContain('Chaque mois 1');
    await page.close();
  });
});
