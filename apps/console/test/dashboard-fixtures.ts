import type { Dashboard, InitiativeFigures } from '@participe/core/schemas';

// Dashboards as the collector answers them (`GET /v1/staff/dashboard`): figures per initiative.

const days = (count: number, end = '2026-02-28') =>
  Array.from({ length: count }, (_, index) => new Date(Date.parse(`${end}T00:00:00Z`) - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10));

export function figures(changes: Partial<InitiativeFigures> = {}): InitiativeFigures {
  return {
    id: 'retroaction-pages',
    type: 'page-feedback',
    title: { fr: 'Rétroaction sur les pages', en: 'Page feedback' },
    status: 'open',
    total: 1234,
    byChannel: { web: 1200, paper: 34 },
    byLanguage: { fr: 1000, en: 234 },
    perDay: days(30).map((day, index) => ({ day, count: index % 7 })),
    moderation: { waiting: 3, hidden: 1, oldestSince: '2026-02-25T10:00:00Z' },
    answers: null,
    ...changes,
  };
}

export const dashboard = (initiatives: InitiativeFigures[] = [figures()], changes: Partial<Dashboard> = {}): Dashboard => ({
  generatedAt: '2026-02-28T15:00:00Z',
  timeZone: 'America/Toronto',
  days: 30,
  initiatives,
  ...changes,
});

/** An idea board with ideas awaiting an official answer. */
export const boardFigures = () =>
  figures({
    id: 'idees-services',
    type: 'idea-board',
    title: { fr: 'Idées pour nos services', en: 'Ideas for our services' },
    total: 12,
    byChannel: { web: 11, organisation: 1 },
    byLanguage: { fr: 12 },
    moderation: { waiting: 0, hidden: 0, oldestSince: null },
    answers: { awaiting: 5, oldestSince: '2026-02-18T09:00:00Z' },
  });
