// Script injection end to end: hostile text typed into every widget of the demo site (from the
// contribution fixtures' `withText`, one page load per widget), shown back where the widget shows
// it (the survey's review step), sent through the widget to the real collector, then shown in the
// staff console and exported as CSV. Nothing may run (`window.__pwned` stays unset), no element may
// be made from the text, and the text must read exactly as typed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combinedInjection, formulaStart } from '@participe/core/testing';
import { consoleSignIn, type E2e, type Page, startE2e, staffApi, widgetState } from './support.js';
import { type DemoType, fixtures as typeFixtures } from './types.js';

const fixtures = Object.entries(typeFixtures) as Array<[DemoType, (typeof typeFixtures)[DemoType]]>;

/** The citizen's text: every script payload after a formula, within the longest comment a page-feedback takes. */
const TEXT = combinedInjection(500);
/** Staff-written text (titles), shown by widgets and the console. */
const TITLE = combinedInjection(200);
const PROBE = 'zzprobezz';

/**
 * How each widget keeps what a citizen typed (its draft), and the button that sends it. The test
 * puts the fixtures' `withText` payload in the draft, as if it had been typed before a reload; a
 * widget that shows the text back (the survey's review step) does so on load. A new type adds a line.
 */
interface WidgetSurface {
  draft(payload: Record<string, unknown>): unknown;
  send: string;
  /**
   * `own`: the widget stores what it sends in the type's own tables (a petition's signatures, which
   * staff never read back): the console and the export are checked on a paper entry of the same text.
   */
  stores?: 'own';
}

const widgets: Record<DemoType, WidgetSurface> = {
  'page-feedback': { draft: (payload) => ({ answer: payload['answer'], comment: payload['comment'] }), send: 'Envoyer' },
  survey: { draft: (payload) => ({ answers: payload['answers'], reviewing: true }), send: 'Envoyer mes réponses' },
  budget: { draft: (payload) => ({ values: payload['values'], comment: payload['comment'] }), send: 'Envoyer mon budget' },
  'idea-board': { draft: (payload) => ({ ...payload, open: true }), send: 'Envoyer mon idée' },
  testimonials: { draft: (payload) => ({ ...payload, open: true }), send: 'Envoyer mon témoignage' },
  petition: { draft: (payload) => ({ ...payload, email: 'injection@example.ca', consent: true }), send: 'Signer', stores: 'own' },
  qa: { draft: (payload) => ({ question: payload['question'], name: payload['name'] }), send: 'Envoyer la question' },
};

/** Where `withText` puts the citizen's text in a payload (found with a probe). */
function textsOf(payload: unknown, probe: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, marker: unknown) => {
    if (marker === PROBE && typeof value === 'string' && value.trim()) texts.push(value.trim());
    else if (value && typeof value === 'object' && marker && typeof marker === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, (marker as Record<string, unknown>)[key]);
    }
  };
  walk(payload, probe);
  return texts;
}

/** The French demo page embedding an initiative (by element attribute or `data-` container). */
function demoPageOf(initiative: string): string {
  const site = fileURLToPath(new URL('../site/', import.meta.url));
  const page = readdirSync(site)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .find((file) => new RegExp(`initiative="${initiative}"`).test(readFileSync(`${site}${file}`, 'utf8')));
  if (!page) throw new Error(`no demo page embeds ${initiative}`);
  return page;
}

/** What the page shows and what it made, across every shadow root (evaluated in the browser). */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const elements: Element[] = [];
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        elements.push(element);
        (element as Element & { inShadow?: boolean }).inShadow = inShadow;
        if (element.shadowRoot) walk(element.shadowRoot, true);
      }
    };
    walk(document, false);
    const textOf = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
      const element = node as Element;
      if (element.localName === 'textarea' || element.localName === 'input') return (element as HTMLTextAreaElement).value;
      const children = [...(element.shadowRoot?.childNodes ?? []), ...node.childNodes];
      return children.map(textOf).join('');
    };
    texts.push(textOf(document.body));
    const made = elements.filter((element) => {
      const handler = [...element.attributes].some((attribute) => attribute.name.startsWith('on'));
      const scriptUrl = /^\s*javascript:/i.test(element.getAttribute('href') ?? '') || /^\s*javascript:/i.test(element.getAttribute('src') ?? '');
      // Legitimate links and icons exist; one made from the text carries the text's markers in its attributes (or, a script, its code).
      const markers = [...element.attributes].map((attribute) => attribute.value).join(' ') + (element.localName === 'script' ? (element.textContent ?? '') : '');
      const fromText = (element as Element & { inShadow?: boolean }).inShadow && ['script', 'iframe', 'img', 'base', 'meta', 'math', 'mglyph', 'svg', 'a'].includes(element.localName) && /pwned|evil\.example|^x$/.test(markers);
      const style = element.localName === 'style' && (element.textContent ?? '').includes('display:none!important');
      return handler || scriptUrl || fromText || style;
    });
    return { pwned: (window as { __pwned?: unknown }).__pwned, made: made.map((element) => element.outerHTML.slice(0, 120)), text: texts.join('') };
  });
}

