import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../schemas/common.js';

/** Québec public bodies publish in French first: a page without a usable `lang` gets French. */
export const defaultLanguage: Language = 'fr';

/** `en`, `en-CA`, `EN` → `en`; anything else → `fr`. */
export function toLanguage(tag: string | null | undefined): Language {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : tag?.trim().toLowerCase().startsWith('fr') ? 'fr' : defaultLanguage;
}

/** The nearest non-empty `lang`, from the element up, crossing shadow roots to their hosts. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** The document and every shadow root between it and the element: where a `lang` change can matter. */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(root);
  return roots;
}

/**
 * Keeps an element's language in step with the nearest `lang`: resolved on connection and again
 * whenever a `lang` attribute changes anywhere above it, so a page can switch language live.
 * Each element watches its own ancestors: no page-global language state.
 */
export class LanguageController implements ReactiveController {
  value: Language = defaultLanguage;
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = toLanguage(nearestLang(this.host));
    this.observer = new MutationObserver(() => this.refresh());
    for (const root of rootsAbove(this.host)) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    // The host's own attribute lives outside its shadow root but inside the roots above: covered.
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = toLanguage(nearestLang(this.host));
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}
