/**
 * Finds Participe widgets on a page and imports only their bundles. Two ways to place a widget:
 *
 *   <participe-page-feedback initiative="…"></participe-page-feedback>
 *   <div data-participe="page-feedback" data-initiative="…"></div>   (for CMSs that strip unknown tags)
 *
 * A widget's bundle is imported when the widget comes within reach of the viewport; widgets added
 * later (single-page sites) are found too.
 */

export interface LoaderOptions {
  /** Where widget bundles live (`…/widgets/`). */
  assets: string;
  /** The collector's address, given to widgets that do not name one. */
  collector: string;
  /** Room kept for each widget until its code arrives (no layout shift), by type: `{ survey: '24rem' }`. */
  reservedHeights?: Readonly<Record<string, string>> | undefined;
  /**
   * Chunks each widget needs as soon as it starts, relative to `assets` (`{ survey: ['chunks/x.js'] }`):
   * preloaded in parallel with the widget's entry instead of one after another.
   */
  preload?: Readonly<Record<string, readonly string[]>> | undefined;
  root?: Document;
  /** How to import a bundle; injectable for tests. */
  importBundle?: (url: string) => Promise<unknown>;
}

const namePattern = /^[a-z]+(?:-[a-z]+)*$/;
const prefix = 'participe-';

/** Attributes a `data-participe` container may pass on (as `data-…`), with every `data-context-…` one. */
const passedOn = ['initiative', 'collector', 'lang', 'strings', 'page', 'topic', 'context'];

export function startLoader({ assets, collector, reservedHeights = {}, preload = {}, root = document, importBundle = (url) => import(/* @vite-ignore */ url) }: LoaderOptions) {
  const requested = new Map<string, Promise<unknown>>();

  const preloaded = new Set<string>();
  const load = (name: string) => {
    if (!requested.has(name)) {
      for (const path of preload[name] ?? []) {
        const href = new URL(path, assets).href;
        if (preloaded.has(href)) continue;
        preloaded.add(href);
        const link = root.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        root.head.append(link);
      }
      const url = new URL(`${prefix}${name}.js`, assets).href;
      requested.set(
        name,
        importBundle(url).catch((error: unknown) => console.error(`[participe] could not load <${prefix}${name}> from ${url}:`, error)),
      );
    }
  };

  const nearViewport = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearViewport.unobserve(entry.target);
        load(entry.target.localName.slice(prefix.length));
      }
    },
    { rootMargin: '800px 0px' },
  );

  const adopt = (element: Element) => {
    const name = element.localName.slice(prefix.length);
    if (!namePattern.test(name) || customElements.get(element.localName)) return;
    if (!element.hasAttribute('collector')) element.setAttribute('collector', collector);
    nearViewport.observe(element);
  };

  const upgradeContainer = (container: HTMLElement) => {
    const name = container.dataset['participe'] ?? '';
    container.removeAttribute('data-participe');
    if (!namePattern.test(name)) {
      console.error(`[participe] data-participe="${name}" is not a widget name (e.g. "page-feedback")`);
      return;
    }
    const widget = root.createElement(`${prefix}${name}`);
    for (const attribute of passedOn) {
      const value = container.dataset[attribute];
      if (value !== undefined) widget.setAttribute(attribute, value);
    }
    for (const { name, value } of container.attributes) if (name.startsWith('data-context-')) widget.setAttribute(name.slice('data-'.length), value);
    container.append(widget);
    adopt(widget);
  };

  const scan = (node: Element | Document) => {
    for (const element of node instanceof Element ? [node, ...node.querySelectorAll('*')] : node.querySelectorAll('*')) {
      if (element instanceof HTMLElement && element.dataset['participe'] !== undefined) upgradeContainer(element);
      else if (element.localName.startsWith(prefix)) adopt(element);
    }
  };

  reserveSpace(root, reservedHeights);
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });

  return {
    /** Bundles asked for so far, by widget name. */
    requested,
    stop: () => {
      observer.disconnect();
      nearViewport.disconnect();
    },
  };
}

/**
 * Until a widget is defined, keep its room (a constructed stylesheet: allowed under a strict CSP,
 * and it touches nothing but Participe's own elements).
 */
function reserveSpace(root: Document, reservedHeights: Readonly<Record<string, string>>) {
  const sheet = new CSSStyleSheet();
  for (const [name, height] of Object.entries(reservedHeights)) {
    if (!namePattern.test(name) || !/^[\d.]+(?:rem|px|em)$/.test(height)) continue;
    sheet.insertRule(`${prefix}${name}:not(:defined){display:block;min-height:${height}}`);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
