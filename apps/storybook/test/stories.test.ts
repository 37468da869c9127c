// Every story of the built Storybook, opened in Chromium: it renders, its play function passes,
// the widget ends in the state the story declares (`parameters.state`), and axe finds no
// WCAG 2.x A/AA violation — in the default theme; French stories also in the dark theme (where
// contrast is hardest), and the first open state of each widget in a ministry's own theme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@participe/tooling/chromium';
import { serveStatic } from '@participe/tooling/static-server';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(`${dist}index.json`, 'utf8')) as { entries: Record<string, { id: string; type: string; name: string }> };
const consoleView = (id: string) => id.startsWith('console-');
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && !consoleView(entry.id));
const consoleStories = Object.values(index.entries).filter((entry) => entry.type === 'story' && consoleView(entry.id));
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

const runs = stories.flatMap((story) => {
  const french = !story.id.endsWith('-english');
  const firstOpen = /--(open|first-page)$/.test(story.id);
  return ['quebec', ...(french ? ['dark'] : []), ...(firstOpen ? ['ministry'] : [])].map((theme) => ({ story, theme }));
});

/** How long a story may take to reach its state: generous, for a machine whose cores are shared. */
const SETTLE_MS = 60_000;

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
let consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

/**
 * Chromium's update check of msw's service worker (the stories' mock collector, not a widget)
 * sometimes fails on a loaded machine: infrastructure noise, not the widget's console.
 */
const infrastructure = (message: string) => message.includes('/mockServiceWorker.js');

/** Leaves the previous story first, so that its requests still running cannot report into the next one. */
async function freshPage(): Promise<Page> {
  if (!page) {
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && !infrastructure(message.text())) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => !infrastructure(error.message) && consoleErrors.push(error.message));
  }
  await page.goto('about:blank');
  consoleErrors = [];
  return page;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Outcome {
  phase: string | undefined;
  expected: string | undefined;
  /** The story shows the collector refusing a contribution (`parameters.refusal`): the browser logs that 4xx. */
  refusal: boolean;
  state: string | undefined;
  violations: Array<{ id: string; nodes: number; help: string }>;
}

async function open(id: string, theme: string): Promise<Outcome> {
  await freshPage();
  await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
  await page.waitForFunction(
    () => {
      const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    },
    undefined,
    { timeout: SETTLE_MS },
  );
  // Let a widget that is still loading or sending settle in its declared state (the assertions
  // below say which state it was in if it never does).
  await page
    .waitForFunction(
      () => {
        const expected = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { parameters?: { state?: string } } } } }).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters
          ?.state;
        const widget = [...document.querySelectorAll('#storybook-root *')].find((element) => element.localName.startsWith('participe-'));
        return !expected || !!widget?.matches(`:state(${expected})`);
      },
      undefined,
      { timeout: SETTLE_MS },
    )
    .catch(() => undefined);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string; story?: { parameters?: { state?: string; refusal?: boolean } } } } }).__STORYBOOK_PREVIEW__?.currentRender;
    const widget = [...document.querySelectorAll('#storybook-root *')].find((element) => element.localName.startsWith('participe-'));
    const states = ['loading', 'open', 'upcoming', 'closed', 'error', 'offline', 'submitted'];
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> } }).axe;
    const result = widget
      ? await axe.run(widget, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      : { violations: [{ id: 'no-widget', help: 'the story rendered no participe-* element', nodes: [] }] };
    return {
      phase: render?.phase,
      expected: render?.story?.parameters?.state,
      refusal: render?.story?.parameters?.refusal === true,
      state: widget ? states.find((state) => widget.matches(`:state(${state})`)) : undefined,
      violations: result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.length })),
    };
  });
}

