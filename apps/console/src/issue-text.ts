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
];

export function issueText(message: string, language: Language): IssueText {
  if (language === 'en') return { text: message, lang: 'en' };
  for (const [pattern, word] of french) {
    const match = pattern.exec(message);
    if (match) return { text: word(...match.slice(1)), lang: 'fr' };
  }
  return { text: message, lang: 'en' };
}
