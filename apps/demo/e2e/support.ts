import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@participe/tooling/chromium';
import { demoSignIn, startDemo } from '../src/demo.js';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The whole demo on free ports with a throwaway database, plus a Chromium. The seed lets this run's
 * site origin embed every example (the demo passes it to the collector).
 */
export async function startE2e() {
  const dataDir = mkdtempSync(join(tmpdir(), 'participe-e2e-'));
  const demo = await startDemo({ collectorPort: await freePort(), sitePort: await freePort(), dataDir, quiet: true });
  const token = await signIn(demo.collectorUrl);
  const browser = await launchChromium();
  return {
    ...demo,
    token,
    browser,
    async stop() {
      await browser.close();
      await demo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type E2e = Awaited<ReturnType<typeof startE2e>>;

export async function signIn(collectorUrl: string): Promise<string> {
  const response = await fetch(`${collectorUrl}v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoSignIn) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function staffApi(collectorUrl: string, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${collectorUrl}v1/staff/${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
}


/** Tabs forward until the deeply focused element (through shadow roots) matches, like a keyboard user looking for it. */
export async function tabTo(page: Page, matches: (element: { tag: string; text: string; label: string; id: string }) => boolean, maxTabs = 60): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return { tag: element?.localName ?? '', text: element?.textContent?.trim() ?? '', label: element?.getAttribute('aria-label') ?? '', id: element?.id ?? '' };
    });
    if (matches(focused)) return;
  }
  throw new Error(`no focusable element matched after ${maxTabs} Tab presses`);
}

/** Waits until a Participe widget on the page is in a state (its CSS custom state). */
export async function widgetState(page: Page, selector: string, state: string): Promise<void> {
  await page.waitForFunction(
    ([css, wanted]) => [...document.querySelectorAll(css!)].some((element) => element.matches(`:state(${wanted})`)),
    [selector, state],
    // Generous: the end-to-end suite shares two cores with the rest of CI.
    { timeout: 60_000 },
  );
}

export type { Browser, Page };

/** Signs in to the staff console through its form, as a member of staff would. */
export async function consoleSignIn(page: Page, consoleUrl: string, hash = ''): Promise<void> {
  await page.goto(`${consoleUrl}${hash}`);
  await page.getByLabel('Adresse courriel').fill(demoSignIn.email);
  await page.getByLabel('Mot de passe').fill(demoSignIn.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
