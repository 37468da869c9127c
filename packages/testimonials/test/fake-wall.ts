// The testimonial wall's routes as the collector answers them, in memory: for browser tests and
// stories (core's fake collector routes an initiative's other paths here, see `FakeCollectorOptions.routes`).
import type { ContributionEnvelope, OfficialResponse, PublicContribution } from '@participe/core/schemas';
import type { PublicTestimonial, ServiceSummary, TestimonialsInitiative } from '../src/manifest.js';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const uuid = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let sequence = 0;

/** A published testimonial as the collector lists it. */
export function sampleTestimonial(payload: PublicTestimonial, changes: Partial<PublicContribution> = {}): PublicContribution {
  sequence += 1;
  return {
    id: uuid(sequence),
    language: 'fr',
    receivedAt: new Date(Date.UTC(2026, 2, 1 + sequence, 14)).toISOString(),
    byOrganisation: false,
    editedAt: null,
    payload,
    response: null,
    ...changes,
  };
}

export const replied = (status: string, fr?: string, en?: string): OfficialResponse => ({
  status,
  text: fr && en ? { fr, en } : null,
  duplicateOf: null,
  respondedAt: '2026-04-02T15:00:00.000Z',
});

/** Testimonials of the example wall: one with a change made, one edited with a change planned, one replied, one plain. */
export function exampleTestimonials(): PublicContribution[] {
  return [
    sampleTestimonial(
      { text: 'Une heure d’attente au comptoir sans savoir combien de temps il restait.', service: 'comptoirs', rating: 2, firstName: 'Marc', region: 'Montérégie' },
      { response: replied('change-made', 'Un écran affiche maintenant le temps d’attente dans nos 12 comptoirs.', 'A screen now shows the waiting time at our 12 counters.') },
    ),
    sampleTestimonial(
      { text: 'Le formulaire en ligne s’efface quand la session expire.', service: 'en-ligne', rating: 3 },
      { editedAt: '2026-03-20T10:00:00.000Z', response: replied('change-planned', 'La sauvegarde automatique arrive cet automne.', 'Automatic saving comes this fall.') },
    ),
    sampleTestimonial(
      { text: 'Rendez-vous pris en deux minutes, très bon accueil.', service: 'permis', rating: 5, firstName: 'Jeanne', region: 'Estrie' },
      { response: replied('reply', 'Merci, nous transmettons vos bons mots à l’équipe.', 'Thank you, we are passing your kind words on to the team.') },
    ),
    sampleTestimonial({ text: 'Les heures d’ouverture manquaient sur la page.', service: 'comptoirs' }, { language: 'en' }),
  ];
}

/** The summary the collector would compute over `items` (every one approved). */
export function summaryOf(initiative: TestimonialsInitiative, items: readonly PublicContribution[]): ServiceSummary[] {
  return initiative.definition.services.map(({ id }) => {
    const ratings = items.map((item) => item.payload as PublicTestimonial).filter((payload) => payload.service === id);
    const rated = ratings.filter((payload) => payload.rating !== undefined).map((payload) => payload.rating!);
    const average = rated.length ? Math.round((rated.reduce((sum, value) => sum + value, 0) / rated.length) * 10) / 10 : null;
    return { service: id, count: ratings.length, rated: rated.length, average };
  });
}

export interface FakeWallOptions {
  items?: PublicContribution[];
  /**
   * The list fails: answered with this status (a failing collector), or `unreadable`, a 200 the wall
   * cannot read (stories use it: the browser logs no failed request, which the Storybook check forbids).
   */
  listFailure?: number | 'unreadable';
}

/** What the fake saw: reports sent, requests made. */
export interface FakeWall {
  routes(request: Request, initiative: string, path: string, stored: readonly ContributionEnvelope[]): Promise<Response | undefined>;
  reports: Array<{ id: string; participant: string; reason: string }>;
  requests: string[];
}

/** A wall in memory for `initiatives` (by id): newest first, by service, a page at a time; its summary; reports. */
export function fakeWall(initiatives: Record<string, TestimonialsInitiative>, options: FakeWallOptions = {}): FakeWall {
  const items = [...(options.items ?? [])];
  const wall: FakeWall = {
    reports: [],
    requests: [],
    async routes(request, id, path) {
      const initiative = initiatives[id];
      if (!initiative) return undefined;
      const url = new URL(request.url);
      wall.requests.push(`${request.method} ${path}${url.search}`);
      if (request.method === 'GET' && path === 'testimonials') {
        if (options.listFailure === 'unreadable') return json(200, { unexpected: true });
        if (options.listFailure) return json(options.listFailure, { code: 'unavailable', message: 'Down.' });
        const service = url.searchParams.get('service');
        const list = items.filter((item) => !service || (item.payload as PublicTestimonial).service === service).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
        const start = Number(url.searchParams.get('cursor') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 12);
        return json(200, { items: list.slice(start, start + limit), nextCursor: start + limit < list.length ? String(start + limit) : null, total: list.length });
      }
      if (request.method === 'GET' && path === 'testimonials/summary') return json(200, { services: summaryOf(initiative, items) });
      const reportMatch = /^public-contributions\/([^/]+)\/reports$/.exec(path);
      if (request.method === 'POST' && reportMatch) {
        const { participant, reason } = (await request.json()) as { participant: string; reason: string };
        wall.reports.push({ id: reportMatch[1]!, participant, reason });
        return json(201, { reported: true });
      }
      return undefined;
    },
  };
  return wall;
}
