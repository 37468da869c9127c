import type { InitiativeFigures } from '@participe/core/schemas';
import type { Queryable } from './database.js';
import { iso } from './rows.js';

/** Days of the dashboard's series are Québec's days. */
export const DASHBOARD_TIME_ZONE = 'America/Toronto';

const add = (into: Record<string, number>, key: string, n: number) => (into[key] = (into[key] ?? 0) + n);
const earliest = (a: string | null, b: unknown) => (b == null ? a : a === null || iso(b) < a ? iso(b) : a);

/** `YYYY-MM-DD` of `date` in the dashboard's time zone. */
const dayOf = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: DASHBOARD_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** The `days` days ending with `now`'s, oldest first. */
function daysEnding(now: Date, days: number): string[] {
  const last = dayOf(now);
  const [year, month, day] = last.split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, index) => new Date(Date.UTC(year, month - 1, day - (days - 1 - index))).toISOString().slice(0, 10));
}

/**
 * Every initiative of an organisation with its figures, newest first. Three grouped queries, each
 * one pass over the organisation's contributions (the series only over its period), whatever the
 * number of initiatives: counted in SQL, never loaded. `answered` names the initiatives whose type
 * gives official answers.
 */
export async function organisationDashboard(db: Queryable, organisationId: string, now: Date, days: number, answered: (type: string) => boolean): Promise<InitiativeFigures[]> {
  const initiatives = await db.query<{ id: string; type: string; title: { fr: string; en: string }; status: InitiativeFigures['status'] }>(
    `SELECT id, type, settings->'title' AS title, status FROM initiatives WHERE organisation_id = $1 ORDER BY created_at DESC, id`,
    [organisationId],
  );
  const series = daysEnding(now, days);
  const figures = new Map<string, InitiativeFigures>(
    initiatives.map((row) => [
      row.id,
      {
        id: row.id,
        type: row.type,
        title: row.title,
        status: row.status,
        total: 0,
        byChannel: {},
        byLanguage: {},
        perDay: series.map((day) => ({ day, count: 0 })),
        moderation: { waiting: 0, hidden: 0, oldestSince: null },
        answers: answered(row.type) ? { awaiting: 0, oldestSince: null } : null,
      },
    ]),
  );
  if (!figures.size) return [];
  // The ids, not a join on the organisation: the planner then knows how many rows it reads and
  // aggregates them in a hash, rather than sorting 100,000 rows by text.
  const ids = [...figures.keys()];

  const [groups, perDay, awaiting] = await Promise.all([
    db.query<{ initiative_id: string; channel: string; language: string; n: number; waiting: number; hidden: number; oldest_waiting: Date | null }>(
      `SELECT c.initiative_id, c.channel, c.language, count(*)::int AS n,
         count(*) FILTER (WHERE c.moderation_state = 'pending' OR c.hidden_at IS NOT NULL)::int AS waiting,
         count(*) FILTER (WHERE c.hidden_at IS NOT NULL)::int AS hidden,
         min(COALESCE(c.hidden_at, c.received_at)) FILTER (WHERE c.moderation_state = 'pending' OR c.hidden_at IS NOT NULL) AS oldest_waiting
       FROM contributions c WHERE c.initiative_id = ANY($1::text[])
       GROUP BY c.initiative_id, c.channel, c.language`,
      [ids],
    ),
    db.query<{ initiative_id: string; day: string; n: number }>(
      `SELECT x.initiative_id, to_char(x.day, 'YYYY-MM-DD') AS day, x.n FROM (
         SELECT c.initiative_id, (c.received_at AT TIME ZONE $2)::date AS day, count(*)::int AS n
         FROM contributions c
         WHERE c.initiative_id = ANY($1::text[]) AND c.received_at >= ($3::date)::timestamp AT TIME ZONE $2
         GROUP BY 1, 2) x`,
      [ids, DASHBOARD_TIME_ZONE, series[0]],
    ),
    db.query<{ initiative_id: string; n: number; oldest: Date | null }>(
      `SELECT c.initiative_id, count(*)::int AS n, min(c.received_at) AS oldest
       FROM contributions c
       WHERE c.initiative_id = ANY($1::text[]) AND c.moderation_state = 'approved' AND c.hidden_at IS NULL AND c.channel <> 'organisation'
         AND NOT EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = c.id)
       GROUP BY c.initiative_id`,
      [ids.filter((id) => figures.get(id)!.answers)],
    ),
  ]);
  for (const row of groups) {
    const item = figures.get(row.initiative_id)!;
    const n = Number(row.n);
    item.total += n;
    add(item.byChannel, row.channel, n);
    add(item.byLanguage, row.language, n);
    item.moderation.waiting += Number(row.waiting);
    item.moderation.hidden += Number(row.hidden);
    item.moderation.oldestSince = earliest(item.moderation.oldestSince, row.oldest_waiting);
  }
  const index = new Map(series.map((day, position) => [day, position]));
  for (const row of perDay) {
    const position = index.get(row.day);
    if (position !== undefined) figures.get(row.initiative_id)!.perDay[position]!.count = Number(row.n);
  }
  for (const row of awaiting) {
    const answers = figures.get(row.initiative_id)!.answers!;
    answers.awaiting = Number(row.n);
    answers.oldestSince = row.oldest == null ? null : iso(row.oldest);
  }
  return [...figures.values()];
}