describe('Storybook stories', () => {
  it('has stories to check', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(runs.map(({ story, theme }) => [`${story.id} (${theme})`, story.id, theme]))('%s', async (_name, id, theme) => {
    const outcome = await open(id, theme);
    expect(outcome.phase).toBe('finished');
    expect(outcome.expected, 'every story declares parameters.state').toBeDefined();
    expect(outcome.state).toBe(outcome.expected);
    expect(outcome.violations).toEqual([]);
    // Misconfigured widgets say so in the console, with the [participe] prefix; stories that cut the
    // network, or whose collector refuses the page's origin, show the browser's own failed-request lines. Nothing else may reach the console.
    const expected = (message: string) =>
      (outcome.expected === 'error' && (message.includes('[participe]') || message.startsWith('Failed to load resource: the server responded with a status of 403'))) ||
      (outcome.refusal && /^Failed to load resource: the server responded with a status of 4\d\d/.test(message)) ||
      ((outcome.expected === 'error' || outcome.expected === 'offline') && message.startsWith('Failed to load resource: net::'));
    expect(consoleErrors.filter((message) => !expected(message))).toEqual([]);
  }, 3 * SETTLE_MS);
});

/**
 * A Docs page renders every story of a widget at once, each with its own mocked collector. Each
 * example must reach its declared state (its starting state when it has a play function, which
 * Storybook does not run on Docs pages: loaded, not stuck on loading nor failed unless declared so).
 */
describe('Storybook Docs pages', () => {
  it('has Docs pages to check', () => {
    expect(docsPages.length).toBeGreaterThan(0);
  });

  it.each(docsPages.map((entry) => [entry.id]))('%s: every example reaches its state', async (id) => {
    await freshPage();
    await page.goto(`${server.url}iframe.html?id=${id}&viewMode=docs`);
    // Runs in the page: the examples, and those not (yet) where they should be.
    const check = () => {
      const states = ['loading', 'open', 'upcoming', 'closed', 'error', 'offline', 'submitted'];
      const examples = [...document.querySelectorAll<HTMLElement>('[data-expected-state]')];
      const off = examples.flatMap((example) => {
        const widget = [...example.querySelectorAll('*')].find((element) => element.localName.startsWith('participe-'));
        const state = widget ? states.find((candidate) => widget.matches(`:state(${candidate})`)) : undefined;
        const expected = example.dataset['expectedState'];
        const settled = example.dataset['played'] === 'true' ? state !== undefined && state !== 'loading' && (state !== 'error' || expected === 'error') : state === expected;
        return settled ? [] : [`${example.dataset['story']}: ${state ?? 'no widget'} (declared ${expected})`];
      });
      return { examples: examples.length, off };
    };
    await page.waitForFunction(`(() => { const outcome = (${check.toString()})(); return outcome.examples > 0 && outcome.off.length === 0; })()`, undefined, { timeout: SETTLE_MS }).catch(() => undefined);
    const outcome = await page.evaluate(check);
    expect(outcome.examples).toBeGreaterThan(1);
    expect(outcome.off).toEqual([]);
  }, 3 * SETTLE_MS);
});

/**
 * The staff console's views against the fake staff API: each shows its declared heading
 * (`parameters.heading`), and axe finds no WCAG 2.x A/AA violation in the whole console.
 */
describe('Storybook console views', () => {
  it('has console views to check', () => {
    expect(consoleStories.length).toBeGreaterThan(0);
  });

  it.each(consoleStories.map((entry) => [entry.id]))('%s', async (id) => {
    await freshPage();
    await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(
      () => {
        const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return phase === 'finished' || phase === 'errored' || phase === 'aborted';
      },
      undefined,
      { timeout: SETTLE_MS },
    );
    const heading = () =>
      page.evaluate(() => {
        const expected = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { parameters?: { heading?: string } } } } }).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.heading;
        const view = document.querySelector('participe-console main')?.firstElementChild;
        return { expected, shown: view?.shadowRoot?.querySelector('h1')?.textContent?.trim() };
      });
    await page.waitForFunction(
      () => {
        const expected = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { parameters?: { heading?: string } } } } }).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.heading;
        const view = document.querySelector('participe-console main')?.firstElementChild;
        // Loaded: the heading is the declared one and nothing says "loading" any more.
        return !!expected && view?.shadowRoot?.querySelector('h1')?.textContent?.trim() === expected && !view.shadowRoot.querySelector('[role="status"].muted');
      },
      undefined,
      { timeout: SETTLE_MS },
    ).catch(() => undefined);
    const { expected, shown } = await heading();
    expect(expected, 'every console story declares parameters.heading').toBeDefined();
    expect(shown).toBe(expected);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> } }).axe;
      // Storybook's accessibility addon may be running axe on the story itself: wait for it to finish.
      const run = async (): Promise<Awaited<ReturnType<typeof axe.run>>> => {
        try {
          return await axe.run(document.querySelector('participe-console')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        } catch (error) {
          if (!String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
          return run();
        }
      };
      const result = await run();
      return result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.length }));
    });
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 3 * SETTLE_MS);
});
