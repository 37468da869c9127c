import type { FakeCollector } from './fake-collector.js';

const states = ['loading', 'open', 'upcoming', 'closed', 'error', 'offline', 'submitted'] as const;

/** The widget's current state, read from its CSS custom state (`:state(open)`). */
export function stateOf(element: Element | null | undefined): string | undefined {
  return element ? states.find((state) => element.matches(`:state(${state})`)) : undefined;
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

/**
 * Waits for a widget to reach a state. Pass a function to find the widget when it may not be
 * rendered yet, or may be replaced (a view that mounts a fresh one).
 */
export const untilState = (target: Element | (() => Element | null | undefined), state: (typeof states)[number], timeoutMs?: number) => {
  const element = () => (typeof target === 'function' ? target() : target);
  return until(() => stateOf(element()) === state, `state "${state}" (now "${stateOf(element())}")`, timeoutMs);
};

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

/** What a widget must never touch on the public side: cookies and the usual fingerprinting sources. */
const trackedNavigator = ['userAgent', 'userAgentData', 'platform', 'hardwareConcurrency', 'deviceMemory', 'plugins', 'mimeTypes', 'getBattery', 'connection', 'mediaDevices', 'keyboard'];
const trackedScreen = ['colorDepth', 'pixelDepth', 'availWidth', 'availHeight'];

export interface TrackingWatch {
  /** What was touched, e.g. `document.cookie`, `navigator.userAgentData`, `canvas.toDataURL`, with where from. */
  readonly touched: ReadonlyArray<{ what: string; stack: string }>;
  /** Puts every original back. */
  restore(): void;
}

/**
 * Spies on `document.cookie` (read and write), fingerprinting-prone `navigator` and `screen`
 * properties, and the calls that read pixels or graphics details back (canvas `toDataURL`,
 * `toBlob`, `getImageData`, WebGL `getParameter`/`readPixels`, audio contexts). Drawing on a
 * canvas is fine (charts do); reading it back is how canvases fingerprint.
 */
export function watchTracking(): TrackingWatch {
  const touched: Array<{ what: string; stack: string }> = [];
  const restores: Array<() => void> = [];
  const note = (what: string) => touched.push({ what, stack: new Error().stack ?? '' });

  const spyProperty = (target: object, name: string, label: string) => {
    let owner: object | null = target;
    let descriptor: PropertyDescriptor | undefined;
    while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, name))) owner = Object.getPrototypeOf(owner) as object | null;
    if (!descriptor) return;
    const original = descriptor;
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: original.enumerable ?? true,
      get(this: unknown) {
        note(label);
        return original.get ? original.get.call(this) : original.value;
      },
      set(this: unknown, value: unknown) {
        note(`${label} (written)`);
        original.set?.call(this, value);
      },
    });
    restores.push(() => {
      if (owner === target) Object.defineProperty(target, name, original);
      else delete (target as Record<string, unknown>)[name];
    });
  };
  const spyMethod = (prototype: object | undefined, name: string, label: string) => {
    const original = prototype && (prototype as Record<string, unknown>)[name];
    if (typeof original !== 'function') return;
    (prototype as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      note(label);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restores.push(() => ((prototype as Record<string, unknown>)[name] = original));
  };

  spyProperty(document, 'cookie', 'document.cookie');
  for (const name of trackedNavigator) spyProperty(navigator, name, `navigator.${name}`);
  for (const name of trackedScreen) spyProperty(screen, name, `screen.${name}`);
  spyMethod(globalThis.HTMLCanvasElement?.prototype, 'toDataURL', 'canvas.toDataURL');
  spyMethod(globalThis.HTMLCanvasElement?.prototype, 'toBlob', 'canvas.toBlob');
  spyMethod(globalThis.CanvasRenderingContext2D?.prototype, 'getImageData', 'canvas.getImageData');
  spyMethod(globalThis.OffscreenCanvasRenderingContext2D?.prototype, 'getImageData', 'offscreen canvas.getImageData');
  for (const gl of [globalThis.WebGLRenderingContext, globalThis.WebGL2RenderingContext]) {
    spyMethod(gl?.prototype, 'getParameter', 'webgl.getParameter');
    spyMethod(gl?.prototype, 'readPixels', 'webgl.readPixels');
  }
  for (const name of ['AudioContext', 'OfflineAudioContext']) spyProperty(globalThis, name, name);
  return {
    touched,
    restore: () => {
      for (const restore of restores.reverse()) restore();
    },
  };
}
