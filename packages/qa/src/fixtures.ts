import { demoOrganisation } from '@participe/core/fixtures';
import type { QaInitiative } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });

/** A live town hall, as the collector serves it: pre-moderated, five questions each. Stories, tests and the demo seed use it. */
export const qaExample: QaInitiative = {
  id: 'questions-en-direct',
  type: 'qa',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Séance publique : vos questions en direct', 'Town hall: your questions, live'),
  description: t(
    'Posez votre question et appuyez celles des autres : les plus appuyées sont posées en premier.',
    'Ask your question and upvote those of others: the most upvoted are asked first.',
  ),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'pre',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Recueillir les questions du public pendant la séance et y répondre publiquement.',
      'Collect the public’s questions during the session and answer them publicly.',
    ),
    recipient: t('L’équipe d’animation de la séance, au Ministère de la Démonstration.', 'The session’s hosts at the Ministry of Demonstration.'),
    retention: t(
      'Le texte des questions et les noms sont anonymisés 365 jours après la séance\u202f; les votes et les réponses restent publiés.',
      'The text of questions and names are anonymised 365 days after the session; votes and answers stay published.',
    ),
  },
  resultsPublished: false,
  definition: {
    questionMaxLength: 300,
    questionsPerParticipant: 5,
    names: true,
    reportThreshold: 3,
  },
};

/** The same kind of event, not started yet (its start time is shown). */
export const qaUpcomingExample: QaInitiative = {
  ...qaExample,
  id: 'questions-a-venir',
  title: t('Séance publique à venir', 'Upcoming town hall'),
  opensAt: '2027-03-04T19:00:00-05:00',
  closesAt: '2027-03-04T21:00:00-05:00',
  definition: { ...qaExample.definition, names: false },
};
