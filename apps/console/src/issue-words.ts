// The collector's and the schemas' issues in the console's words, by code: core's codes here, a
// type's own codes by its staff facet (`wordIssue`). Nothing parses the English `message`: it is
// shown, marked as English, only for a code no table knows.
import { formatNumber } from '@participe/core/element';
import * as z from 'zod/mini';
import { coreIssueCodes, defineIssueWording, wordIssue, type Issue, type Language } from '@participe/core/schemas';
import type { IssueText, StaffFacet } from '@participe/core/staff';

const plural = (count: number, one: string, many: string) => (Math.abs(count) >= 2 ? many : one);
const quoted = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');
const fr = (value: number) => formatNumber('fr', value);
const en = (value: number) => formatNumber('en', value);

const typesFr: Record<string, string> = { string: 'du texte', number: 'un nombre', int: 'un nombre entier', boolean: 'vrai ou faux', object: 'un objet', array: 'une liste' };
const typesEn: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list' };

/** `invalid_format` by format: zod's, and core's named patterns. */
const formatsFr: Record<string, string> = {
  datetime: 'doit être une date et heure valide',
  date: 'doit être une date valide (AAAA-MM-JJ)',
  url: 'doit être une adresse Web valide',
  email: 'doit être une adresse courriel valide',
  uuid: 'doit être un identifiant valide',
  slug: 'doit compter de 1 à 64 lettres minuscules, chiffres ou traits d’union',
  origin: 'doit être une origine comme https://www.quebec.ca',
  type_name: 'doit être un nom de type comme «\u00a0survey\u00a0»',
  whole_number: 'doit être un nombre entier',
  cursor: 'doit être un curseur reçu avec une page précédente',
  colour: 'doit être une couleur comme #1f6feb',
  coding_field: 'doit désigner la contribution entière ou une réponse à texte libre',
};
const formatsEn: Record<string, string> = {
  datetime: 'must be a valid date and time',
  date: 'must be a valid date (YYYY-MM-DD)',
  url: 'must be a valid web address',
  email: 'must be a valid email address',
  uuid: 'must be a valid identifier',
  slug: 'must be 1 to 64 lowercase letters, digits or hyphens',
  origin: 'must be an origin such as https://www.quebec.ca',
  type_name: 'must be a type name such as “survey”',
  whole_number: 'must be a whole number',
  cursor: 'must be a cursor received with a previous page',
  colour: 'must be a colour such as #1f6feb',
  coding_field: 'must name the whole contribution or a free-text answer',
};

/** The collector's own staff codes, besides core's: a new password it finds guessable (`score` of 0–4, `minimum` needed). */
const staffIssueCodes = { ...coreIssueCodes, weak_password: z.object({ score: z.number(), minimum: z.number() }) };

