import type { SurveyDefinition } from '../schema.js';

const text = (fr: string, en: string) => ({ fr, en });
const choice = (id: string, fr: string, en: string) => ({ id, label: text(fr, en) });

/**
 * What a new survey starts from: two pages, a few common question types, and a follow-up shown
 * only to the less satisfied, so staff see every part of the format in a working example.
 */
export const surveyTemplate = (): SurveyDefinition => ({
  onePerParticipant: true,
  review: true,
  pages: [
    {
      id: 'visite',
      title: text('Votre visite', 'Your visit'),
      questions: [
        {
          id: 'raison',
          type: 'single',
          required: true,
          other: true,
          label: text('Quelle était la raison de votre visite\u202f?', 'What was the reason for your visit?'),
          choices: [
            choice('information', 'Trouver de l’information', 'Find information'),
            choice('demande', 'Faire une demande', 'Make an application'),
            choice('suivi', 'Suivre un dossier', 'Follow up on a file'),
          ],
        },
        {
          id: 'satisfaction',
          type: 'rating',
          required: true,
          min: 1,
          max: 5,
          label: text('Dans l’ensemble, êtes-vous satisfait de nos services\u202f?', 'Overall, are you satisfied with our services?'),
          minLabel: text('Pas du tout', 'Not at all'),
          maxLabel: text('Tout à fait', 'Completely'),
        },
      ],
    },
    {
      id: 'suggestions',
      title: text('Vos suggestions', 'Your suggestions'),
      questions: [
        {
          id: 'ameliorer',
          type: 'long-text',
          required: false,
          maxLength: 1000,
          showIf: { question: 'satisfaction', atMost: 3 },
          label: text('Que pourrions-nous améliorer\u202f?', 'What could we improve?'),
          hint: text('N’inscrivez aucun renseignement personnel.', 'Do not include personal information.'),
        },
        { id: 'recommander', type: 'yes-no', required: false, label: text('Recommanderiez-vous nos services\u202f?', 'Would you recommend our services?') },
      ],
    },
  ],
});