/** Waits until the page (across shadow roots) reads every text; the assertions after it say which is missing. */
async function waitForTexts(page: Page, texts: string[]): Promise<void> {
  await page
    .waitForFunction(
      (wanted) => {
        const read = (node: Node): string =>
          node.nodeType === Node.TEXT_NODE
            ? (node.nodeValue ?? '')
            : ['textarea', 'input'].includes((node as Element).localName)
              ? (node as HTMLTextAreaElement).value
              : [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes].map(read).join('');
        const text = read(document.body);
        return wanted.every((item) => text.includes(item));
      },
      texts,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
}

/** A tiny RFC 4180 reader: quoted cells, doubled quotes, CRLF records. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('script injection through the demo site, the console and the export', () => {
  let e2e: E2e;
  /** The citizen's texts as each initiative should show them (trimmed, as stored). */
  const typed = new Map<string, string[]>();

  beforeAll(async () => {
    e2e = await startE2e();
    for (const [, fixture] of fixtures) {
      const id = fixture.initiative.id;
      typed.set(id, textsOf(fixture.withText(TEXT), fixture.withText(PROBE)));
      // Staff-written text too: the title every surface may show.
      const current = (await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${id}`)).json()) as { settings: Record<string, unknown> };
      const saved = await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${id}`, { method: 'PUT', body: JSON.stringify({ ...current.settings, title: { fr: TITLE, en: TITLE } }) });
      expect(saved.status, await saved.clone().text()).toBe(200);
    }
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('has a widget surface for every type with fixtures', () => {
    for (const [type] of fixtures) expect(widgets, `add ${type} to the widgets of this test`).toHaveProperty([type]);
    for (const texts of typed.values()) expect(texts.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map(([type]) => type))('%s: shows the text back as text, runs nothing, and sends it', async (type) => {
    const fixture = typeFixtures[type];
    const widget = widgets[type]!;
    const tag = `participe-${type}`;
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // The draft the widget reads first is the one a citizen would have typed.
    await page.addInitScript(
      ({ prefix, draft }) => {
        const getItem = Storage.prototype.getItem;
        let seeded = false;
        Storage.prototype.getItem = function (key: string) {
          if (!seeded && key.startsWith(prefix)) {
            seeded = true;
            this.setItem(key, JSON.stringify(draft));
          }
          return getItem.call(this, key);
        };
      },
      { prefix: `participe:draft:${tag}:`, draft: widget.draft(fixture.withText(TEXT) as Record<string, unknown>) },
    );
    await page.goto(`${e2e.siteUrl}${demoPageOf(fixture.initiative.id)}`);
    const element = `${tag}[initiative="${fixture.initiative.id}"]`;
    await widgetState(page, element, 'open');
    const texts = typed.get(fixture.initiative.id)!;
    await waitForTexts(page, texts);

    const shown = await inspect(page);
    expect(shown.pwned).toBeUndefined();
    expect(shown.made).toEqual([]);
    for (const text of texts) expect(shown.text, `${type} shows ${JSON.stringify(text.slice(0, 40))}`).toContain(text);

    await page.locator(element).getByRole('button', { name: widget.send, exact: true }).click();
    await widgetState(page, element, 'submitted');
    const after = await inspect(page);
    expect(after.pwned).toBeUndefined();
    expect(after.made).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    if (widget.stores === 'own') {
      // Staff read it back only from paper: the same text keyed in, for the console and export checks below.
      const entered = await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${fixture.initiative.id}/contributions`, {
        method: 'POST',
        body: JSON.stringify({ channel: 'paper', language: 'fr', payload: fixture.withText(TEXT), idempotencyKey: crypto.randomUUID() }),
      });
      expect(entered.status, await entered.clone().text()).toBe(201);
    }
    // Stored as typed (texts trimmed): the markup reached the collector untouched.
    const listed = (await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${fixture.initiative.id}/contributions`)).json()) as { items: Array<{ channel: string; payload: unknown }> };
    const web = listed.items.filter((item) => item.channel === (widget.stores === 'own' ? 'paper' : 'web'));
    expect(web).toHaveLength(1);
    for (const text of texts) expect(JSON.stringify(web[0]!.payload)).toContain(JSON.stringify(text).slice(1, -1));
  });

  it('shows every payload and title in the staff console as text, running nothing', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const [first, ...others] = fixtures.map(([, fixture]) => fixture.initiative.id);
    await consoleSignIn(page, e2e.consoleUrl, `#/initiatives/${first}/contributions`);
    for (const id of [first!, ...others]) {
      if (id !== first) await page.evaluate((hash) => (location.hash = hash), `#/initiatives/${id}/contributions`);
      await waitForTexts(page, typed.get(id)!);
      const shown = await inspect(page);
      expect(shown.pwned, id).toBeUndefined();
      expect(shown.made, id).toEqual([]);
      for (const text of typed.get(id)!) expect(shown.text, `${id} shows ${JSON.stringify(text.slice(0, 40))}`).toContain(text);
    }
    // Titles, on the list of initiatives.
    await page.evaluate(() => (location.hash = '#/initiatives'));
    await page.locator('ul.cards h2').first().waitFor({ timeout: 60_000 });
    await waitForTexts(page, [TITLE]);
    const list = await inspect(page);
    expect(list.pwned).toBeUndefined();
    expect(list.made).toEqual([]);
    expect(list.text).toContain(TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports CSV that no spreadsheet runs, with the texts readable', async () => {
    for (const [, fixture] of fixtures) {
      const id = fixture.initiative.id;
      const csv = await (await staffApi(e2e.collectorUrl, e2e.token, `initiatives/${id}/export?format=csv&lang=fr`)).text();
      const rows = parseCsv(csv);
      expect(rows.length).toBe(2);
      expect(rows[1]!.length).toBe(rows[0]!.length);
      for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(formulaStart);
      for (const text of typed.get(id)!) {
        const defused = formulaStart.test(text) ? `'${text}` : text;
        expect(rows[1]!.some((cell) => cell === defused || cell.includes(text)), `${id} ${JSON.stringify(text.slice(0, 40))}`).toBe(true);
      }
      // The first text starts with a formula: its cell is defused, not dropped.
      expect(rows[1]!.some((cell) => cell.startsWith(`'${typed.get(id)![0]}`))).toBe(true);
    }
  });
});
