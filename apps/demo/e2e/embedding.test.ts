// The embedding guide's snippet (docs/embedding.md), pasted into a page of another site: refused
// with a word for the citizen and a line for the webmaster until staff allow that origin, then
// working — the tag form and the CMS container form alike.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, staffApi, startE2e, widgetState, type E2e } from './support.js';

describe('a webmaster following the embedding guide on a site of their own', () => {
  let e2e: E2e;
  let site: Server;
  let origin: string;
  beforeAll(async () => {
    e2e = await startE2e();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Another origin than the demo site's: the ministry's own page, with the guide's snippet as is.
    const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ma page</title>
      <script src="${e2e.collectorUrl}widgets/embed.js" async></script></head>
      <body><main><h1>Ma page</h1>
      <participe-page-feedback initiative="retroaction-pages"></participe-page-feedback>
      <div data-participe="survey" data-initiative="services-en-ligne"></div>
      <p id="after">Suite de la page</p></main></body></html>`;
    site = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => site?.close(resolve));
    await e2e?.stop();
  });

  const allow = async (id: string) => {
    const current = (await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${id}`)).json()) as { settings: { allowedOrigins: string[] } };
    const settings = { ...current.settings, allowedOrigins: [...current.settings.allowedOrigins, origin] };
    const updated = await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${id}`, { method: 'PUT', body: JSON.stringify(settings) });
    expect(updated.status, await updated.clone().text()).toBe(200);
  };

  it('says "not available here" and names the origin to allow, then works once staff allow it', async () => {
    const page = await e2e.browser.newPage();
    const logged: string[] = [];
    page.on('console', (message) => message.type() === 'error' && message.text().startsWith('[participe]') && logged.push(message.text()));
    await page.goto(`${origin}/`);
    await widgetState(page, 'participe-page-feedback', 'error');
    await widgetState(page, 'participe-survey', 'error');
    const feedback = page.locator('participe-page-feedback');
    await expect(feedback.getByText('Ce module de participation n’est pas offert sur cette page.').textContent()).resolves.toBeTruthy();
    expect(await feedback.getByRole('button').count()).toBe(0);
    await expect.poll(() => logged.length).toBe(2);
    expect(logged).toContain(
      `[participe] <participe-page-feedback> is not shown: this page's origin (${origin}) may not embed initiative "retroaction-pages". Add ${origin} to the initiative's allowed origins in the Participe console (the initiative's settings).`,
    );
    expect(logged.some((line) => line.includes('"services-en-ligne"'))).toBe(true);
    // The room reserved for the survey while it loaded is given back around the short message.
    const height = await page.locator('participe-survey').evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeLessThan(200);

    await allow('retroaction-pages');
    await allow('services-en-ligne');
    await page.reload();
    await widgetState(page, 'participe-page-feedback', 'open');
    await widgetState(page, 'participe-survey', 'open');
    await feedback.getByRole('button', { name: 'Oui' }).click();
    await feedback.getByRole('button', { name: 'Envoyer' }).click();
    await widgetState(page, 'participe-page-feedback', 'submitted');
    await page.close();
  });
});
