import type { OpenFigures, PublicReport, ReportSettings } from '@participe/core/schemas';
import { invalid } from '../http/errors.js';
import type { Queryable } from '../storage/database.js';
import type { InitiativeRecord } from '../storage/initiatives.js';
import { DASHBOARD_TIME_ZONE } from '../storage/dashboard.js';
import { findReport, openCounts, themeCounts } from '../storage/reports.js';
import { ownContributions, ownThemes } from '../storage/themes.js';
import { loadPublic, publicSpec } from './public-contributions.js';
import { computeResults } from './results.js';

/** Open data is published under the Creative Commons Attribution 4.0 licence (Québec's open data licence). */
export const OPEN_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** Today in Québec, `YYYY-MM-DD`: a report is public from its day's midnight there. */
export const today = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: DASHBOARD_TIME_ZONE }).format(now);

/** Refuses a report that cites what is not the initiative's, or publishes nothing written. */
export async function checkReport(db: Queryable, initiative: InitiativeRecord, report: ReportSettings): Promise<void> {
  if (report.publishOn && !report.text) {
    throw invalid('Write the report before choosing the day it is published.', [{ path: 'text', code: 'invalid_type', params: { expected: 'object' }, message: 'is required to publish the report' }]);
  }
  const themes = await ownThemes(db, initiative.id, report.themes);
  const strangerThemes = report.themes.filter((id) => !themes.has(id));
  if (strangerThemes.length) throw invalid('The report cites themes of another initiative.', [{ path: 'themes', code: 'invalid_value', params: { values: [...themes] }, message: `unknown themes: ${strangerThemes.join(', ')}` }]);
  if (!report.answers.length) return;
  const spec = publicSpec(initiative);
  const own = await ownContributions(db, initiative.id, report.answers);
  const answered = spec ? new Set((await loadPublic(db, initiative, [...own])).filter((item) => item.response).map((item) => item.id)) : new Set<string>();
  const strangers = report.answers.filter((id) => !answered.has(id));
  if (strangers.length) {
    throw invalid('The report links to contributions that are not public with an official answer of this initiative.', [
      { path: 'answers', code: 'invalid_value', params: { values: [...answered] }, message: `not public answered contributions: ${strangers.join(', ')}` },
    ]);
  }
}

/**
 * What a widget shows: the report once its day has come (with the counts of the themes it cites
 * and the answers it links to, as the public may read them), else the day it is promised by.
 */
export async function publicReport(db: Queryable, initiative: InitiativeRecord, now: Date): Promise<PublicReport> {
  const report = await findReport(db, initiative.id);
  if (report.text && report.publishOn && report.publishOn <= today(now)) {
    const themes = (await themeCounts(db, initiative.id, report.themes)).map(({ name, count }) => ({ name, count }));
    const answers = publicSpec(initiative)
      ? (await loadPublic(db, initiative, report.answers)).flatMap((item) => (item.response ? [{ id: item.id, payload: item.payload, response: item.response }] : []))
      : [];
    return { state: 'published', publishedOn: report.publishOn, text: report.text, themes, answers };
  }
  return report.expectedBy ? { state: 'expected', expectedBy: report.expectedBy } : { state: 'none' };
}

/** An initiative's open data, when its organisation published its figures: aggregates only. */
export async function openFigures(db: Queryable, initiative: InitiativeRecord, now: Date): Promise<OpenFigures | undefined> {
  if (!(await findReport(db, initiative.id)).figuresPublished) return undefined;
  const [counts, themes, results] = await Promise.all([
    openCounts(db, initiative.id, DASHBOARD_TIME_ZONE),
    themeCounts(db, initiative.id),
    initiative.resultsPublished ? computeResults(db, initiative) : Promise.resolve(undefined),
  ]);
  return {
    initiative: initiative.id,
    type: initiative.type,
    title: initiative.settings.title,
    organisation: initiative.organisation.name,
    status: initiative.status,
    generatedAt: now.toISOString(),
    licence: OPEN_LICENCE,
    ...counts,
    themes: themes.map(({ name, count }) => ({ name, count })),
    results: results ?? null,
  };
}

/** The same figures as CSV rows: one per figure (`figure`, `key`, both labels, `count`). */
export function openFiguresRows(figures: OpenFigures): Array<[string, string, string, string, number]> {
  return [
    ['total', '', 'Total', 'Total', figures.total],
    ...Object.entries(figures.byChannel).map(([key, n]): [string, string, string, string, number] => ['channel', key, key, key, n]),
    ...Object.entries(figures.byLanguage).map(([key, n]): [string, string, string, string, number] => ['language', key, key === 'fr' ? 'Français' : 'Anglais', key === 'fr' ? 'French' : 'English', n]),
    ...Object.entries(figures.byMonth).map(([key, n]): [string, string, string, string, number] => ['month', key, key, key, n]),
    ...figures.themes.map((theme, index): [string, string, string, string, number] => ['theme', String(index + 1), theme.name.fr, theme.name.en, theme.count]),
  ];
}
