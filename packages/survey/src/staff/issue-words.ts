import { formatDate, formatNumber } from '@participe/core/element';
import { defineIssueWording, wordIssue, type Issue, type Language } from '@participe/core/schemas';
import { surveyIssueCodes } from '../issue-codes.js';

// The survey's issue codes as staff read them in the console: definition problems in the editor,
// refused answers in paper entry. French typography as in the console's strings.

const kindsFr = { page: 'de page', question: 'de question', choice: 'de choix' } as const;
const plural = (count: number, one: string, many: string) => (Math.abs(count) >= 2 ? many : one);
/** A bound: a number, or a date written YYYY-MM-DD (shown as a date). */
const bound = (language: Language, value: number | string) =>
  typeof value === 'number' ? formatNumber(language, value) : formatDate(language, `${value}T12:00:00`);
const fr = (value: number) => formatNumber('fr', value);
const en = (value: number) => formatNumber('en', value);

export const surveyIssueWording = defineIssueWording(surveyIssueCodes, {
  fr: {
    required: () => 'une réponse est obligatoire',
    consent_required: () => 'le consentement doit être donné',
    not_answerable: () => 'cet élément ne prend pas de réponse',
    hidden: () => 'cette question n’était pas affichée avec les autres réponses, elle ne peut donc pas avoir de réponse',
    unknown_question: () => 'cette question n’existe pas dans ce sondage',
    wrong_kind: () => 'ce genre de réponse ne convient pas à la question',
    not_a_choice: () => 'ne fait pas partie des choix de la question',
    other_missing: () => '«\u00a0Autre\u00a0» doit être précisé',
    too_long: ({ maximum }) => `doit compter au plus ${fr(maximum)} ${plural(maximum, 'caractère', 'caractères')}`,
    choose_at_least: ({ minimum }) => `choisir au moins ${fr(minimum)} ${plural(minimum, 'réponse', 'réponses')}`,
    choose_at_most: ({ maximum }) => `choisir au plus ${fr(maximum)} ${plural(maximum, 'réponse', 'réponses')}`,
    below_minimum: ({ minimum }) => (typeof minimum === 'number' ? `doit être d’au moins ${fr(minimum)}` : `doit être le ${bound('fr', minimum)} ou après`),
    above_maximum: ({ maximum }) => (typeof maximum === 'number' ? `doit être d’au plus ${fr(maximum)}` : `doit être le ${bound('fr', maximum)} ou avant`),
    not_whole: () => 'doit être un nombre entier',
    invalid_date: () => 'doit être une date écrite AAAA-MM-JJ',
    invalid_email: () => 'doit être une adresse courriel',
    invalid_postal_code: () => 'doit être un code postal canadien comme H2X 1Y4',
    ranking_incomplete: ({ count }) => `doit classer ${fr(count)} choix, chacun une fois`,
    matrix_incomplete: () => 'chaque ligne demande une réponse',
    duplicate_id: ({ kind, id }) => `l’identifiant ${kindsFr[kind]} «\u00a0${id}\u00a0» est utilisé plus d’une fois`,
    condition_refers_later: ({ question }) => `renvoie à «\u00a0${question}\u00a0», qui n’est pas une question posée plus tôt`,
    condition_needs_choice: ({ question, choice }) =>
      `«\u00a0includes\u00a0» demande un choix d’une question à choix multiples\u202f; «\u00a0${choice}\u00a0» n’est pas un choix de «\u00a0${question}\u00a0»`,
    condition_needs_number: ({ question, type }) =>
      `«\u00a0atLeast\u00a0» et «\u00a0atMost\u00a0» demandent une question number ou rating\u202f; «\u00a0${question}\u00a0» est ${type}`,
    condition_value_unfit: ({ question, value, type }) => `«\u00a0equals\u00a0» ${JSON.stringify(value)} ne peut pas répondre à «\u00a0${question}\u00a0» (${type})`,
    min_above_max: () => 'ne doit pas dépasser max',
    more_than_choices: ({ count }) => `ne peut pas dépasser les ${fr(count)} choix`,
    static_takes_no_answer: () => 'un texte fixe ne prend pas de réponse',
  },
  en: {
    required: () => 'an answer is required',
    consent_required: () => 'consent must be given',
    not_answerable: () => 'this item takes no answer',
    hidden: () => 'this question was not shown for the other answers, so it cannot be answered',
    unknown_question: () => 'no such question in this survey',
    wrong_kind: () => 'this kind of answer does not fit the question',
    not_a_choice: () => 'not one of the question’s choices',
    other_missing: () => '“Other” needs a description',
    too_long: ({ maximum }) => `must be at most ${en(maximum)} ${plural(maximum, 'character', 'characters')} long`,
    choose_at_least: ({ minimum }) => `choose at least ${en(minimum)} ${plural(minimum, 'answer', 'answers')}`,
    choose_at_most: ({ maximum }) => `choose at most ${en(maximum)} ${plural(maximum, 'answer', 'answers')}`,
    below_minimum: ({ minimum }) => (typeof minimum === 'number' ? `must be at least ${en(minimum)}` : `must be on or after ${bound('en', minimum)}`),
    above_maximum: ({ maximum }) => (typeof maximum === 'number' ? `must be at most ${en(maximum)}` : `must be on or before ${bound('en', maximum)}`),
    not_whole: () => 'must be a whole number',
    invalid_date: () => 'must be a date written YYYY-MM-DD',
    invalid_email: () => 'must be an email address',
    invalid_postal_code: () => 'must be a Canadian postal code such as H2X 1Y4',
    ranking_incomplete: ({ count }) => `must rank ${en(count)} choices, each once`,
    matrix_incomplete: () => 'every row needs an answer',
    duplicate_id: ({ kind, id }) => `${kind} id “${id}” is used more than once`,
    condition_refers_later: ({ question }) => `refers to “${question}”, which is not a question asked earlier`,
    condition_needs_choice: ({ question, choice }) => `“includes” needs a choice of a multiple-choice question; “${choice}” is not one of “${question}”`,
    condition_needs_number: ({ question, type }) => `“atLeast” and “atMost” need a number or rating question; “${question}” is ${type}`,
    condition_value_unfit: ({ question, value, type }) => `“equals” ${JSON.stringify(value)} cannot be an answer to “${question}” (${type})`,
    min_above_max: () => 'must not be more than max',
    more_than_choices: ({ count }) => `cannot be more than the ${en(count)} choices`,
    static_takes_no_answer: () => 'a static text takes no answer',
  },
});

const itemIdFormat = {
  fr: 'doit compter de 1 à 64 lettres minuscules, chiffres, «\u00a0-\u00a0» ou «\u00a0_\u00a0»',
  en: 'must be 1 to 64 lowercase letters, digits, “-” or “_”',
} as const;

/** The survey's codes (and its id format) in the console's words; undefined for core's. */
export function surveyIssueText(issue: Issue, language: Language): string | undefined {
  if (issue.code === 'invalid_format' && issue.params?.['format'] === 'item_id') return itemIdFormat[language];
  return wordIssue(surveyIssueWording, issue, language);
}
