import { demoOrganisation, demoPrivacyNotice } from '@participe/core/fixtures';
import type { QaInitiative } from './schema.js';

/** An open Live Q&A initiative, as the collector serves it: stories, tests and the demo seed use it. */
export const qaExample: QaInitiative = {
  id: 'exemple-qa',
  type: 'qa',
  organisation: demoOrganisation,
  status: 'open',
  title: { fr: 'Exemple (Questions en direct)', en: 'Example (Live Q&A)' },
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'none',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: demoPrivacyNotice,
  resultsPublished: false,
  definition: {
    prompt: { fr: 'Que souhaitez-vous nous dire\u202f?', en: 'What would you like to tell us?' },
    maxLength: 1000,
  },
};
