import { demoOrganisation, demoPrivacyNotice } from '@participe/core/fixtures';
import type { SurveyInitiative } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });
const choice = (id: string, fr: string, en: string) => ({ id, label: t(fr, en) });
const agreement = [
  choice('1', 'Tout à fait en désaccord', 'Strongly disagree'),
  choice('2', 'Plutôt en désaccord', 'Somewhat disagree'),
  choice('3', 'Ni d’accord ni en désaccord', 'Neither agree nor disagree'),
  choice('4', 'Plutôt d’accord', 'Somewhat agree'),
  choice('5', 'Tout à fait d’accord', 'Strongly agree'),
];

/**
 * A five-page consultation using every question type, with conditions: a page shown only to those
 * who use permits, a follow-up shown only to the dissatisfied, contact details only on request.
 */
export const surveyExample: SurveyInitiative = {
  id: 'services-en-ligne',
  type: 'survey',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Consultation sur les services en ligne', 'Consultation on online services'),
  description: t(
    'Aidez-nous à améliorer les services en ligne du Ministère. Environ cinq minutes.',
    'Help us improve the Ministry’s online services. About five minutes.',
  ),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'none',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Mesurer la satisfaction à l’égard des services en ligne et vous tenir informé si vous le demandez.',
      'Measure satisfaction with online services and keep you informed if you ask.',
    ),
    recipient: t('La Direction des services numériques du Ministère de la Démonstration.', 'The Digital Services Branch of the Ministry of Demonstration.'),
    retention: t(
      'Votre courriel est détruit 365 jours après la fin de la consultation ; les réponses anonymes sont conservées.',
      'Your email is destroyed 365 days after the consultation ends; anonymous answers are kept.',
    ),
  },
  resultsPublished: false,
  definition: {
    onePerParticipant: true,
    review: true,
    pages: [
      {
        id: 'vous',
        title: t('Votre utilisation', 'How you use our services'),
        questions: [
          {
            id: 'frequence',
            type: 'single',
            required: true,
            other: false,
            label: t('À quelle fréquence utilisez-vous nos services en ligne\u202f?', 'How often do you use our online services?'),
            choices: [
              choice('semaine', 'Chaque semaine', 'Every week'),
              choice('mois', 'Chaque mois', 'Every month'),
              choice('annee', 'Quelques fois par année', 'A few times a year'),
              choice('jamais', 'Jamais', 'Never'),
            ],
          },
          {
            id: 'services',
            type: 'multiple',
            required: true,
            other: true,
            otherCounts: true,
            min: 1,
            max: 3,
            label: t('Quels services avez-vous utilisés\u202f?', 'Which services have you used?'),
            hint: t('Choisissez de une à trois réponses.', 'Choose one to three answers.'),
            choices: [
              choice('sante', 'Santé', 'Health'),
              choice('impots', 'Impôts', 'Taxes'),
              choice('permis', 'Permis et licences', 'Permits and licences'),
            ],
          },
        ],
      },
      {
        id: 'experience',
        title: t('Votre expérience', 'Your experience'),
        questions: [
          {
            id: 'satisfaction',
            type: 'rating',
            required: true,
            min: 1,
            max: 5,
            label: t('Dans l’ensemble, êtes-vous satisfait\u202f?', 'Overall, are you satisfied?'),
            minLabel: t('Pas du tout', 'Not at all'),
            maxLabel: t('Tout à fait', 'Completely'),
          },
          {
            id: 'problemes',
            type: 'long-text',
            required: false,
            maxLength: 1000,
            showIf: { question: 'satisfaction', atMost: 2 },
            label: t('Qu’est-ce qui n’a pas fonctionné\u202f?', 'What did not work?'),
            hint: t('N’inscrivez aucun renseignement personnel.', 'Do not include personal information.'),
          },
          {
            id: 'enonces',
            type: 'matrix',
            required: true,
            label: t('Dites-nous si vous êtes d’accord.', 'Tell us whether you agree.'),
            rows: [choice('trouver', 'L’information est facile à trouver', 'Information is easy to find'), choice('clair', 'Le langage est clair', 'The language is clear')],
            columns: agreement,
          },
          {
            id: 'facilite',
            type: 'likert',
            required: false,
            label: t('Le service en ligne est plus simple qu’au comptoir.', 'The online service is simpler than at the counter.'),
            choices: agreement,
          },
          { id: 'recommander', type: 'yes-no', required: false, label: t('Recommanderiez-vous nos services en ligne\u202f?', 'Would you recommend our online services?') },
        ],
      },
      {
        id: 'permis',
        title: t('Permis et licences', 'Permits and licences'),
        showIf: { question: 'services', includes: 'permis' },
        questions: [
          { id: 'nombre-permis', type: 'number', required: false, integer: true, min: 0, max: 50, label: t('Combien de demandes avez-vous faites cette année\u202f?', 'How many applications did you make this year?') },
          { id: 'date-demande', type: 'date', required: false, min: '2020-01-01', max: '2027-12-31', label: t('Date de votre dernière demande', 'Date of your last application') },
        ],
      },
      {
        id: 'priorites',
        title: t('Vos priorités', 'Your priorities'),
        questions: [
          {
            id: 'priorites',
            type: 'ranking',
            required: true,
            label: t('Classez ces améliorations, de la plus à la moins importante.', 'Rank these improvements, from most to least important.'),
            choices: [
              choice('mobile', 'Un meilleur affichage sur mobile', 'Better display on mobile'),
              choice('delais', 'Des délais plus courts', 'Shorter delays'),
              choice('aide', 'Plus d’aide en ligne', 'More online help'),
            ],
          },
          { id: 'mot', type: 'text', required: false, maxLength: 100, label: t('Un mot pour décrire nos services', 'One word to describe our services') },
        ],
      },
      {
        id: 'suivi',
        title: t('Suivi', 'Follow-up'),
        questions: [
          { id: 'intro-suivi', type: 'static', required: false, heading: false, label: t('Restez informé', 'Stay informed'), text: t('Nous publierons les résultats de la consultation.', 'We will publish the results of the consultation.') },
          { id: 'informer', type: 'yes-no', required: true, label: t('Voulez-vous être informé des résultats\u202f?', 'Do you want to hear about the results?') },
          { id: 'courriel', type: 'email', required: true, showIf: { question: 'informer', equals: true }, label: t('Votre courriel', 'Your email') },
          { id: 'code-postal', type: 'postal-code', required: false, showIf: { question: 'informer', equals: true }, label: t('Votre code postal', 'Your postal code'), hint: t('Pour connaître la région des répondants.', 'To know where respondents live.') },
          { id: 'consentement', type: 'consent', required: true, showIf: { question: 'informer', equals: true }, label: t('J’accepte que mon courriel serve uniquement à m’informer des résultats.', 'I agree that my email is used only to tell me about the results.') },
        ],
      },
    ],
  },
};
