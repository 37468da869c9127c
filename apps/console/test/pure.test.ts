import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@participe/core/element';
import { fromLocalInput, startOfDay, toLocalInput } from '../src/dates.js';
import { issueText } from '../src/issue-text.js';
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

describe('issue messages', () => {
  it('are worded in French when the pattern is known, and marked English otherwise', () => {
    expect(issueText('must not be empty', 'fr')).toEqual({ text: 'ne doit pas être vide', lang: 'fr' });
    expect(issueText('must be at most 200 characters', 'fr').text).toBe('doit compter au plus 200 caractères');
    expect(issueText('expected int', 'fr').text).toBe('doit être un nombre entier');
    expect(issueText('unknown field "colour"', 'fr').text).toBe('champ inconnu\u00a0: "colour"');
    expect(issueText('must be "abc"', 'fr').text).toBe('doit être «\u00a0abc\u00a0»');
    expect(issueText('something new from the collector', 'fr')).toEqual({ text: 'something new from the collector', lang: 'en' });
    expect(issueText('must not be empty', 'en')).toEqual({ text: 'must not be empty', lang: 'en' });
  });

  it('word survey definitions and refused responses in French', () => {
    expect(issueText('refers to "recommander", which is not a question asked earlier', 'fr').text).toBe('renvoie à «\u00a0recommander\u00a0», qui n’est pas une question posée plus tôt');
    expect(issueText('"equals" "oui" cannot be an answer to "informer" (yes-no)', 'fr').text).toBe('«\u00a0equals\u00a0» "oui" ne peut pas répondre à «\u00a0informer\u00a0» (yes-no)');
    expect(issueText('question id "mot" is used more than once', 'fr').text).toBe('l’identifiant de question «\u00a0mot\u00a0» est utilisé plus d’une fois');
    expect(issueText('an answer is required', 'fr').text).toBe('une réponse est obligatoire');
    expect(issueText('must rank 3 choices, each once', 'fr').text).toBe('doit classer 3 choix, chacun une fois');
    // French typography holds in the worded issues too.
    const worded = ['refers to "a", which is not a question asked earlier', '"includes" needs a choice of a multiple-choice question; "b" is not one of "a"', '"other" needs a description'];
    expect(frenchTypographyProblems(Object.fromEntries(worded.map((message) => [message, issueText(message, 'fr').text])))).toEqual([]);
  });
});

describe('budget issue messages', () => {
  it('are worded in French, money included, with French typography', () => {
    expect(issueText('must be min plus a multiple of step', 'fr').text).toBe('doit être égal à min plus un multiple de step');
    expect(issueText('line id "police" is used more than once', 'fr').text).toBe('l’identifiant de poste «\u00a0police\u00a0» est utilisé plus d’une fois');
    expect(issueText('must be at most $36,000,000', 'fr').text).toBe('doit être d’au plus 36\u00a0000\u00a0000\u00a0$');
    expect(issueText('the budget must balance: it has a deficit of $3,220,000.50', 'fr').text).toBe('le budget doit être équilibré\u00a0: il présente un déficit de 3\u00a0220\u00a0000,50\u00a0$');
    expect(issueText('must be $28,000,000 plus a multiple of $250,000', 'fr').text).toBe('doit être égal à 28\u00a0000\u00a0000\u00a0$ plus un multiple de 250\u00a0000\u00a0$');
    const worded = [
      '"police" is a spending line: households pay through revenue lines',
      'cannot be met: even with every revenue at its max and every spending at its min, the deficit is larger',
      'the budget must balance: it has a surplus of $10',
    ];
    expect(frenchTypographyProblems(Object.fromEntries(worded.map((message) => [message, issueText(message, 'fr').text])))).toEqual([]);
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
