import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@participe/core/element';
import { fromLocalInput, startOfDay, toLocalInput } from '../src/dates.js';
import { validate, type Issue } from '@participe/core/schemas';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import { pageFeedbackIssueWording } from '@participe/page-feedback/staff';
import { surveyIssueWording } from '@participe/survey/staff';
import { consoleIssueWording, issueText } from '../src/issue-words.js';
import { InitiativeSettingsInput, staffFacetOf } from '../src/type-registry.js';
import { can } from '../src/permissions.js';
import { matchRoute, pathFromHash, pathOf, type RouteDefinition } from '../src/router.js';
import { strings } from '../src/strings.js';

describe('strings', () => {
  it('follow French typography (no-break spaces before : ? ! ;)', () => {
    expect(frenchTypographyProblems(strings.fr)).toEqual([]);
  });

  it('count in both languages', () => {
    expect(strings.fr.contributionCount(0, '0')).toBe('0 contribution');
    expect(strings.fr.contributionCount(2, '2')).toBe('2 contributions');
    expect(strings.en.contributionCount(1, '1')).toBe('1 contribution');
    expect(strings.en.contributionCount(0, '0')).toBe('0 contributions');
  });
});

describe('router', () => {
  const view = (path: string): RouteDefinition => ({ path, load: async () => undefined, render: () => undefined as never });
  const routes = [view('/initiatives'), view('/new-initiative'), view('/initiatives/:id'), view('/initiatives/:id/contributions')];

  it('reads console paths from the hash, defaulting to the initiatives', () => {
    expect(pathFromHash('#/initiatives/abc/')).toBe('/initiatives/abc');
    expect(pathFromHash('#/initiatives?x=1')).toBe('/initiatives');
    expect(pathFromHash('')).toBe('/initiatives');
    expect(pathFromHash('#main')).toBe('/initiatives');
  });

  it('matches literal paths and parameters, decoding them', () => {
    expect(matchRoute(routes, '/new-initiative')?.route.path).toBe('/new-initiative');
    expect(matchRoute(routes, '/initiatives/mon-id/contributions')).toMatchObject({ route: { path: '/initiatives/:id/contributions' }, params: { id: 'mon-id' } });
    expect(matchRoute(routes, '/initiatives/a%20b')?.params).toEqual({ id: 'a b' });
    expect(matchRoute(routes, '/initiatives/%E0%A4%A')).toBeUndefined();
    expect(matchRoute(routes, '/nowhere')).toBeUndefined();
    expect(pathOf({ path: '/initiatives/:id/contributions' }, { id: 'a/b' })).toBe('/initiatives/a%2Fb/contributions');
  });
});

const { organisation, status, resultsPublished, ...pageFeedbackSettings } = pageFeedbackExample;

