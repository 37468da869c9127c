import { BulkCoding, ContributionCoding, ThemeRequest, validate, type CodableText, type StaffContribution, type StaffInitiative, type Theme } from '@participe/core/schemas';
import { type SurveyDefinition } from '@participe/survey/manifest';
import { json, refuse } from './fake-http.js';

// The qualitative-coding routes as the collector answers them (`apps/collector/src/routes/staff/analysis.ts`):
// themes per initiative, assignments beside the payload (never in it), counts per field. The
// caller checks the initiative belongs to the organisation and the `contributions:code` permission.

export interface FakeAnalysis {
  themes: Map<string, Theme[]>;
}

let sequence = 0;
const themeId = () => `00000000-0000-4000-a000-${String(++sequence).padStart(12, '0')}`;

/** A survey's text questions, as its server facet lists them; nothing for the other types. */
export function fieldsOf(initiative: StaffInitiative): CodableText[] {
  if (initiative.settings.type !== 'survey') return [];
  return (initiative.settings.definition as SurveyDefinition).pages
    .flatMap((page) => page.questions)
    .filter((question) => question.type === 'text' || question.type === 'long-text')
    .map((question) => ({ id: `answers.${question.id}`, label: question.label }));
}

const answered = (contribution: StaffContribution, field: string) => {
  if (field === '') return true;
  let value: unknown = contribution.payload;
  for (const key of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '';
};

/** The contributions list's coding filters: `theme`, `uncoded` and `field`. */
export function codingFilter(params: URLSearchParams) {
  const field = params.get('field') ?? '';
  const theme = params.get('theme');
  const uncoded = params.get('uncoded') === 'true';
  return (c: StaffContribution) => {
    const on = (c.themes ?? []).filter((assigned) => assigned.field === field);
    if (theme && !on.some((assigned) => assigned.theme === theme)) return false;
    return !uncoded || (on.length === 0 && answered(c, field));
  };
}

export function analysisRoute(state: FakeAnalysis, initiative: StaffInitiative, contributions: StaffContribution[], method: string, rest: string, body: unknown): Response | undefined {
  const id = initiative.settings.id;
  const themes = state.themes.get(id) ?? [];
  state.themes.set(id, themes);
  const own = contributions.filter((c) => c.initiative === id);
  const counted = (theme: Theme): Theme => {
    const counts: Record<string, number> = {};
    for (const c of own) for (const assigned of c.themes ?? []) if (assigned.theme === theme.id) counts[assigned.field] = (counts[assigned.field] ?? 0) + 1;
    return { ...theme, counts };
  };
  if (rest === 'themes' && method === 'GET') {
    const fields = fieldsOf(initiative);
    const total: Record<string, number> = {};
    const uncoded: Record<string, number> = {};
    for (const field of ['', ...fields.map((text) => text.id)]) {
      total[field] = own.filter((c) => answered(c, field)).length;
      uncoded[field] = own.filter(codingFilter(new URLSearchParams({ field, uncoded: 'true' }))).length;
    }
    return json(200, { themes: themes.map(counted), fields, total, uncoded });
  }
  if (rest === 'themes' && method === 'POST') {
    const checked = validate(ThemeRequest, body);
    if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
    const theme: Theme = { id: themeId(), name: checked.value.name, colour: checked.value.colour ?? null, counts: {} };
    themes.push(theme);
    return json(201, theme);
  }
  const one = /^themes\/([^/]+)$/.exec(rest);
  if (one) {
    const index = themes.findIndex((theme) => theme.id === one[1]);
    if (index < 0) return refuse(404, 'not_found', 'This initiative has no theme with this id.');
    if (method === 'DELETE') {
      themes.splice(index, 1);
      for (const c of own) if (c.themes) c.themes = c.themes.filter((assigned) => assigned.theme !== one[1]);
      return new Response(null, { status: 204 });
    }
    const checked = validate(ThemeRequest, body);
    if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
    themes[index] = { ...themes[index]!, name: checked.value.name, colour: checked.value.colour ?? null };
    return json(200, counted(themes[index]!));
  }
  const coding = /^contributions\/([^/]+)\/themes$/.exec(rest);
  if (coding && method === 'PUT') {
    const checked = validate(ContributionCoding, body);
    if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
    const index = contributions.findIndex((c) => c.id === coding[1] && c.initiative === id);
    if (index < 0) return refuse(404, 'not_found', 'This initiative has no contribution with this id.');
    const { field, themes: chosen } = checked.value;
    const others = (contributions[index]!.themes ?? []).filter((assigned) => assigned.field !== field);
    const next = [...others, ...chosen.map((theme) => ({ theme, field }))];
    const { themes: _themes, ...rest } = contributions[index]!;
    contributions[index] = next.length ? { ...rest, themes: next } : rest;
    return json(200, contributions[index]);
  }
  if (rest === 'coding' && method === 'POST') {
    const checked = validate(BulkCoding, body);
    if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
    const { field, add, remove, contributions: ids } = checked.value;
    for (const [index, c] of contributions.entries()) {
      if (c.initiative !== id || !ids.includes(c.id)) continue;
      const kept = (c.themes ?? []).filter((assigned) => assigned.field !== field || !remove.includes(assigned.theme));
      for (const theme of add) if (!kept.some((assigned) => assigned.field === field && assigned.theme === theme)) kept.push({ theme, field });
      const { themes: _themes, ...bare } = c;
      contributions[index] = kept.length ? { ...bare, themes: kept } : bare;
    }
    return json(200, { contributions: new Set(ids).size });
  }
  return undefined;
}