/** Core's codes as staff read them next to a field: short, lowercase, after "Field: ". */
export const consoleIssueWording = defineIssueWording(staffIssueCodes, {
  fr: {
    invalid_type: ({ expected }) => (expected === 'nonoptional' ? 'est obligatoire' : `doit être ${typesFr[expected] ?? expected}`),
    too_small: ({ minimum, origin, inclusive, exact }) =>
      origin === 'string'
        ? minimum === 1 && !exact
          ? 'ne doit pas être vide'
          : `doit compter ${exact ? 'exactement' : 'au moins'} ${fr(minimum)} ${plural(minimum, 'caractère', 'caractères')}`
        : origin === 'array'
          ? `doit compter ${exact ? 'exactement' : 'au moins'} ${fr(minimum)} ${plural(minimum, 'élément', 'éléments')}`
          : inclusive === false
            ? `doit être supérieur à ${fr(minimum)}`
            : `doit être d’au moins ${fr(minimum)}`,
    too_big: ({ maximum, origin, inclusive, exact }) =>
      origin === 'string'
        ? `doit compter ${exact ? 'exactement' : 'au plus'} ${fr(maximum)} ${plural(maximum, 'caractère', 'caractères')}`
        : origin === 'array'
          ? `doit compter ${exact ? 'exactement' : 'au plus'} ${fr(maximum)} ${plural(maximum, 'élément', 'éléments')}`
          : inclusive === false
            ? `doit être inférieur à ${fr(maximum)}`
            : `doit être d’au plus ${fr(maximum)}`,
    invalid_format: ({ format }) => formatsFr[format] ?? `n’a pas la forme attendue (${format})`,
    invalid_value: ({ values }) => (values.length === 1 ? `doit être «\u00a0${String(values[0])}\u00a0»` : `doit être l’une des valeurs suivantes\u00a0: ${quoted(values)}`),
    unrecognized_keys: ({ keys }) => `${plural(keys.length, 'champ inconnu', 'champs inconnus')}\u00a0: ${quoted(keys)}`,
    invalid_union: ({ discriminator, options }) =>
      discriminator ? `${discriminator} inconnu${options?.length ? ` (permis\u00a0: ${options.join(', ')})` : ''}` : 'ne correspond à aucune forme permise',
    invalid_key: () => 'nom de champ non permis',
    not_multiple_of: ({ divisor }) => `doit être un multiple de ${fr(divisor)}`,
    dates_out_of_order: () => 'la fermeture doit suivre l’ouverture',
    taken: () => 'est déjà utilisé',
    weak_password: () => 'est trop facile à deviner : choisissez une phrase de passe de plusieurs mots sans lien, pas un mot de passe courant ni une suite',
    cannot_change: ({ value }) => `ne peut pas être modifié\u00a0: doit rester «\u00a0${value}\u00a0»`,
    nul_character: ({ key }) => (key ? 'un nom de champ contient le caractère NUL (\\u0000)' : 'ne doit pas contenir le caractère NUL (\\u0000)'),
    unpaired_surrogate: ({ key }) => (key ? 'un nom de champ contient un caractère Unicode incomplet' : 'contient un caractère Unicode incomplet'),
    too_deep: ({ maximum }) => `compte plus de ${fr(maximum)} niveaux imbriqués`,
    context_undeclared: () => 'n’est pas un champ de contexte déclaré par l’initiative',
  },
  en: {
    invalid_type: ({ expected }) => (expected === 'nonoptional' ? 'is required' : `must be ${typesEn[expected] ?? expected}`),
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
    invalid_format: ({ format }) => formatsEn[format] ?? `is not in the expected form (${format})`,
    invalid_value: ({ values }) => (values.length === 1 ? `must be “${String(values[0])}”` : `must be one of ${quoted(values)}`),
    unrecognized_keys: ({ keys }) => `${plural(keys.length, 'unknown field', 'unknown fields')}: ${quoted(keys)}`,
    invalid_union: ({ discriminator, options }) =>
      discriminator ? `unknown ${discriminator}${options?.length ? ` (allowed: ${options.join(', ')})` : ''}` : 'does not match any allowed shape',
    invalid_key: () => 'field name not allowed',
    not_multiple_of: ({ divisor }) => `must be a multiple of ${en(divisor)}`,
    dates_out_of_order: () => 'the closing must come after the opening',
    taken: () => 'is already taken',
    weak_password: () => 'is too easy to guess: choose a passphrase of several unrelated words, not a common password or a sequence',
    cannot_change: ({ value }) => `cannot be changed: must stay “${value}”`,
    nul_character: ({ key }) => (key ? 'a field name holds the NUL character (\\u0000)' : 'must not contain the NUL character (\\u0000)'),
    unpaired_surrogate: ({ key }) => (key ? 'a field name holds an incomplete Unicode character' : 'holds an incomplete Unicode character'),
    too_deep: ({ maximum }) => `nests deeper than ${en(maximum)} levels`,
    context_undeclared: () => 'is not a context field the initiative declares',
  },
});

/**
 * An issue in the console's `language`, by its code: the type's own codes by its staff facet,
 * core's from the table above. A code neither knows (or without its figures) shows the issue's
 * English message, marked as English.
 */
export function issueText(issue: Issue, language: Language, facet?: Pick<StaffFacet, 'wordIssue'>): IssueText {
  const words = facet?.wordIssue?.(issue, language) ?? wordIssue(consoleIssueWording, issue, language);
  return words === undefined ? { text: issue.message, lang: 'en' } : { text: words, lang: language };
}
