import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { fakeCollector, type FakeCollectorOptions } from '@participe/core/testing';

/** Every story talks to its own fake collector, at an address of its own. */
export const storyCollector = (storyId: string) => `https://collector.storybook/${storyId}/`;

const worker = setupWorker();
let started: Promise<unknown> | undefined;

/**
 * Before each story: route its collector address to a fake built from the story's
 * `parameters.collector`, through msw's service worker (the widget's real fetch code runs).
 */
export async function mockCollector(storyId: string, options: FakeCollectorOptions | undefined): Promise<void> {
  started ??= worker.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  await started;
  const fake = fakeCollector(options);
  worker.resetHandlers(
    http.all(`${storyCollector(storyId)}*`, async ({ request }) => {
      try {
        return await fake.handle(request);
      } catch {
        return HttpResponse.error();
      }
    }),
  );
}

/** The same story with the host page in English (the toolbar switches any story live too). */
export const inEnglish = <S extends object>(story: S): S & { globals: { locale: 'en' } } => ({ ...story, globals: { locale: 'en' } });
