// Why the collector refused a contribution, in the citizen's words: each issue worded by its code.
// Loaded only when a refusal arrives (the schema library is there by then).
import { html, type TemplateResult } from 'lit';
import type { CollectorError } from '../client/collector-error.js';
import type { Language } from '../schemas/common.js';
import type { Issue } from '../schemas/errors.js';
import { coreIssueCodes, defineIssueWording, wordIssue } from '../schemas/issue-codes.js';
import { formatNumber } from './format.js';

const n = (language: Language) => (value: number) => formatNumber(language, value);
const fr = n('fr');
const en = n('en');
const plural = (count: number, one: string, many: string) => (Math.abs(count) >= 2 ? many : one);
const quoted = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

const typesFr: Record<string, string> = { string: 'du texte', number: 'un nombre', int: 'un nombre entier', boolean: 'oui ou non', object: 'un ensemble de réponses', array: 'une liste' };
const typesEn: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'yes or no', object: 'a set of answers', array: 'a list' };
const formatsFr: Record<string, string> = { email: 'une adresse courriel valide', url: 'une adresse Web valide', date: 'une date valide', datetime: 'une date et une heure valides' };
const formatsEn: Record<string, string> = { email: 'a valid email address', url: 'a valid web address', date: 'a valid date', datetime: 'a valid date and time' };

/**
 * Core's issue codes as a citizen reads them after "Your answer could not be accepted: …". Only
 * codes a widget's own submission can meet are worded at length; a widget words its own codes.
 */
