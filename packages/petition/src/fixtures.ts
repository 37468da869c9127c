import { demoOrganisation } from '@participe/core/fixtures';
import type { PetitionInitiative } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });

/** An open petition signed on the Ministry's own site: stories, tests and the demo seed use it. */
export const petitionExample: PetitionInitiative = {
  id: 'petition-pistes-cyclables',
  type: 'petition',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Des pistes cyclables protégées sur la route 138', 'Protected bike lanes on Route 138'),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'none',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Compter les signatures de la pétition et vérifier qu’une personne ne signe qu’une fois. Votre nom et votre adresse courriel ne sont jamais publiés.',
      'Count the petition’s signatures and check that each person signs once. Your name and email address are never published.',
    ),
    recipient: t('La Direction des pétitions du Ministère de la Démonstration.', 'The Petitions Branch of the Ministry of Demonstration.'),
    retention: t(
      'Les noms, adresses courriel et codes postaux sont anonymisés 365 jours après la fermeture de la pétition\u202f; le nombre de signatures reste publié.',
      'Names, email addresses and postal codes are anonymised 365 days after the petition closes; the number of signatures stays published.',
    ),
  },
  resultsPublished: true,
  definition: {
    mode: 'sign',
    text: t(
      'Considérant que la route 138 est empruntée chaque jour par des cyclistes sans voie protégée, nous demandons au Ministère d’aménager des pistes cyclables séparées de la circulation entre Baie-Saint-Paul et La Malbaie.',
      'Whereas Route 138 is used every day by cyclists without a protected lane, we ask the Ministry to build bike lanes separated from traffic between Baie-Saint-Paul and La Malbaie.',
    ),
    author: 'Vélo Charlevoix',
    threshold: 500,
    challengeRange: 200_000,
  },
};

/** A petition lodged with the National Assembly: the widget links to it there and collects nothing. */
export const handOffExample: PetitionInitiative = {
  ...petitionExample,
  id: 'petition-assemblee-nationale',
  title: t('Pour un réseau de trains de passagers dans l’Est du Québec', 'For a passenger rail network in Eastern Québec'),
  definition: {
    mode: 'hand-off',
    text: t(
      'Cette pétition est déposée à l’Assemblée nationale. Lisez-la et signez-la sur le site de l’Assemblée.',
      'This petition is lodged with the National Assembly. Read and sign it on the Assembly’s site.',
    ),
    author: 'Comité citoyen du rail',
    threshold: 1000,
    handOffUrl: 'https://www.assnat.qc.ca/fr/exprimez-votre-opinion/petition/index.html',
    challengeRange: 200_000,
  },
};
