import type { FakeCollector } from './fake-collector.js';

const states = ['loading', 'open', 'upcoming', 'closed', 'error', 'offline', 'submitted'] as const;

/** The widget's current state, read from its CSS custom state (`:state(open)`). */
export function stateOf(element: Element): string | undefined {
  return states.find((state) => element.matches(`:state(${state})`));
}

/** Resolves once `predicate` holds; fails with `what` after `timeoutMs`. */
// Generous: CI runs browser tests beside other suites on two cores.
export async function until(predicate: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const untilState = (element: Element, state: (typeof states)[number], timeoutMs?: number) =>
  until(() => stateOf(element) === state, `state "${state}" (now "${stateOf(element)}")`, timeoutMs);

let collectors = 0;

/**
 * Routes this page's `fetch` to a fake collector at a fresh address (clients are shared per
 * address, so each test gets its own). Returns the address and a function that restores `fetch`.
 */
export function serveFake(fake: FakeCollector): { collector: string; restore: () => void } {
  const original = globalThis.fetch;
  const collector = `https://collector-${++collectors}.test/`;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(collector) ? fake.fetch(input, init) : original(input, init);
  };
  return { collector, restore: () => (globalThis.fetch = original) };
}
