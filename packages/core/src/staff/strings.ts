import { defineStrings } from '../element/strings.js';

/** The few words the staff facets share: results tables and anonymised values, as the console says them. */
export const staffKitStrings = defineStrings({
  fr: {
    anonymisedValue: '(anonymisé)',
    chartAnswer: 'Réponse',
    chartCount: 'Nombre',
    chartShare: 'Part',
    chartAnswered: (count: number, formatted: string) => `${formatted} ${count > 1 ? 'personnes ont répondu' : 'personne a répondu'}`,
  },
  en: {
    anonymisedValue: '(anonymised)',
    chartAnswer: 'Answer',
    chartCount: 'Count',
    chartShare: 'Share',
    chartAnswered: (count: number, formatted: string) => `${formatted} ${count === 1 ? 'person' : 'people'} answered`,
  },
});
