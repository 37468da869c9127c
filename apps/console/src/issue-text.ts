import type { Language } from '@participe/core/schemas';

/** An issue message ready to show, with the language it is actually written in. */
export interface IssueText {
  text: string;
  lang: Language;
}

const typeNamesFr: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux',
  object: 'un objet',
  array: 'une liste',
};

const formatNamesFr: Record<string, string> = {
  datetime: 'une date et heure valide',
  url: 'une adresse Web valide',
  email: 'une adresse courriel valide',
  uuid: 'un identifiant valide',
};

/** `$1,234,567.50` (the collector's English money) the French way: `1 234 567,50 $`. */
const frMoney = (amount: string) => `${amount.replace(/,/g, '\u00a0').replace('.', ',')}\u00a0$`;

const items = (count: string) => (count === '1' ? 'élément' : 'éléments');
const characters = (count: string) => (count === '1' ? 'caractère' : 'caractères');

/**
 * French for the English sentences that core's `toIssues` and the collector write (zod/mini has no
 * message locale, and the collector answers in English). Anything unknown stays English, marked so.
 */
const french: [RegExp, (...groups: string[]) => string][] = [
  [/^expected (\w+)$/, (type) => `doit être ${typeNamesFr[type] ?? type}`],
  [/^must not be empty$/, () => 'ne doit pas être vide'],
  [/^must be at least (\d+) characters$/, (n) => `doit compter au moins ${n} ${characters(n)}`],
  [/^must be at most (\d+) characters$/, (n) => `doit compter au plus ${n} ${characters(n)}`],
  [/^must have at least (\d+) item\(s\)$/, (n) => `doit compter au moins ${n} ${items(n)}`],
  [/^must have at most (\d+) item\(s\)$/, (n) => `doit compter au plus ${n} ${items(n)}`],
  [/^must be at least (-?[\d.]+)$/, (n) => `doit être d’au moins ${n}`],
  [/^must be greater than (-?[\d.]+)$/, (n) => `doit être supérieur à ${n}`],
  [/^must be at most (-?[\d.]+)$/, (n) => `doit être d’au plus ${n}`],
  [/^must be less than (-?[\d.]+)$/, (n) => `doit être inférieur à ${n}`],
  [/^must be a multiple of (-?[\d.]+)$/, (n) => `doit être un multiple de ${n}`],
  [/^must be a valid (\w+)$/, (format) => `doit être ${formatNamesFr[format] ?? `un ${format} valide`}`],
  [/^must be one of (.+)$/, (values) => `doit être l’une des valeurs suivantes\u00a0: ${values}`],
  [/^unknown fields? (.+)$/, (keys) => `champ inconnu\u00a0: ${keys}`],
  [/^unknown (\w+)$/, (what) => `${what} inconnu`],
  [/^does not match any allowed shape$/, () => 'ne correspond à aucune forme permise'],
  [/^must be lowercase letters, digits and hyphens \(1–64\)$/, () => 'doit compter de 1 à 64 lettres minuscules, chiffres ou traits d’union'],
  [/^must be an origin such as (\S+)$/, (example) => `doit être une origine comme ${example}`],
  [/^closesAt must come after opensAt$/, () => 'la fermeture doit suivre l’ouverture'],
  [/^must be a web address \(http or https\)$/, () => 'doit être une adresse Web (http ou https)'],
  [/^must not contain a query string or fragment$/, () => 'ne doit contenir ni paramètres (?) ni fragment (#)'],
  [/^is already taken$/, () => 'est déjà utilisé'],
  [/^must be "(.+)"$/, (value) => `doit être «\u00a0${value}\u00a0»`],
  // Survey definitions (core's `SurveyDefinition`)
  [/^must be lowercase letters, digits, "-" or "_" \(1–64\)$/, () => 'doit compter de 1 à 64 lettres minuscules, chiffres, «\u00a0-\u00a0» ou «\u00a0_\u00a0»'],
  [/^refers to "(.+)", which is not a question asked earlier$/, (id) => `renvoie à «\u00a0${id}\u00a0», qui n’est pas une question posée plus tôt`],
  [
    /^"includes" needs a choice of a multiple-choice question; "(.+)" is not one of "(.+)"$/,
    (choice, id) => `«\u00a0includes\u00a0» demande un choix d’une question à choix multiples\u202f; «\u00a0${choice}\u00a0» n’est pas un choix de «\u00a0${id}\u00a0»`,
  ],
  [/^"atLeast"\/"atMost" need a number or rating question; "(.+)" is (\S+)$/, (id, type) => `«\u00a0atLeast\u00a0» et «\u00a0atMost\u00a0» demandent une question number ou rating\u202f; «\u00a0${id}\u00a0» est ${type}`],
  [/^"equals" (.+) cannot be an answer to "(.+)" \((\S+)\)$/, (value, id, type) => `«\u00a0equals\u00a0» ${value} ne peut pas répondre à «\u00a0${id}\u00a0» (${type})`],
  [
    /^(page|question|choice|category|line) id "(.+)" is used more than once$/,
    (what, id) => `l’identifiant ${{ page: 'de page', question: 'de question', choice: 'de choix', category: 'de catégorie', line: 'de poste' }[what]} «\u00a0${id}\u00a0» est utilisé plus d’une fois`,
  ],
  [/^must not be more than max$/, () => 'ne doit pas dépasser max'],
  [/^cannot be more than the (\d+) choices$/, (n) => `ne peut pas dépasser les ${n} choix`],
  [/^a static text takes no answer$/, () => 'un texte fixe ne prend pas de réponse'],
  // Survey responses (core's `describeProblem`), as the collector refuses them
  [/^an answer is required$/, () => 'une réponse est obligatoire'],
  [/^consent must be given$/, () => 'le consentement doit être donné'],
  [/^this item takes no answer$/, () => 'cet élément ne prend pas de réponse'],
  [/^this question was not shown for the other answers, so it cannot be answered$/, () => 'cette question n’était pas affichée avec les autres réponses, elle ne peut donc pas avoir de réponse'],
  [/^no such question in this survey$/, () => 'cette question n’existe pas dans ce sondage'],
  [/^this kind of answer does not fit the question$/, () => 'ce genre de réponse ne convient pas à la question'],
  [/^not one of the question’s choices$/, () => 'ne fait pas partie des choix de la question'],
  [/^"other" needs a description$/, () => '«\u00a0Autre\u00a0» doit être précisé'],
  [/^choose at least (\d+)$/, (n) => `choisir au moins ${n}`],
  [/^choose at most (\d+)$/, (n) => `choisir au plus ${n}`],
  [/^must be a whole number$/, () => 'doit être un nombre entier'],
  [/^must be a date written YYYY-MM-DD$/, () => 'doit être une date écrite AAAA-MM-JJ'],
  [/^must be an email address$/, () => 'doit être une adresse courriel'],
  [/^must be a Canadian postal code such as (.+)$/, (example) => `doit être un code postal canadien comme ${example}`],
  [/^must rank (\d+) choices, each once$/, (n) => `doit classer ${n} choix, chacun une fois`],
  [/^every row needs an answer$/, () => 'chaque ligne demande une réponse'],
  // Budget definitions (`BudgetDefinition` in @participe/budget)
  [/^must be an amount in dollars with at most 2 decimals$/, () => 'doit être un montant en dollars d’au plus 2 décimales'],
  [/^must be an amount in dollars with at most 2 decimals, from 0 to 100 billion$/, () => 'doit être un montant en dollars d’au plus 2 décimales, de 0 à 100 milliards'],
  [/^must be a whole number of units \(0 or more\)$/, () => 'doit être un nombre entier d’unités (0 ou plus)'],
  [/^must be more than 0$/, () => 'doit être supérieur à 0'],
  [/^must not be 0$/, () => 'ne doit pas être 0'],
  [/^must be between min and max$/, () => 'doit être entre min et max'],
  [/^must be min plus a multiple of step$/, () => 'doit être égal à min plus un multiple de step'],
  [/^must not cost more than 100 billion dollars$/, () => 'ne doit pas coûter plus de 100 milliards de dollars'],
  [/^need an amount above 0 \(they are percentages of it\)$/, () => 'demandent un montant supérieur à 0 (ce sont des pourcentages de ce montant)'],
  [/^change (-?[\d.]+) is given more than once$/, (change) => `la variation ${change} est donnée plus d’une fois`],
  [/^a budget has at most 100 lines$/, () => 'un budget compte au plus 100 postes'],
  [/^at least one line must be open to change$/, () => 'au moins un poste doit pouvoir être modifié'],
  [/^"(.+)" is not a line of this budget$/, (id) => `«\u00a0${id}\u00a0» n’est pas un poste de ce budget`],
  [/^"(.+)" is a spending line: households pay through revenue lines$/, (id) => `«\u00a0${id}\u00a0» est un poste de dépenses\u00a0: les ménages paient par des postes de revenus`],
  [/^must not be more than taxBase$/, () => 'ne doit pas dépasser taxBase'],
  [
    /^cannot be met: even with every revenue at its max and every spending at its min, the deficit is larger$/,
    () => 'impossible à respecter\u00a0: même avec chaque revenu à son maximum et chaque dépense à son minimum, le déficit est plus grand',
  ],
  [
    /^cannot be met: even with every revenue at its min and every spending at its max, the surplus is larger$/,
    () => 'impossible à respecter\u00a0: même avec chaque revenu à son minimum et chaque dépense à son maximum, le surplus est plus grand',
  ],
  // Budget allocations (the rules of @participe/budget), as the collector refuses them
  [/^no such line in this budget$/, () => 'ce poste n’existe pas dans ce budget'],
  [/^a value is required for this line$/, () => 'une valeur est obligatoire pour ce poste'],
  [/^must be a whole number of cents$/, () => 'doit être un nombre entier de cents'],
  [/^must be a whole number of units$/, () => 'doit être un nombre entier d’unités'],
  [/^must be at least \$([\d,.]+)$/, (amount) => `doit être d’au moins ${frMoney(amount)}`],
  [/^must be at most \$([\d,.]+)$/, (amount) => `doit être d’au plus ${frMoney(amount)}`],
  [/^must be \$([\d,.]+) plus a multiple of \$([\d,.]+)$/, (min, step) => `doit être égal à ${frMoney(min)} plus un multiple de ${frMoney(step)}`],
  [/^this line is locked at \$([\d,.]+)$/, (amount) => `ce poste est verrouillé à ${frMoney(amount)}`],
  [/^the budget must balance: it has a deficit of \$([\d,.]+)$/, (amount) => `le budget doit être équilibré\u00a0: il présente un déficit de ${frMoney(amount)}`],
  [/^the budget must balance: it has a surplus of \$([\d,.]+)$/, (amount) => `le budget doit être équilibré\u00a0: il présente un surplus de ${frMoney(amount)}`],
  [/^the deficit of \$([\d,.]+) is over the \$([\d,.]+) allowed$/, (deficit, allowed) => `le déficit de ${frMoney(deficit)} dépasse les ${frMoney(allowed)} permis`],
  [/^the surplus of \$([\d,.]+) is over the \$([\d,.]+) allowed$/, (surplus, allowed) => `le surplus de ${frMoney(surplus)} dépasse les ${frMoney(allowed)} permis`],
  [/^change at least one line$/, () => 'modifiez au moins un poste'],
];

export function issueText(message: string, language: Language): IssueText {
  if (language === 'en') return { text: message, lang: 'en' };
  for (const [pattern, word] of french) {
    const match = pattern.exec(message);
    if (match) return { text: word(...match.slice(1)), lang: 'fr' };
  }
  return { text: message, lang: 'en' };
}