describe('issue messages', () => {
  const issue = (code: string, params?: Issue['params'], message = `the collector's English for ${code}`): Issue => ({ path: 'x', code, ...(params && { params }), message });
  const french = (value: Issue) => issueText(value, 'fr', undefined);
  const survey = staffFacetOf('survey');

  it('are worded by code and figures, never from the English message', () => {
    expect(french(issue('too_small', { minimum: 1, origin: 'string' }))).toEqual({ text: 'ne doit pas être vide', lang: 'fr' });
    expect(french(issue('too_big', { maximum: 200, origin: 'string' })).text).toBe('doit compter au plus 200 caractères');
    expect(french(issue('too_big', { maximum: 2000, origin: 'number' })).text).toBe('doit être d’au plus 2\u00a0000');
    expect(french(issue('invalid_type', { expected: 'int' })).text).toBe('doit être un nombre entier');
    expect(french(issue('invalid_type', { expected: 'nonoptional' })).text).toBe('est obligatoire');
    expect(french(issue('unrecognized_keys', { keys: ['colour'] })).text).toBe('champ inconnu\u00a0: "colour"');
    expect(french(issue('invalid_value', { values: ['abc'] })).text).toBe('doit être «\u00a0abc\u00a0»');
    expect(french(issue('invalid_format', { format: 'origin' })).text).toBe('doit être une origine comme https://www.quebec.ca');
    expect(french(issue('taken')).text).toBe('est déjà utilisé');
    expect(issueText(issue('too_small', { minimum: 1, origin: 'string' }), 'en')).toEqual({ text: 'must not be empty', lang: 'en' });
  });

  it('fall back to the English message, marked so, for an unknown code or missing figures', () => {
    expect(french(issue('something_new', undefined, 'something new from the collector'))).toEqual({ text: 'something new from the collector', lang: 'en' });
    expect(french(issue('custom', undefined, 'a check without a code'))).toEqual({ text: 'a check without a code', lang: 'en' });
    expect(french(issue('too_big', { origin: 'string' }, 'must be at most 3 characters'))).toEqual({ text: 'must be at most 3 characters', lang: 'en' });
  });

  it('word what the schemas report, end to end', () => {
    const checked = validate(InitiativeSettingsInput, { ...pageFeedbackSettings, definition: { commentMaxLength: 5000, colour: 'bleu' }, opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' });
    const words = checked.ok ? [] : checked.issues.map((found) => `${found.path}: ${issueText(found, 'fr', staffFacetOf('page-feedback')).text}`);
    expect(words).toContain('definition.commentMaxLength: doit être d’au plus 2\u00a0000');
    expect(words).toContain('definition: champ inconnu\u00a0: "colour"');
  });

  it('leave a type’s own codes to its facet: survey definitions and refused responses in French', () => {
    expect(issueText(issue('condition_refers_later', { question: 'recommander' }), 'fr', survey).text).toBe('renvoie à «\u00a0recommander\u00a0», qui n’est pas une question posée plus tôt');
    expect(issueText(issue('condition_value_unfit', { question: 'informer', value: 'oui', type: 'yes-no' }), 'fr', survey).text).toBe(
      '«\u00a0equals\u00a0» "oui" ne peut pas répondre à «\u00a0informer\u00a0» (yes-no)',
    );
    expect(issueText(issue('duplicate_id', { kind: 'question', id: 'mot' }), 'fr', survey).text).toBe('l’identifiant de question «\u00a0mot\u00a0» est utilisé plus d’une fois');
    expect(issueText(issue('required'), 'fr', survey).text).toBe('une réponse est obligatoire');
    expect(issueText(issue('ranking_incomplete', { count: 3 }), 'fr', survey).text).toBe('doit classer 3 choix, chacun une fois');
    expect(issueText(issue('invalid_format', { format: 'item_id' }), 'fr', survey).text).toContain('lettres minuscules');
    // Core's codes still come from the console's table; another type's codes are not the survey's.
    expect(issueText(issue('taken'), 'fr', survey).text).toBe('est déjà utilisé');
    expect(issueText(issue('query_or_fragment'), 'fr', survey).lang).toBe('en');
    expect(issueText(issue('query_or_fragment'), 'fr', staffFacetOf('page-feedback')).text).toBe('ne doit contenir ni paramètres (?) ni fragment (#)');
  });

  it('follow French typography for every code', () => {
    const worded = (wording: { codes: object; words: { fr: Record<string, (params: never) => string> } }, samples: Record<string, object>) =>
      Object.fromEntries(Object.keys(wording.codes).map((code) => [code, wording.words.fr[code]!((samples[code] ?? {}) as never)]));
    const coreSamples: { [C in keyof typeof consoleIssueWording.words.fr]: Parameters<(typeof consoleIssueWording.words.fr)[C]>[0] } = {
      invalid_type: { expected: 'string' },
      weak_password: { score: 1, minimum: 3 },
      too_small: { minimum: 2, origin: 'array' },
      too_big: { maximum: 2, origin: 'string' },
      invalid_format: { format: 'slug' },
      invalid_value: { values: ['a', 'b'] },
      unrecognized_keys: { keys: ['a', 'b'] },
      invalid_union: { discriminator: 'type', options: ['a', 'b'] },
      invalid_key: {},
      not_multiple_of: { divisor: 2 },
      dates_out_of_order: {},
      taken: {},
      cannot_change: { value: 'abc' },
      nul_character: { key: true },
      unpaired_surrogate: {},
      too_deep: { maximum: 64 },
      context_undeclared: {},
    };
    const surveySamples = {
      too_long: { maximum: 2 },
      choose_at_least: { minimum: 2 },
      choose_at_most: { maximum: 2 },
      below_minimum: { minimum: '2026-01-01' },
      above_maximum: { maximum: 2 },
      ranking_incomplete: { count: 2 },
      duplicate_id: { kind: 'choice', id: 'a' },
      condition_refers_later: { question: 'a' },
      condition_needs_choice: { question: 'a', choice: 'b' },
      condition_needs_number: { question: 'a', type: 'text' },
      condition_value_unfit: { question: 'a', value: true, type: 'text' },
      more_than_choices: { count: 2 },
    };
    for (const table of [worded(consoleIssueWording, coreSamples), worded(surveyIssueWording, surveySamples), worded(pageFeedbackIssueWording, {})]) {
      expect(frenchTypographyProblems(table)).toEqual([]);
    }
  });
});

describe('dates', () => {
  it('round-trips datetime-local values through instants with an offset', () => {
    const instant = fromLocalInput('2026-03-01T09:30');
    expect(instant).toMatch(/^2026-03-01T09:30:00[+-]\d{2}:\d{2}$/);
    expect(toLocalInput(instant)).toBe('2026-03-01T09:30');
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('not a date')).toBe('not a date');
  });

  it('gives the local midnight of a day, or of a later one', () => {
    expect(Date.parse(startOfDay('2026-02-28')!)).toBe(new Date(2026, 1, 28).getTime());
    expect(Date.parse(startOfDay('2026-02-28', 1)!)).toBe(new Date(2026, 2, 1).getTime());
    expect(startOfDay('28/02/2026')).toBeUndefined();
  });
});

describe('permissions', () => {
  it('mirror the collector’s roles', () => {
    expect(can('editor', 'initiatives:write')).toBe(true);
    expect(can('editor', 'contributions:read')).toBe(false);
    expect(can('analyst', 'contributions:export')).toBe(true);
    expect(can('moderator', 'contributions:export')).toBe(false);
    expect(can('moderator', 'contributions:enter')).toBe(true);
  });
});
