import type { ReportSettings, ReportText } from '@participe/core/schemas';
import type { Queryable } from './database.js';

/** `YYYY-MM-DD` as both drivers return a `date` (a Date at UTC midnight, or text). */
const dayText = (value: unknown): string | null => (value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

const empty: ReportSettings = { text: null, expectedBy: null, publishOn: null, themes: [], answers: [], figuresPublished: false };

/** An initiative's report and publication settings (the defaults while none is saved). */
export async function findReport(db: Queryable, initiativeId: string): Promise<ReportSettings> {
  const [row] = await db.query(
    `SELECT text, to_char(expected_by, 'YYYY-MM-DD') AS expected_by, to_char(publish_on, 'YYYY-MM-DD') AS publish_on, cited_themes, cited_answers, figures_published
     FROM initiative_reports WHERE initiative_id = $1`,
    [initiativeId],
  );
  if (!row) return empty;
  return {
    text: (row.text as ReportText | null) ?? null,
    expectedBy: dayText(row.expected_by),
    publishOn: dayText(row.publish_on),
    themes: (row.cited_themes as string[]).map(String),
    answers: (row.cited_answers as string[]).map(String),
    figuresPublished: Boolean(row.figures_published),
  };
}

export async function saveReport(db: Queryable, initiativeId: string, report: ReportSettings): Promise<void> {
  await db.query(
    `INSERT INTO initiative_reports (initiative_id, text, expected_by, publish_on, cited_themes, cited_answers, figures_published, updated_at)
     VALUES ($1, $2::jsonb, $3::date, $4::date, $5::uuid[], $6::uuid[], $7, now())
     ON CONFLICT (initiative_id) DO UPDATE SET text = EXCLUDED.text, expected_by = EXCLUDED.expected_by, publish_on = EXCLUDED.publish_on,
       cited_themes = EXCLUDED.cited_themes, cited_answers = EXCLUDED.cited_answers, figures_published = EXCLUDED.figures_published, updated_at = now()`,
    [initiativeId, report.text ? JSON.stringify(report.text) : null, report.expectedBy, report.publishOn, report.themes, report.answers, report.figuresPublished],
  );
}

/** Contributions per theme of an initiative (any field), for the themes given, in their order. */
export async function themeCounts(db: Queryable, initiativeId: string, only?: readonly string[]): Promise<Array<{ id: string; name: { fr: string; en: string }; count: number }>> {
  const rows = await db.query<{ id: string; name_fr: string; name_en: string; n: number }>(
    `SELECT t.id, t.name_fr, t.name_en, (SELECT count(DISTINCT ct.contribution_id)::int FROM contribution_themes ct WHERE ct.theme_id = t.id) AS n
     FROM themes t WHERE t.initiative_id = $1 ${only ? 'AND t.id = ANY($2::uuid[])' : ''} ORDER BY t.created_at, t.id`,
    only ? [initiativeId, only] : [initiativeId],
  );
  const counted = rows.map((row) => ({ id: String(row.id), name: { fr: row.name_fr, en: row.name_en }, count: Number(row.n) }));
  return only ? only.flatMap((id) => counted.filter((theme) => theme.id === id)) : counted;
}

/** Aggregates of one initiative for open data: totals by channel, language and month (Québec time). Counts only. */
export async function openCounts(db: Queryable, initiativeId: string, timeZone: string) {
  const rows = await db.query<{ channel: string; language: string; month: string; n: number }>(
    `SELECT channel, language, to_char(received_at AT TIME ZONE $2, 'YYYY-MM') AS month, count(*)::int AS n
     FROM contributions WHERE initiative_id = $1 AND moderation_state <> 'rejected' GROUP BY 1, 2, 3`,
    [initiativeId, timeZone],
  );
  const byChannel: Record<string, number> = {};
  const byLanguage: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    const n = Number(row.n);
    total += n;
    byChannel[row.channel] = (byChannel[row.channel] ?? 0) + n;
    byLanguage[row.language] = (byLanguage[row.language] ?? 0) + n;
    byMonth[row.month] = (byMonth[row.month] ?? 0) + n;
  }
  return { total, byChannel, byLanguage, byMonth: Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => a.localeCompare(b))) };
}
