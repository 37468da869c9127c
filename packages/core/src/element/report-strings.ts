import { defineStrings } from './strings.js';

// "You said, we did" in every widget: hosts may override these keys like any other string.

export const reportStrings = defineStrings({
  fr: {
    reportExpected: 'Nous publierons ce que nous avons fait de vos contributions d’ici le {date}.',
    reportTitle: 'Vous avez parlé, nous avons écouté',
    reportPublished: 'Publié le {date}',
    reportHeard: 'Ce que nous avons entendu',
    reportDecided: 'Ce que nous avons décidé',
    reportChanges: 'Ce qui change, et quand',
    reportThemes: 'Les thèmes de vos contributions',
    reportThemeCount: (count: number, formatted: string) => `${formatted} ${count > 1 ? 'contributions' : 'contribution'}`,
    reportAnswers: 'Nos réponses officielles',
    reportSeeWhatWeDid: 'Voir ce que nous avons fait des contributions',
  },
  en: {
    reportExpected: 'We will publish what we did with your contributions by {date}.',
    reportTitle: 'You said, we listened',
    reportPublished: 'Published on {date}',
    reportHeard: 'What we heard',
    reportDecided: 'What we decided',
    reportChanges: 'What changes, and when',
    reportThemes: 'The themes of your contributions',
    reportThemeCount: (count: number, formatted: string) => `${formatted} ${count === 1 ? 'contribution' : 'contributions'}`,
    reportAnswers: 'Our official answers',
    reportSeeWhatWeDid: 'See what we did with the contributions',
  },
});
export type ReportStrings = (typeof reportStrings)['fr'];
