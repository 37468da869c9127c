import { demoOrganisation } from '@participe/core/fixtures';
import type { IdeaBoardInitiative } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });
const choice = (id: string, fr: string, en: string) => ({ id, label: t(fr, en) });

const allowedOrigins = ['http://localhost:4173', 'http://127.0.0.1:4173'];

/** Ideas to simplify the Ministry's services: pre-moderated, support votes, five votes each. */
export const ideaBoardExample: IdeaBoardInitiative = {
  id: 'idees-services',
  type: 'idea-board',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Idées pour simplifier nos services', 'Ideas to simplify our services'),
  description: t(
    'Proposez une idée, appuyez celles des autres : le Ministère répond à chacune sur cette page.',
    'Propose an idea, support those of others: the Ministry answers each one on this page.',
  ),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'pre',
  allowedOrigins,
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Recueillir et publier des idées pour simplifier les services du Ministère, et y répondre publiquement.',
      'Collect and publish ideas to simplify the Ministry’s services, and answer them publicly.',
    ),
    recipient: t('La Direction de l’amélioration des services du Ministère de la Démonstration.', 'The Service Improvement Branch of the Ministry of Demonstration.'),
    retention: t(
      'Le texte des idées est anonymisé 365 jours après la fin de la consultation\u202f; les votes et les réponses du Ministère restent publiés.',
      'The text of ideas is anonymised 365 days after the consultation ends; votes and the Ministry’s answers stay published.',
    ),
  },
  resultsPublished: false,
  definition: {
    mode: 'ideas',
    categories: [
      choice('en-ligne', 'Services en ligne', 'Online services'),
      choice('comptoirs', 'Comptoirs et téléphone', 'Counters and phone'),
      choice('formulaires', 'Formulaires et lettres', 'Forms and letters'),
    ],
    topics: [],
    voteModel: 'support',
    voteLimit: 5,
    titleMaxLength: 120,
    descriptionMaxLength: 2000,
    textMaxLength: 300,
    reportThreshold: 3,
  },
};

/**
 * A consultation page with a discussion under each question: one initiative, one thread per
 * question (`topic`), post-moderated short contributions with a display name.
 */
export const discussionExample: IdeaBoardInitiative = {
  ...ideaBoardExample,
  id: 'consultation-transport',
  title: t('Consultation sur le transport collectif', 'Consultation on public transit'),
  description: t('Commentez chacune des questions de la consultation.', 'Comment on each question of the consultation.'),
  moderation: 'post',
  privacyNotice: {
    ...ideaBoardExample.privacyNotice,
    purpose: t('Publier vos commentaires sur les questions de la consultation.', 'Publish your comments on the questions of the consultation.'),
    retention: t(
      'Les commentaires et les noms affichés sont anonymisés 365 jours après la fin de la consultation.',
      'Comments and display names are anonymised 365 days after the consultation ends.',
    ),
  },
  definition: {
    ...ideaBoardExample.definition,
    mode: 'discussion',
    categories: [],
    topics: [
      choice('frequence', 'Fréquence des passages', 'Service frequency'),
      choice('tarifs', 'Tarifs', 'Fares'),
      choice('accessibilite', 'Accessibilité des arrêts', 'Accessible stops'),
    ],
    voteLimit: undefined,
    textMaxLength: 300,
  },
};