export const citizenIssueWording = defineIssueWording(coreIssueCodes, {
  fr: {
    invalid_type: ({ expected }) => (expected === 'nonoptional' ? 'est obligatoire' : `doit être ${typesFr[expected] ?? 'd’un autre type'}`),
    too_small: ({ minimum, origin, inclusive, exact }) =>
      origin === 'string'
        ? minimum === 1 && !exact
          ? 'ne doit pas être vide'
          : `doit compter ${exact ? '' : 'au moins '}${fr(minimum)} ${plural(minimum, 'caractère', 'caractères')}`
        : origin === 'array'
          ? `doit compter ${exact ? '' : 'au moins '}${fr(minimum)} ${plural(minimum, 'élément', 'éléments')}`
          : inclusive === false
            ? `doit être supérieur à ${fr(minimum)}`
            : `doit être d’au moins ${fr(minimum)}`,
    too_big: ({ maximum, origin, inclusive, exact }) =>
      origin === 'string'
        ? `doit compter ${exact ? '' : 'au plus '}${fr(maximum)} ${plural(maximum, 'caractère', 'caractères')}`
        : origin === 'array'
          ? `doit compter ${exact ? '' : 'au plus '}${fr(maximum)} ${plural(maximum, 'élément', 'éléments')}`
          : inclusive === false
            ? `doit être inférieur à ${fr(maximum)}`
            : `doit être d’au plus ${fr(maximum)}`,
    invalid_format: ({ format }) => (formatsFr[format] ? `doit être ${formatsFr[format]}` : 'n’a pas la forme attendue'),
    invalid_value: ({ values }) => (values.length === 1 ? `doit être «\u00a0${String(values[0])}\u00a0»` : `doit être l’une des valeurs suivantes\u00a0: ${quoted(values)}`),
    unrecognized_keys: ({ keys }) => `${plural(keys.length, 'champ inconnu', 'champs inconnus')}\u00a0: ${quoted(keys)}`,
    invalid_union: () => 'ne correspond à aucune réponse permise',
    invalid_key: () => 'nom de champ non permis',
    not_multiple_of: ({ divisor }) => `doit être un multiple de ${fr(divisor)}`,
    dates_out_of_order: () => 'la fermeture doit suivre l’ouverture',
    taken: () => 'est déjà utilisé',
    cannot_change: ({ value }) => `ne peut pas changer\u00a0: doit rester «\u00a0${value}\u00a0»`,
    nul_character: () => 'contient un caractère non permis',
    unpaired_surrogate: () => 'contient un caractère non permis',
    too_deep: () => 'est trop imbriqué',
    context_undeclared: () => 'n’est pas un contexte prévu par cette initiative',
  },
  en: {
    invalid_type: ({ expected }) => (expected === 'nonoptional' ? 'is required' : `must be ${typesEn[expected] ?? 'of another type'}`),
    too_small: ({ minimum, origin, inclusive, exact }) =>
      origin === 'string'
        ? minimum === 1 && !exact
          ? 'must not be empty'
          : `must be ${exact ? 'exactly' : 'at least'} ${en(minimum)} ${plural(minimum, 'character', 'characters')} long`
        : origin === 'array'
          ? `must have ${exact ? 'exactly' : 'at least'} ${en(minimum)} ${plural(minimum, 'item', 'items')}`
          : `must be ${inclusive === false ? 'greater than' : 'at least'} ${en(minimum)}`,
    too_big: ({ maximum, origin, inclusive, exact }) =>
      origin === 'string'
        ? `must be ${exact ? 'exactly' : 'at most'} ${en(maximum)} ${plural(maximum, 'character', 'characters')} long`
        : origin === 'array'
          ? `must have ${exact ? 'exactly' : 'at most'} ${en(maximum)} ${plural(maximum, 'item', 'items')}`
          : `must be ${inclusive === false ? 'less than' : 'at most'} ${en(maximum)}`,
    invalid_format: ({ format }) => (formatsEn[format] ? `must be ${formatsEn[format]}` : 'is not in the expected form'),
    invalid_value: ({ values }) => (values.length === 1 ? `must be “${String(values[0])}”` : `must be one of ${quoted(values)}`),
    unrecognized_keys: ({ keys }) => `${plural(keys.length, 'unknown field', 'unknown fields')}: ${quoted(keys)}`,
    invalid_union: () => 'matches none of the allowed answers',
    invalid_key: () => 'field name not allowed',
    not_multiple_of: ({ divisor }) => `must be a multiple of ${en(divisor)}`,
    dates_out_of_order: () => 'the closing must come after the opening',
    taken: () => 'is already taken',
    cannot_change: ({ value }) => `cannot change: must stay “${value}”`,
    nul_character: () => 'holds a character that is not allowed',
    unpaired_surrogate: () => 'holds a character that is not allowed',
    too_deep: () => 'is nested too deeply',
    context_undeclared: () => 'is not a context this initiative takes',
  },
});

/** What a widget knows better than core about an issue: its own codes' words, and the name of what the path points at. */
export interface IssueDescription {
  /** What the issue is about, in the citizen's words (a question's label); else its path is shown. */
  field?: string | undefined;
  /** The widget's words for its own codes; else core's. */
  words?: string | undefined;
}

/**
 * "Your answer could not be accepted: …" with each reason worded by its code: the widget's own
 * codes by the widget, the others by core. Only a code neither knows shows the collector's English
 * message, marked `lang="en"` (as does a refusal without issues, whose message is English).
 */
export function refusalText(template: string, error: CollectorError, language: Language, describe: (issue: Issue) => IssueDescription): TemplateResult {
  if (!template.includes('{reason}')) return html`${template}`;
  const [before = '', after = ''] = template.split('{reason}');
  const separator = language === 'fr' ? '\u202f; ' : '; ';
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const reasons = error.issues.length
    ? error.issues.map((issue, index) => {
        const own = describe(issue);
        // A widget's words may be sentences; joined in one sentence, they lose their full stop.
        const words = own.words?.replace(/\.$/, '') ?? wordIssue(citizenIssueWording, issue, language);
        return html`${index ? separator : ''}${own.field ?? issue.path}${colon}${words ?? html`<span lang="en">${issue.message}</span>`}`;
      })
    : html`<span lang="en">${error.message}</span>`;
  return html`${before}${reasons}${after}`;
}
