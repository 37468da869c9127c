import { demoOrganisation } from '@participe/core/fixtures';
import type { TestimonialsInitiative } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });
const service = (id: string, fr: string, en: string) => ({ id, label: t(fr, en) });

/** Stories of the Ministry's services: pre-moderated, rated from 1 to 5. */
export const testimonialsExample: TestimonialsInitiative = {
  id: 'temoignages-services',
  type: 'testimonials',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Racontez-nous votre expérience', 'Tell us about your experience'),
  description: t(
    'Partagez votre expérience d’un de nos services. Le Ministère lit chaque témoignage, y répond ici et dit ce qu’il change.',
    'Share your experience of one of our services. The Ministry reads every testimonial, answers it here and says what it changes.',
  ),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'pre',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Recueillir vos témoignages sur nos services pour les améliorer, et publier ceux que vous choisissez de rendre publics après relecture.',
      'Collect your testimonials about our services to improve them, and publish those you choose to make public once reviewed.',
    ),
    recipient: t('La Direction de l’expérience client du Ministère de la Démonstration.', 'The Client Experience Branch of the Ministry of Demonstration.'),
    retention: t(
      'Votre texte original est détruit 365 jours après la fin de la consultation\u202f; seuls les textes publiés, relus par le Ministère, restent affichés.',
      'Your original text is destroyed 365 days after the consultation ends; only published texts, reviewed by the Ministry, stay on display.',
    ),
  },
  resultsPublished: false,
  definition: {
    services: [
      service('permis', 'Permis de conduire', 'Driver’s licence'),
      service('comptoirs', 'Comptoirs de service', 'Service counters'),
      service('en-ligne', 'Services en ligne', 'Online services'),
    ],
    rating: true,
    textMaxLength: 1500,
    reportThreshold: 3,
  },
};
