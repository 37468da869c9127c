import { defineStrings } from '@participe/core/element';

// The console's words about surveys (the survey's own wording comes from its definition and from
// `@participe/survey/answer-text`). French typography as in `strings.ts`.
export const surveyStaffStrings = defineStrings({
  fr: {
    label: 'Sondage',
    comment: 'Commentaire',
    definitionHint:
      'Champs permis\u00a0: «\u00a0pages\u00a0» (de 1 à 50), chacune avec «\u00a0id\u00a0», «\u00a0title\u00a0» facultatif et «\u00a0questions\u00a0»\u202f; chaque question a «\u00a0id\u00a0», «\u00a0type\u00a0» (single, multiple, text, long-text, number, rating, likert, yes-no, ranking, matrix, date, email, postal-code, consent ou static), «\u00a0label\u00a0» ({"fr": "…", "en": "…"}) et «\u00a0required\u00a0». «\u00a0showIf\u00a0» affiche une page ou une question selon une réponse donnée plus tôt (equals, includes, answered, atLeast, atMost, all, any)\u202f; «\u00a0review\u00a0» ajoute une étape de vérification et «\u00a0onePerParticipant\u00a0» limite à une réponse par personne.',
    yes: 'Oui',
    unsure: 'Je ne sais pas',
    shareOfRespondents: 'Part des répondants (plusieurs choix possibles)',
    no: 'Non',
    other: 'Autre',
    distribution: 'Répartition des réponses',
    mean: 'Moyenne',
    median: 'Médiane',
    firstPlace: 'Classé premier',
    averageRank: 'Rang moyen (1 = le plus important)',
    rank: 'Rang moyen',
    choice: 'Choix',
    notRanked: 'Jamais classé',
    notPublished: 'Le détail de ces réponses n’est jamais publié, seul leur nombre est compté. Lisez-les dans les contributions.',
  },
  en: {
    label: 'Survey',
    comment: 'Comment',
    definitionHint:
      'Allowed fields: "pages" (1 to 50), each with "id", an optional "title" and "questions"; each question has "id", "type" (single, multiple, text, long-text, number, rating, likert, yes-no, ranking, matrix, date, email, postal-code, consent or static), "label" ({"fr": "…", "en": "…"}) and "required". "showIf" shows a page or a question depending on an earlier answer (equals, includes, answered, atLeast, atMost, all, any); "review" adds a checking step and "onePerParticipant" allows one response per person.',
    yes: 'Yes',
    unsure: 'Don’t know',
    shareOfRespondents: 'Share of respondents (several choices allowed)',
    no: 'No',
    other: 'Other',
    distribution: 'Distribution of answers',
    mean: 'Mean',
    median: 'Median',
    firstPlace: 'Ranked first',
    averageRank: 'Average rank (1 = most important)',
    rank: 'Average rank',
    choice: 'Choice',
    notRanked: 'Never ranked',
    notPublished: 'The answers themselves are never published, only how many there are. Read them in the contributions.',
  },
});
