import { demoOrganisation, demoPrivacyNotice } from '@participe/core/fixtures';
import type { __Name__Initiative } from './schema.js';

/** An open __title__ initiative, as the collector serves it: stories, tests and the demo seed use it. */
export const __camel__Example: __Name__Initiative = {
  id: 'exemple-__name__',
  type: '__name__',
  organisation: demoOrganisation,
  status: 'open',
  title: { fr: 'Exemple (__titleFr__)', en: 'Example (__title__)' },
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
