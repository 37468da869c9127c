import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { fakeCollector, type FakeCollectorOptions } from '@participe/core/testing';

/** Every story talks to its own fake collector, at an address of its own. */
const collectors = 'https://collector.storybook/';
export const storyCollector = (storyId: string) => `${collectors}${storyId}/`;

const worker = setupWorker();
let started: Promise<unknown> | undefined;
/** Each story's fake, by story id: a Docs page renders many stories at once, each with its own. */
const fakes = new Map<string, ReturnType<typeof fakeCollector>>();

/**
 * Before each story: route its collector address to a fake built from the story's
 * `parameters.collector`, through msw's service worker (the widget's real fetch code runs). A story
 * opened again starts from a fresh fake.
 */
export async function mockCollector(storyId: string, options: FakeCollectorOptions | undefined): Promise<void> {
  started ??= worker.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }).then(() =>
    worker.use(
      http.all(`${collectors}*`, async ({ request }) => {
        const fake = fakes.get(decodeURIComponent(new URL(request.url).pathname.split('/')[1] ?? ''));
        if (!fake) return HttpResponse.json({ code: 'not_found', message: 'No story has this collector.' }, { status: 404 });
        try {
          return await fake.handle(request);
        } catch {
          return HttpResponse.error();
        }
      }),
    ),
  );
  fakes.set(storyId, fakeCollector(options));
  await started;
}

/** The same story with the host page in English (the toolbar switches any story live too). */
export const inEnglish = <S extends object>(story: S): S & { globals: { locale: 'en' } } => ({ ...story, globals: { locale: 'en' } });
