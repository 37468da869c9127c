import { startLoader } from './loader.js';

// The one script a webmaster pastes:
//   <script src="https://collector.example.ca/widgets/embed.js" async></script>
// Bundles are fetched from the script's own folder; the collector is the site that serves it,
// unless the tag says otherwise with data-collector="https://…".
const script = document.currentScript as HTMLScriptElement | null;

/**
 * What the build that serves the widgets (`apps/widgets`) knows, written over this placeholder: the
 * room each widget takes while it loads (from each type's manifest), and the chunks each widget's
 * entry needs at once (preloaded beside it, so that they cost no extra round trip). A bare build
 * knows neither.
 */
const known = JSON.parse('{"__participe_build__":""}') as { heights?: Record<string, string>; preload?: Record<string, string[]> };

if (!script?.src) {
  console.error('[participe] embed.js must be loaded with a <script src="…"> tag (not as a module, not inline).');
} else {
  const assets = new URL('./', script.src).href;
  startLoader({ assets, collector: script.dataset['collector'] ?? new URL('../', assets).href, reservedHeights: known.heights, preload: known.preload });
}
